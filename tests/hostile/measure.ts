/**
 * Imports one hostile case with the CLI in a child process of its own (tests/helpers/measured-cli.ts)
 * into a copy of a database, and tells what it cost and what the user saw. A child process, so that
 * its peak memory is the import's own and a runaway import cannot take the test runner down with it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src-main/version';
import type { MeasuredRun } from '../helpers/measured-cli';
import type { HostileCase } from './corpus';

export interface CaseRun extends MeasuredRun {
  stdout: string;
  stderr: string;
  /** The database the case was imported into (a copy of the given one). */
  dbPath: string;
}

/**
 * `dir`: a scratch directory (the case gets a directory of its own in it, for its file under the
 * corpus' name, the database and the figures); `baseDb`: a database file (closed) to copy for the import.
 */
export function importInChild(c: HostileCase, dir: string, baseDb: string): CaseRun {
  const own = join(dir, c.id);
  mkdirSync(own, { recursive: true });
  const file = join(own, c.fileName);
  writeFileSync(file, c.build());
  const dbPath = join(own, 'regioscan.sqlite');
  copyFileSync(baseDb, dbPath);
  const stats = join(own, 'figures.json');
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests', 'helpers', 'measured-cli.ts'), stats, 'import', '--keep-both', '--db', dbPath, file], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // A safety stop well past the 30 s bound, not a timing assertion.
    timeout: 300_000,
  });
  if (child.error) throw child.error;
  // A child that ran out of memory or was killed wrote no figures: say how it ended instead.
  if (!existsSync(stats)) throw new Error(`${c.id}: the import ended with ${child.signal ?? `exit code ${child.status}`}: ${child.stderr.slice(0, 500)}`);
  const measured = JSON.parse(readFileSync(stats, 'utf8')) as MeasuredRun;
  return { ...measured, stdout: child.stdout, stderr: child.stderr, dbPath };
}
