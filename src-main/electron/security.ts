/**
 * App-wide Electron hardening, applied once at start: every web contents denies navigation,
 * new windows, webviews and permission requests; only http(s) links go to the system browser.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from './window-options';

/** The renderer may load its own files, inline data and blobs it made (downloads) — nothing else. */
export function isAllowedRequest(url: string, isAppUrl: (url: string) => boolean): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

export function hardenApp(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // No network of our own: any request to a remote origin from the renderer is cancelled.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedRequest(details.url, isAppUrl) });
    });
  }, () => undefined);
}
