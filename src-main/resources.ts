/**
 * Where the app's runtime assets are: the one resolver for `resources/` (icons, fonts, the codebook
 * JSON, the template workbook) and the bundled sample in `data/`. A pure function of where the process runs:
 * - packaged (electron-builder): both folders are extraResources beside the app, under
 *   `process.resourcesPath`;
 * - development (`npm start`, `electron-vite dev`): under `app.getAppPath()`, the repository root;
 * - Node (CLI, `serve`, tests, scripts): under the repository root these sources live in.
 */
import { join } from 'node:path';
import { REPO_ROOT } from './version';

export interface ResourceContext {
  /** Electron's `app.isPackaged`; false under Node. */
  packaged: boolean;
  /** Electron's `process.resourcesPath` (only read when packaged). */
  resourcesPath: string;
  /** Electron's `app.getAppPath()`, or the repository root under Node. */
  appPath: string;
}

/** Every runtime asset, by name, as a path inside `resources/`. */
export const RESOURCES = {
  /** The window and installer icon (1024×1024), drawn from icon.svg by scripts/make-icon.mjs. */
  icon: 'icons/icon.png',
  iconSvg: 'icons/icon.svg',
  /** DejaVu Sans (Debian fonts-dejavu-core 2.37), for documents the app draws itself (PDF). */
  font: 'fonts/DejaVuSans.ttf',
  fontBold: 'fonts/DejaVuSans-Bold.ttf',
  fontLicence: 'fonts/LICENSE-DejaVu.txt',
  /** src-shared/codebook as JSON, written by scripts/codebook-json.ts (a test holds them equal). */
  codebook: 'codebook.json',
  /** The canonical template workbook (docs/workbook-format.md §1), written from the codebook by
   * scripts/resources/template-xlsx.ts (a test holds the file equal to what the writer makes). */
  template: 'template/regioscan-sjabloon.xlsx',
} as const;

export type ResourceName = keyof typeof RESOURCES;

/** The context of a Node process running these sources (CLI, serve, tests). */
export function nodeResourceContext(): ResourceContext {
  return { packaged: false, resourcesPath: '', appPath: REPO_ROOT };
}

function base(context: ResourceContext): string {
  return context.packaged ? context.resourcesPath : context.appPath;
}

/** The `resources/` folder. */
export function resourcesDir(context: ResourceContext): string {
  return join(base(context), 'resources');
}

/** The absolute path of one runtime asset. */
export function resourcePath(name: ResourceName, context: ResourceContext = nodeResourceContext()): string {
  return join(resourcesDir(context), ...RESOURCES[name].split('/'));
}

/** The `data/` folder with the bundled sample scan. */
export function dataDir(context: ResourceContext = nodeResourceContext()): string {
  return join(base(context), 'data');
}
