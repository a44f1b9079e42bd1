/**
 * The filter: a versioned, serialisable value that every view and the CLI apply the same way.
 * Within a dimension values combine with OR (`any`), or with AND (`all`), or are excluded (`none`);
 * across dimensions conditions combine with AND.
 */
import type { z } from 'zod';
import type { filterSchema } from './filter-schema';

export const FILTER_VERSION = 1;

/**
 * The free-text search takes at most this many characters: a search is a few words, and nothing
 * longer is ever echoed in a message. The cap is stated next to the search box and in the refusal.
 */
export const SEARCH_TEXT_MAX = 200;

/** A saved filter's note takes at most this many characters, on every path that stores one. */
export const NOTE_MAX = 2000;

/** Control characters (NUL and the like, not tab or line breaks) that no search can mean. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const SEARCH_TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The filter is what its schema (filter-schema.ts) lets through: one type, inferred from the schema
 * main validates every filter with. (A type-only import: the renderer does not bundle zod for it.)
 */
export type Filter = z.infer<typeof filterSchema>;

/** One dimension's condition: its values combine with OR (`any`), AND (`all`), or are excluded (`none`). */
export type Condition = Filter['conditions'][number];

export type ConditionMode = Condition['mode'];

/**
 * A value a condition names: a codebook or open-list code, an organisation name, a scan id, or — for
 * values kept verbatim because they matched no code — `{ unmapped: text }`.
 */
export type FilterValue = Condition['values'][number];

/** A range of reach or start year (either end may be open). */
export type NumberRange = NonNullable<Filter['startYear']>;

export function emptyFilter(scans: number[] = []): Filter {
  return { version: FILTER_VERSION, scans, conditions: [], text: '', includeSubRegions: true };
}

export function valueKey(value: FilterValue): string {
  return typeof value === 'string' ? value : `\u0000${value.unmapped}`;
}
