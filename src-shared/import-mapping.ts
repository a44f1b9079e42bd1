/**
 * The import's mapping step as data: which workbook column goes where, which cell value means which
 * code, and under which parent a new geography name goes. The preview is recomputed from the file's
 * grids with a mapping (`import.remap`), the commit writes with it, and the CLI builds the same
 * object from `--map-column`, `--map-value` and `--place`. Pure module (no Node, no DOM).
 */
import { DIMENSION_KEYS, ROLES, type DimensionKey } from './codebook';

/** Plain (uncoded) columns a workbook can have, with the names the mapping picker shows. */
export const FIELD_TARGETS = [
  { key: 'initiative', nl: 'Initiatief', en: 'Initiative' },
  { key: 'activity', nl: 'Activiteit', en: 'Activity' },
  { key: 'description', nl: 'Omschrijving', en: 'Description' },
  { key: 'activityDescription', nl: 'Omschrijving activiteit', en: 'Activity description' },
  { key: 'initiativeDescription', nl: 'Omschrijving initiatief', en: 'Initiative description' },
  { key: 'website', nl: 'Website', en: 'Website' },
  { key: 'startYear', nl: 'Startjaar', en: 'Start year' },
  { key: 'initiativeStartYear', nl: 'Startjaar initiatief', en: 'Initiative start year' },
  { key: 'homeRegion', nl: 'Thuisregio', en: 'Home region' },
  { key: 'reach', nl: 'Bereik', en: 'Reach' },
  { key: 'reachUnit', nl: 'Bereik eenheid', en: 'Reach unit' },
  { key: 'reachSource', nl: 'Bron bereik', en: 'Reach source' },
  { key: 'organisation', nl: 'Organisatie', en: 'Organisation' },
  { key: 'organisationType', nl: 'Type organisatie', en: 'Organisation type' },
  { key: 'roles', nl: 'Rol', en: 'Role' },
] as const;

export type FieldTarget = (typeof FIELD_TARGETS)[number]['key'];

/** Dimensions whose values are stored per activity (organisation, role and scan live elsewhere). */
export const VALUE_DIMENSION_KEYS = [
  'type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'goal', 'application', 'technology', 'bottleneck', 'rationale', 'effort',
] as const satisfies readonly DimensionKey[];
export type ValueDimensionKey = (typeof VALUE_DIMENSION_KEYS)[number];
// Every dimension is either stored per activity or one of the three that live elsewhere.
for (const key of DIMENSION_KEYS) {
  if (!(VALUE_DIMENSION_KEYS as readonly string[]).includes(key) && !['organisation', 'role', 'scan'].includes(key)) throw new Error(`Dimension ${key} is not in VALUE_DIMENSION_KEYS`);
}

/**
 * Where a column goes: a plain field, a dimension (its cells are coded), `role:<code>` (a flat
 * layout's column of the organisations in one provider role), or `extra` (kept as an extra field).
 */
export type ColumnTarget = FieldTarget | ValueDimensionKey | `role:${string}` | 'extra';

export const COLUMN_TARGETS: readonly ColumnTarget[] = [
  ...FIELD_TARGETS.map((f) => f.key),
  ...VALUE_DIMENSION_KEYS,
  ...ROLES.map((r) => `role:${r.code}` as const),
  'extra',
];

export function isColumnTarget(value: string): value is ColumnTarget {
  return (COLUMN_TARGETS as readonly string[]).includes(value);
}

export interface ColumnRule {
  /** The column's header as the preview shows it (`Kolom R` for a column without one). */
  header: string;
  target: ColumnTarget;
}

export interface ValueRule {
  dimension: ValueDimensionKey;
  /** The cell value as written (matched ignoring case, accents, spaces and punctuation). */
  value: string;
  code: string;
}

export interface PlaceRule {
  /** A geography name as written in the workbook. */
  value: string;
  /** The parent's code; null leaves the name without a place (top level). */
  parent: string | null;
}

export interface ImportMapping {
  columns: ColumnRule[];
  values: ValueRule[];
  places: PlaceRule[];
}

export const EMPTY_MAPPING: ImportMapping = { columns: [], values: [], places: [] };

/** The name a column without a header gets: `Kolom R` (Excel's letters). */
export function headerlessName(columnLetters: string): string {
  return `Kolom ${columnLetters}`;
}

/** Collapses runs of white space into one space and trims: names the app makes never hold double spaces. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The title a scan gets when nothing names one: "Regioscan Zeeland 2024". */
export function generatedScanTitle(region: string, year: number | null): string {
  return tidySpaces(`Regioscan ${region}${year ? ` ${year}` : ''}`);
}
