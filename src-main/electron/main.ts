/**
 * Electron main process: wiring only. Everything it calls is plain TypeScript tested under Node.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, shell } from 'electron';
import createImportWorker from '../import/worker?nodeWorker';
import createDatabaseReader from '../dbmerge/worker?nodeWorker';
import { ensureSampleScan, fileTooLarge, LIMITS, sampleScanPath } from '../import';
import { readOnlyCopy, writesRefused } from '../db/health';
import { openDatabase, type Db } from '../db/open';
import { UserError } from '../errors';
import { readSettings } from '../app';
import { desktopPublishing } from '../publish';
import { dbFlag, resolveDatabasePath } from '../paths';
import { dataDir, resourcePath, type ResourceContext } from '../resources';
import { MENU_EVENT } from '../../src-shared/preload-events';
import { APP_INDEX_URL, registerAppScheme, serveAppProtocol } from './app-protocol';
import { forwardAppEvents } from './forward-events';
import { registerIpc } from './ipc';
import { MENU_LABELS, menuTemplate, type MenuCommand } from './menu';
import { appUrlMatcher, hardenApp } from './security';
import { createMainWindow } from './window-options';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state';

/** The built renderer, served as app://regioscan/; `npm run dev` serves it from electron-vite's dev server. */
const rendererDir = join(import.meta.dirname, '../renderer');
const rendererUrl = process.env.ELECTRON_RENDERER_URL || undefined;

const isAppUrl = appUrlMatcher(rendererUrl);

let mainWindow: BrowserWindow | undefined;

/** Where resources/ and data/ are: beside the packaged app, or in the repository in development. */
function resourceContext(): ResourceContext {
  return { packaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
}

/** A damaged database may fail even to read the window size or the language: start with defaults then. */
function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function createWindow(db: Db): void {
  const saved = readOr(() => loadWindowState(db), undefined);
  const bounds = saved ? visibleBounds(saved.bounds, screen.getAllDisplays().map((d) => d.workArea)) : {};
  const window = createMainWindow(BrowserWindow, join(import.meta.dirname, '../preload/index.cjs'), bounds, resourcePath('icon', resourceContext()));
  mainWindow = window;
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    // A damaged or read-only database is not written to, not even the window's size.
    if (!writesRefused(db)) saveWindowState(db, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => { mainWindow = undefined; });
  void window.loadURL(rendererUrl ?? APP_INDEX_URL);
}

function setMenu(db: Db): void {
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT, command);
  const labels = MENU_LABELS[readOr(() => readSettings(db).language, 'nl')];
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels, send, process.platform === 'darwin')));
}

/** File › Importeren… and the import screen's button: the open dialog runs here, in main. */
async function chooseFile(): Promise<{ fileName: string; bytes: Buffer } | null> {
  const options = {
    title: 'Scan importeren',
    properties: ['openFile' as const],
    filters: [{ name: 'Werkmappen', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv'] }],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  if ((await stat(path)).size > LIMITS.fileBytes) throw fileTooLarge(basename(path));
  return { fileName: basename(path), bytes: await readFile(path) };
}

/** Exports: the save dialog runs here, in main, and main writes the file. */
async function saveFile(suggestedName: string, bytes: Buffer): Promise<string | null> {
  const extension = suggestedName.split('.').pop() ?? '';
  const options = { title: 'Exporteren', defaultPath: join(app.getPath('documents'), suggestedName), filters: [{ name: extension.toUpperCase(), extensions: [extension] }] };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, bytes);
  savedPaths.add(result.filePath);
  return result.filePath;
}

/** Publiceren: the folder dialog, and the written site opened in the user's own browser (not in the app's window). */
const publishing = desktopPublishing(
  async () => {
    const options = { title: 'Website publiceren', buttonLabel: 'Publiceren in deze map', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  (indexPath) => void shell.openPath(indexPath),
);

/** Only files this session exported can be revealed: the renderer cannot name arbitrary paths. */
const savedPaths = new Set<string>();
function showInFolder(path: string): boolean {
  if (!savedPaths.has(path)) return false;
  shell.showItemInFolder(path);
  return true;
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
  registerAppScheme(protocol);
  await app.whenReady();
  serveAppProtocol(protocol, rendererDir);

  let db: Db;
  try {
    db = await openDatabase(resolveDatabasePath(dbFlag(process.argv)));
  } catch (error) {
    const message = error instanceof UserError ? error.nl : String((error as Error).message);
    dialog.showErrorBox('Regioscan kan niet starten', message);
    app.quit();
    return;
  }
  // A damaged or read-only database is opened without writing to it: the renderer says so on every
  // screen (and offers a backup for a damaged one); no sample is loaded into it.
  if (!writesRefused(db)) {
    try {
      await ensureSampleScan(db, sampleScanPath(dataDir(resourceContext())));
    } catch (error) {
      // The app works without the sample; say why it is missing rather than refuse to start.
      dialog.showErrorBox('Voorbeeldscan niet geladen', error instanceof UserError ? error.nl : String((error as Error).message));
    }
  }
  registerIpc(
    db,
    {
      host: 'electron',
      // A file that cannot be written is shown from a copy in memory; every writing channel refuses.
      readOnly: readOnlyCopy(db) !== null,
      version: app.getVersion(),
      resources: resourceContext(),
      importWorker: () => createImportWorker({ resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb } }),
      databaseReader: () => createDatabaseReader({ resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb } }),
      chooseFile,
      saveFile,
      showInFolder,
      chooseFolder: () => publishing.chooseFolder(),
      openPublication: (folder) => publishing.openPublication(folder),
    },
    isAppUrl,
  );
  forwardAppEvents(db, () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined));
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
