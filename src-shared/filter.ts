/**
 * The filter: a versioned, serialisable value that every view and the CLI apply the same way.
 * Within a dimension values combine with OR (`any`), or with AND (`all`), or are excluded (`none`);
 * across dimensions conditions combine with AND.
 */
import { z } from 'zod';
import { DIMENSION_KEYS, type DimensionKey } from './codebook';

export const FILTER_VERSION = 1;

export type ConditionMode = 'any' | 'all' | 'none';

/**
 * A value a condition names: a codebook or open-list code, an organisation name, a scan id, or — for
 * values kept verbatim because they matched no code — `{ unmapped: text }`.
 */
export type FilterValue = string | { unmapped: string };

export interface Condition {
  dimension: DimensionKey;
  mode: ConditionMode;
  values: FilterValue[];
}

export interface NumberRange {
  min?: number | undefined;
  max?: number | undefined;
}

export interface Filter {
  version: typeof FILTER_VERSION;
  /** Scans to look at; empty = all scans. */
  scans: number[];
  conditions: Condition[];
  /** Free text over activity and initiative names and descriptions. */
  text: string;
  /** A province includes its sub-regions (geography hierarchy). */
  includeSubRegions: boolean;
  /** Reach: only activities whose reach is known / unknown, and a range (known reach only). */
  reach?: { known?: 'known' | 'unknown' | undefined } & NumberRange;
  /** Start year of the activity (unknown start years fall outside any range). */
  startYear?: NumberRange;
}

export function emptyFilter(scans: number[] = []): Filter {
  return { version: FILTER_VERSION, scans, conditions: [], text: '', includeSubRegions: true };
}

export function valueKey(value: FilterValue): string {
  return typeof value === 'string' ? value : `\u0000${value.unmapped}`;
}

const range = z.object({ min: z.number().finite().optional(), max: z.number().finite().optional() }).strict();

/** The filter as it may cross from renderer to main or arrive in a `.regioscan-filter.json` file. */
export const filterSchema = z
  .object({
    version: z.literal(FILTER_VERSION),
    scans: z.array(z.number().int().positive()).max(1000),
    conditions: z
      .array(
        z
          .object({
            dimension: z.enum(DIMENSION_KEYS),
            mode: z.enum(['any', 'all', 'none']),
            values: z.array(z.union([z.string().max(500), z.object({ unmapped: z.string().max(500) }).strict()])).max(500),
          })
          .strict(),
      )
      .max(64),
    text: z.string().max(500),
    includeSubRegions: z.boolean(),
    reach: range.extend({ known: z.enum(['known', 'unknown']).optional() }).strict().optional(),
    startYear: range.optional(),
  })
  .strict();
