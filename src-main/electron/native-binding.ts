/**
 * better-sqlite3 is a native module: `npm install` builds it for Node (tests, CLI, serve).
 * The desktop app runs on Electron's ABI, so `scripts/electron-sqlite.mjs` (run by `npm start`)
 * builds a second copy for Electron into `.electron-native/`, and main passes that file to
 * better-sqlite3 as `nativeBinding`. A packaged app needs nothing: electron-builder rebuilds the
 * module for Electron when it packs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronNativeBindingPath(appRoot: string): string {
  return join(appRoot, ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

export function nativeBindingFor(appRoot: string, packaged: boolean): string | undefined {
  if (packaged) return undefined;
  const path = electronNativeBindingPath(appRoot);
  if (!existsSync(path)) {
    throw new Error(`No better-sqlite3 build for Electron at ${path}; run 'npm start' (it builds one) or 'node scripts/electron-sqlite.mjs'.`);
  }
  return path;
}
