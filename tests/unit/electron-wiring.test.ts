import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { emitAppEvent } from '../../src-main/app-events';
import { forwardAppEvents } from '../../src-main/electron/forward-events';
import type { AppEvent, ImportStatus } from '../../src-shared/model';
import { APP_EVENT } from '../../src-shared/preload-events';
import { memoryDb } from '../helpers/db';
import { MENU_LABELS, menuTemplate } from '../../src-main/electron/menu';
import { createMainWindow, isSafeExternalUrl } from '../../src-main/electron/window-options';
import { visibleBounds } from '../../src-main/electron/window-state';
import { defaultDatabasePath, resolveDatabasePath } from '../../src-main/paths';

/** Stands in for Electron's BrowserWindow: keeps the options it was built with. */
class FakeWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('main window options', () => {
  it('isolate the renderer as the Electron security checklist asks', () => {
    const { options } = createMainWindow(FakeWindow, '/app/preload/index.cjs', {});
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('preload', expect.stringMatching(/^https?:/));
    expect(options.show).toBe(false);
  });

  it('keep saved bounds, or else a default size', () => {
    expect(createMainWindow(FakeWindow, '/p', { x: 10, y: 20, width: 1200, height: 800 }).options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    expect(createMainWindow(FakeWindow, '/p', {}).options).toMatchObject({ width: 1360, height: 860 });
  });

  it('let only http(s) links out', () => {
    expect(isSafeExternalUrl('https://www.digitalewerkplaats.nl/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.nl', 'not a url', 'https://user:pw@host/']) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('keeps bounds that are on a display', () => {
    expect(visibleBounds({ x: 100, y: 100, width: 1200, height: 800 }, [display])).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
  });
  it('drops the position when the display is gone', () => {
    expect(visibleBounds({ x: 2500, y: 100, width: 1200, height: 800 }, [display])).toEqual({ width: 1200, height: 800 });
  });
});

describe('application menu', () => {
  it('has the usual items in Dutch and English', () => {
    const labels = (lang: 'nl' | 'en') => JSON.stringify(menuTemplate(MENU_LABELS[lang], () => undefined, false));
    for (const text of ['Bestand', 'Importeren…', 'Exporteren…', 'Afsluiten', 'Beeld', 'Over Regioscan']) expect(labels('nl')).toContain(text);
    for (const text of ['File', 'Import…', 'Export…', 'Quit', 'View', 'About Regioscan']) expect(labels('en')).toContain(text);
  });
  it('sends the command of the clicked item', () => {
    const sent: string[] = [];
    const template = menuTemplate(MENU_LABELS.nl, (c) => sent.push(c), false);
    const file = template[0]!.submenu as { label?: string; click?: () => void }[];
    file.find((i) => i.label === 'Importeren…')!.click!();
    file.find((i) => i.label === 'Back-ups')!.click!();
    expect(sent).toEqual(['import', 'backups']);
  });
  it('Bewerken undoes and redoes the newest change, its keys left to the page (text fields keep their own undo)', () => {
    const sent: string[] = [];
    const template = menuTemplate(MENU_LABELS.nl, (c) => sent.push(c), false);
    const edit = template.find((m) => m.label === 'Bewerken')!.submenu as { label?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void }[];
    const undo = edit.find((i) => i.label === 'Wijziging ongedaan maken')!;
    const redo = edit.find((i) => i.label === 'Wijziging opnieuw doen')!;
    expect([undo.accelerator, undo.registerAccelerator, redo.accelerator, redo.registerAccelerator]).toEqual(['CmdOrCtrl+Z', false, 'CmdOrCtrl+Shift+Z', false]);
    undo.click!();
    redo.click!();
    expect(sent).toEqual(['undo-change', 'redo-change']);
    const mac = menuTemplate(MENU_LABELS.en, () => undefined, true).find((m) => m.label === 'Edit')!.submenu as { label?: string; accelerator?: string }[];
    expect(mac.find((i) => i.label === 'Undo change')!.accelerator).toBeUndefined();
  });
});

describe('data file location', () => {
  it('lives in the per-user app-data folder', () => {
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe('/home/a/.config/Regioscan/regioscan.sqlite');
    expect(defaultDatabasePath('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toMatch(/Regioscan[\\/]regioscan\.sqlite$/);
  });
  it('can be overridden by --db, then REGIOSCAN_DB', () => {
    expect(resolveDatabasePath('/x/a.sqlite', { REGIOSCAN_DB: '/y/b.sqlite' })).toBe('/x/a.sqlite');
    expect(resolveDatabasePath(undefined, { REGIOSCAN_DB: '/y/b.sqlite' })).toBe('/y/b.sqlite');
  });
});

describe('app events in the desktop app', () => {
  it('go to the open window over the app-event channel, and nowhere while no window is open', async () => {
    const db = await memoryDb();
    const sent: [string, AppEvent][] = [];
    let window: { send(channel: string, event: AppEvent): void } | undefined = { send: (channel, event) => sent.push([channel, event]) };
    const stop = forwardAppEvents(db, () => window);
    const event: AppEvent = { type: 'import-status', status: { sessionId: 's', state: 'reading' } as ImportStatus };
    emitAppEvent(db, event);
    window = undefined;
    emitAppEvent(db, event);
    window = { send: (channel, e) => sent.push([channel, e]) };
    stop();
    emitAppEvent(db, event);
    expect(sent).toEqual([[APP_EVENT, event]]);
    db.close();
  });
});
