/**
 * Electron main process: wiring only. Everything it calls is plain TypeScript tested under Node.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import { openDatabase, type Db } from '../db/open';
import { UserError } from '../errors';
import { readSettings } from '../handlers/app';
import { resolveDatabasePath } from '../paths';
import { MENU_EVENT } from '../../src-shared/preload-events';
import { registerIpc } from './ipc';
import { MENU_LABELS, menuTemplate, type MenuCommand } from './menu';
import { nativeBindingFor } from './native-binding';
import { hardenApp } from './security';
import { mainWindowOptions } from './window-options';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state';

const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const appOrigin = rendererUrl ? new URL(rendererUrl).origin : undefined;
const rendererFileUrl = pathToFileURL(rendererIndex).href;

function isAppUrl(url: string): boolean {
  if (appOrigin) return url.startsWith(`${appOrigin}/`) || url === appOrigin;
  return url === rendererFileUrl || url.startsWith(`${rendererFileUrl}#`) || url.startsWith(`${rendererFileUrl}?`) || url.startsWith(pathToFileURL(join(import.meta.dirname, '../renderer/')).href);
}

function dbFlag(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db');
  if (index >= 0) return argv[index + 1];
  return argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
}

let mainWindow: BrowserWindow | undefined;

function createWindow(db: Db): void {
  const saved = loadWindowState(db);
  const bounds = saved ? visibleBounds(saved.bounds, screen.getAllDisplays().map((d) => d.workArea)) : {};
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), bounds));
  mainWindow = window;
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(db, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  window.on('closed', () => { mainWindow = undefined; });
  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(rendererIndex);
}

function setMenu(db: Db): void {
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT, command);
  const labels = MENU_LABELS[readSettings(db).language];
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels, send, process.platform === 'darwin')));
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  hardenApp(isAppUrl);
  await app.whenReady();

  let db: Db;
  try {
    db = await openDatabase(resolveDatabasePath(dbFlag(process.argv)), {
      nativeBinding: nativeBindingFor(app.getAppPath(), app.isPackaged),
    });
  } catch (error) {
    const message = error instanceof UserError ? error.nl : String((error as Error).message);
    dialog.showErrorBox('Regioscan kan niet starten', message);
    app.quit();
    return;
  }
  registerIpc(db, { host: 'electron', readOnly: false, version: app.getVersion() }, isAppUrl);
  setMenu(db);
  createWindow(db);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(db);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => db.close());
}

void start();
