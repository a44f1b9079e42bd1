import { main } from '../../src-main/cli/main';
import { databaseForBlock, type BlockDatabase } from './db';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `regioscan ARGS` in this process, capturing stdout and stderr as the user would see them. */
export async function runCli(args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** A runner bound to one database file: every call gets `--db FILE` appended. */
export function cliOn(file: string): (args: string[]) => Promise<CliRun> {
  return (args) => runCli([...args, '--db', file]);
}

/** Runs `regioscan import WORKBOOK --json` on the database file `db` and answers the new scan's id; a failed import fails the test. */
export async function importScan(db: string, workbook: string): Promise<number> {
  const imported = await runCli(['import', workbook, '--db', db, '--json']);
  if (imported.code !== 0) throw new Error(`regioscan import ${workbook} failed: ${imported.err}`);
  return (JSON.parse(imported.out) as { scan: { id: number } }).scan.id;
}

/** For the tests of the enclosing block: a database file with `workbook` imported by `regioscan import`, made before them. */
export function importedForBlock(workbook: string, prefix?: string): BlockDatabase {
  return databaseForBlock((path) => importScan(path, workbook), prefix);
}
