#!/usr/bin/env node
/**
 * better-sqlite3 for Electron's ABI, beside the Node build.
 *
 * `npm install` builds node_modules/better-sqlite3 for Node (tests, CLI, `regioscan serve`).
 * Electron has its own ABI, so this script builds a second copy of the same better-sqlite3 version
 * for the installed Electron into .electron-native/, which the app passes to better-sqlite3 as its
 * `nativeBinding`. Neither build overwrites the other, so `npm test` and `npm start` both work.
 *
 *   node scripts/electron-sqlite.mjs               build if missing or stale (npm start runs this)
 *   node scripts/electron-sqlite.mjs --postinstall the same, but only warns on failure, and skips
 *                                                  when Electron's binary was not downloaded
 *   node scripts/electron-sqlite.mjs --check       exit 0 if up to date, 1 if not (no build)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const target = join(root, '.electron-native');
const moduleDir = join(target, 'node_modules', 'better-sqlite3');
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(target, 'stamp.json');
const postinstall = process.argv.includes('--postinstall');
const checkOnly = process.argv.includes('--check');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function electronBinaryPresent() {
  // Not require('electron'): recent versions start a download when the binary is missing.
  const electronDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

const electronVersion = readJson(require.resolve('electron/package.json')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };

function upToDate() {
  if (!existsSync(binary) || !existsSync(stampFile)) return false;
  const stamp = readJson(stampFile);
  return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
}

if (upToDate()) process.exit(0);
if (checkOnly) {
  console.error(`better-sqlite3 for Electron ${electronVersion} is not built yet (.electron-native/).`);
  process.exit(1);
}
if (postinstall && (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !electronBinaryPresent())) {
  console.log('regioscan: Electron binary not installed here; skipping the Electron build of better-sqlite3 (tests and CLI use the Node build).');
  process.exit(0);
}

try {
  console.log(`regioscan: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} into .electron-native/ …`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(moduleDir), { recursive: true });
  cpSync(sqliteDir, moduleDir, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
  writeFileSync(join(target, 'package.json'), JSON.stringify({ name: 'regioscan-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2));
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: target, electronVersion, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  if (!existsSync(binary)) throw new Error(`the build finished but ${binary} is missing`);
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
  console.log('regioscan: done.');
} catch (error) {
  const message = `regioscan: could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`;
  if (postinstall) {
    console.warn(`${message}\n  'npm start' will try again; the tests and the CLI do not need this build.`);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}
