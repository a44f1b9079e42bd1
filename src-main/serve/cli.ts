import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { databaseDamage, readOnlyCopy } from '../db/health';
import { dataDir } from '../resources';
import { cliLanguageOf, openCliDatabase } from '../cli/database';
import { ensureSampleScan, sampleScanPath, sourceWorkerFactory } from '../import';
import { startServer } from './server';
import { packageVersion, REPO_ROOT } from '../version';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';

export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

/** Builds the renderer once if this checkout has not built it yet. */
function ensureRendererBuilt(err: (s: string) => void): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  err('Building the user interface once (electron-vite build)…\n');
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('electron-vite build failed');
}

export const runServe: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['port'], flags: ['read-only', 'with-sample'] });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliUsageError({ nl: `--port neemt een geheel getal van 0 tot en met 65535, niet ${typed(String(values.port))}.`, en: `--port takes a whole number from 0 to 65535, not ${typed(String(values.port))}.` });
  ensureRendererBuilt(io.err);
  const db = await openCliDatabase(values.db, { readonly: values['read-only'] ?? false });
  // A file that cannot be written is served read-only (from a copy in memory), and says so.
  const copy = readOnlyCopy(db);
  const readOnly = (values['read-only'] ?? false) || copy !== null;
  const lang = cliLanguageOf(db);
  const damage = databaseDamage(db);
  if (damage) io.err(`${damage.message[lang]} (${lang === 'nl' ? "Importeren › Back-ups in de browser, of 'regioscan restore'" : "Importeren › Back-ups in the browser, or 'regioscan restore'"}.)\n`);
  if (copy) io.err(`${copy.notice[lang]}\n`);
  if (values['with-sample'] && !readOnly && !damage) await ensureSampleScan(db, sampleScanPath(dataDir()));
  const server = await startServer({ db, rendererDir: RENDERER_DIR, version: packageVersion(), port, readOnly, importWorker: sourceWorkerFactory });
  io.out(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  db.close();
  return 0;
};
