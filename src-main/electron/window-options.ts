/**
 * The main window's options in one pure function, so a unit test can assert every security-relevant
 * flag (Electron security checklist: isolation, sandbox, no Node in the renderer, no webview).
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export function mainWindowOptions(preloadPath: string, bounds: Partial<Rectangle>, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    width: bounds.width ?? 1360,
    height: bounds.height ?? 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Regioscan',
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // A middle click must not open a window (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** Only plain web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
