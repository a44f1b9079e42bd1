/**
 * App-wide Electron hardening (Electron's security checklist), applied once at start: every
 * renderer is sandboxed; every web contents denies navigation away from the app, new windows,
 * webviews and permission requests; only http(s) links go to the system browser; the session
 * cancels every request that is not the app's own files (app://), data: or the app's blob:.
 * The handlers are plain functions, unit-tested with fake Electron objects.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { isSafeExternalUrl } from './window-options';

export type UrlCheck = (url: string) => boolean;

/**
 * Which URLs are the app's own: the dev server's origin (electron-vite dev), or else the app://
 * origin the built renderer is served from. file:// is never the app.
 */
export function appUrlMatcher(devServerUrl?: string): UrlCheck {
  const origin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
  return (url) => url === origin || url.startsWith(`${origin}/`);
}

/** The renderer may load its own files, inline data and blobs it made itself — nothing else. */
export function isAllowedRequest(url: string, isAppUrl: UrlCheck): boolean {
  return isAppUrl(url) || url.startsWith('data:') || (url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length))) || url.startsWith('devtools:');
}

/** Denies new windows (sending safe links to the browser), foreign navigation and webviews. */
export function hardenContents(contents: WebContents, isAppUrl: UrlCheck): void {
  contents.setWindowOpenHandler(({ url }) => {
    // One line: Electronegativity flags this call, and its reviewed exception must see the guard.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission (camera, microphone, geolocation, notifications…) and every foreign request. */
export function hardenSession(target: Session, isAppUrl: UrlCheck): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // No network of our own: any request to a remote origin from the renderer is cancelled.
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, isAppUrl) });
  });
}

/** Call before `app.whenReady()`. */
export function hardenApp(isAppUrl: UrlCheck): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => hardenContents(contents, isAppUrl));
  app.whenReady().then(() => hardenSession(session.defaultSession, isAppUrl), () => undefined);
}
