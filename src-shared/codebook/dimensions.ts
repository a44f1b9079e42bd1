/**
 * The 16 dimensions the app filters on, with their Dutch and English names and header aliases
 * (docs/workbook-format.md §1 and §3). This is the single source of truth for importer, filters, UI and
 * export; the dimensions are data, in codebook.json (read and checked by codebook-file.ts).
 */
import { CODEBOOK } from './codebook-file';
import type { DimensionDef, DimensionKey } from './types';
import { DIMENSION_KEYS } from './types';

export const DIMENSIONS: readonly DimensionDef[] = CODEBOOK.dimensions;

const BY_KEY = new Map<DimensionKey, DimensionDef>(DIMENSIONS.map((d) => [d.key, d]));

export function dimension(key: DimensionKey): DimensionDef {
  const def = BY_KEY.get(key);
  if (!def) throw new Error(`Unknown dimension key: ${key}`);
  return def;
}

export function isDimensionKey(value: string): value is DimensionKey {
  return (DIMENSION_KEYS as readonly string[]).includes(value);
}

/**
 * Folds a header or value for matching: lower case, accents removed, and every space and punctuation
 * mark dropped ("Type  activiteit", "type-activiteit" and "TYPE ACTIVITEIT" are one key).
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const DIMENSION_BY_NAME = new Map<string, DimensionKey>();
for (const d of DIMENSIONS) {
  for (const name of [d.key, d.nl, d.en, ...d.headerAliases]) DIMENSION_BY_NAME.set(foldKey(name), d.key);
}

/** Resolves what a user typed or a workbook header says (key, Dutch or English name, alias). */
export function resolveDimension(name: string): DimensionKey | undefined {
  return DIMENSION_BY_NAME.get(foldKey(name));
}
