import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Subcommand = (argv: string[], io: CliIo) => Promise<number>;

/** Wrong words on the command line: one line on stderr, exit 1. */
export class CliUsageError extends Error {}

/** parseArgs that turns unknown options and stray words into a one-line usage error. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliUsageError(((error as Error).message.split('\n')[0] ?? 'invalid arguments').replace(/\.$/, '') + '.');
  }
}
