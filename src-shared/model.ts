/** Plain data types that cross between main and renderer. */

export interface AppInfo {
  version: string;
  /** Absolute path of the SQLite file in use. */
  databasePath: string;
  schemaVersion: number;
  /** `electron` in the desktop app, `http` under `regioscan serve`. */
  host: 'electron' | 'http';
  readOnly: boolean;
}

export interface Settings {
  language: 'nl' | 'en';
  colorScheme: 'light' | 'dark';
}

export interface ScanSummary {
  id: number;
  region: string;
  year: number | null;
  title: string;
  sourceFile: string | null;
  sourceSha256: string | null;
  importedAt: string;
  isSample: boolean;
  counts: { initiatives: number; activities: number; organisations: number };
}

/** Commands the desktop app's menu sends to the renderer. */
export type MenuCommand = 'import' | 'export' | 'about';

/** Events main pushes to the renderer, exposed by the preload as `window.regioscanEvents`. */
export interface BridgeEvents {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
