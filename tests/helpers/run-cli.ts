import { main } from '../../src-main/cli/main';

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
