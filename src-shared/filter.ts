/**
 * The filter: a versioned, serialisable value that every view and the CLI apply the same way.
 * Within a dimension values combine with OR (`any`), or with AND (`all`), or are excluded (`none`);
 * across dimensions conditions combine with AND.
 */
import type { DimensionKey } from './codebook';

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
