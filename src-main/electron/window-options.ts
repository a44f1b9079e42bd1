/**
 * The main window, built where its options are written out, so that both a unit test (with a fake
 * BrowserWindow) and Electronegativity (which sees only literal options passed to
 * `new BrowserWindow`) check every security-relevant flag: isolation, sandbox, no Node in the
 * renderer, no webview (Electron security checklist).
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** Electron's BrowserWindow, or a fake in tests. The parameter keeps its name: the scanner matches it. */
export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

export function createMainWindow<W>(BrowserWindow: WindowClass<W>, preloadPath: string, bounds: Partial<Rectangle>, iconPath?: string): W {
  return new BrowserWindow({
    ...bounds,
    ...(iconPath ? { icon: iconPath } : {}),
    width: bounds.width ?? 1360,
    height: bounds.height ?? 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Regioscan',
    backgroundColor: '#ffffff',
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
  });
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
