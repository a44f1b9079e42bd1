import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clip } from '../errors';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Subcommand = (argv: string[], io: CliIo) => Promise<number>;

/** Wrong words on the command line: one line on stderr (in the CLI's language), exit 1. */
export class CliUsageError extends Error {
  readonly nl: string;

  constructor(message: { nl: string; en: string }) {
    super(message.en);
    this.name = 'CliUsageError';
    this.nl = message.nl;
  }
}

/** What the user typed, quoted in a message: clipped and on one line. */
export function typed(text: string): string {
  return `'${clip(text, 60)}'`;
}

/** Node's parseArgs error as a sentence in both languages (its own text is English only and unbounded). */
function parseArgsSentence(error: NodeJS.ErrnoException): { nl: string; en: string } {
  const name = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = typed(name.replace(/ <value>$/, ''));
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { nl: `Onbekende optie ${option}.`, en: `Unknown option ${option}.` };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { nl: `Onverwacht argument ${option}: deze opdracht neemt geen losse argumenten.`, en: `Unexpected argument ${option}: this command takes no positional arguments.` };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? { nl: `Optie ${option} heeft een waarde nodig.`, en: `Option ${option} needs a value.` }
        : { nl: `Optie ${option} neemt geen waarde.`, en: `Option ${option} takes no value.` };
    default: {
      const text = clip(error.message.split('\n')[0] ?? 'invalid arguments', 120);
      return { nl: `Ongeldige argumenten: ${text}.`, en: `Invalid arguments: ${text}.` };
    }
  }
}

/** parseArgs that turns unknown options and stray words into a one-line usage error. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliUsageError(parseArgsSentence(error as NodeJS.ErrnoException));
  }
}

/** An id on the command line: a positive whole number, else a usage error naming the argument. */
export function positiveId(text: string, what: { nl: string; en: string }): number {
  if (!/^[1-9]\d{0,15}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new CliUsageError({ nl: `${what.nl} is een positief geheel getal, niet ${typed(text)}.`, en: `${what.en} is a positive whole number, not ${typed(text)}.` });
  }
  return Number(text);
}
