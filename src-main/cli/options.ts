/**
 * A command's options, declared by kind: `parseCommandOptions(argv, { strings: ['out'], flags: ['json'],
 * filter: true })`. Every command also takes `--db PATH`; `filter: true` adds the filter options
 * (--scan, --where, --text, --filter; filter-options.ts). Parsed by `parseOptions`, so unknown
 * options and stray words are the same one-line usage errors everywhere.
 */
import { FILTER_OPTIONS } from './filter-options';
import { parseOptions } from './types';

export interface OptionNames<S extends string, B extends string, L extends string> {
  /** Options that take one value (`--out FILE`). */
  strings?: readonly S[];
  /** Options that take no value (`--json`). */
  flags?: readonly B[];
  /** Options that take a value and may be given more than once (`--place X --place Y`). */
  lists?: readonly L[];
  /** Also the filter options. */
  filter?: boolean;
}

type FilterValues = { scan?: string[]; where?: string[]; text?: string; filter?: string };

export type OptionValues<S extends string, B extends string, L extends string, F extends boolean> = { db?: string } & { [K in S]?: string } & { [K in B]?: boolean } & {
  [K in L]?: string[];
} & (F extends true ? FilterValues : unknown);

type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean };

export function parseCommandOptions<S extends string = never, B extends string = never, L extends string = never, F extends boolean = false>(
  argv: string[],
  names: OptionNames<S, B, L> & { filter?: F },
  allowPositionals = false,
): { values: OptionValues<S, B, L, F>; positionals: string[] } {
  const options: Record<string, OptionSpec> = { db: { type: 'string' } };
  for (const name of names.strings ?? []) options[name] = { type: 'string' };
  for (const name of names.flags ?? []) options[name] = { type: 'boolean' };
  for (const name of names.lists ?? []) options[name] = { type: 'string', multiple: true };
  if (names.filter) Object.assign(options, FILTER_OPTIONS);
  const { values, positionals } = parseOptions(argv, options, allowPositionals);
  // parseArgs gives each declared option the type its spec above names (string, boolean or string[]).
  return { values: values as OptionValues<S, B, L, F>, positionals };
}
