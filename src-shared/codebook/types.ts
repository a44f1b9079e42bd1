/**
 * Types of the Regioscan codebook. Pure data: this folder imports neither Node nor DOM APIs,
 * so main, renderer, CLI and tests all use the very same definitions.
 */

/** Dimension keys as used in code, on the command line and in JSON output. */
export const DIMENSION_KEYS = [
  'type',
  'sector',
  'size',
  'phase',
  'maturity',
  'geography',
  'form',
  'goal',
  'application',
  'technology',
  'bottleneck',
  'rationale',
  'organisation',
  'role',
  'effort',
  'scan',
] as const;

export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/**
 * How a dimension's values come about:
 * - `closed`: a fixed codebook; a workbook value that matches none is kept as *unmapped*.
 * - `open`: a seeded list that grows with new entries from workbooks (goal, application, technology).
 * - `hierarchical`: an open list whose entries have a parent (geography).
 * - `entity`: values are rows of another table (organisation, scan).
 */
export const DIMENSION_KINDS = ['closed', 'open', 'hierarchical', 'entity'] as const;
export type DimensionKind = (typeof DIMENSION_KINDS)[number];

/** The method's 7 dimensions (docs/method.md §2), plus the scan itself: how the UI groups the dimensions. */
export const DIMENSION_FAMILIES = ['doelgroep', 'digitalisering', 'knelpunten', 'aanbieders', 'rationale', 'activiteit', 'bereik', 'scan'] as const;
export type DimensionFamily = (typeof DIMENSION_FAMILIES)[number];

export interface CodeGroup {
  readonly key: string;
  readonly nl: string;
  readonly en: string;
}

export interface CodeEntry {
  /** Stable code, stored in the database and used on the command line. */
  readonly code: string;
  /** Dutch label exactly as docs/method.md writes it. */
  readonly nl: string;
  readonly en: string;
  /** Optional group (knelpunt weten/willen/kunnen, rationale level). */
  readonly group?: string;
  /** Parent code in a hierarchy (geography). */
  readonly parent?: string;
  /** Extra spellings accepted on import besides code, Dutch and English label. */
  readonly aliases?: readonly string[];
  /** True for the "not specific" value: a generic offer, not missing data. */
  readonly generic?: boolean;
}

export interface DimensionDef {
  readonly key: DimensionKey;
  /** Dutch name (UI, workbook header). */
  readonly nl: string;
  readonly en: string;
  /** Other header names that mean this dimension (Dutch and English). */
  readonly headerAliases: readonly string[];
  /** Several values per activity? */
  readonly multi: boolean;
  readonly kind: DimensionKind;
  /** Which of the method's 7 dimensions it belongs to (for grouping in UI). */
  readonly family: DimensionFamily;
  readonly groups?: readonly CodeGroup[];
  /** Seed or complete list of values, in display order. */
  readonly values: readonly CodeEntry[];
}
