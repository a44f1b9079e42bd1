/**
 * The SQL on the values activities are coded with, one by one: dimension_value (codebook, open-list
 * and unmapped values, and the geography hierarchy in its parent_id) and organisation names. The
 * codebook's own rows are kept in step by src-main/db/codebook-sync.ts when a database opens.
 */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

const sql = statements({
  openEntries: `SELECT dimension, code, label_nl, label_en FROM dimension_value WHERE kind = 'open'`,
  unmapped: `SELECT dimension, label_nl FROM dimension_value WHERE kind = 'unmapped'`,
  hasCode: 'SELECT 1 FROM dimension_value WHERE dimension = ? AND code = ?',
  hasUnmapped: 'SELECT 1 FROM dimension_value WHERE dimension = ? AND code IS NULL AND match_key = ?',
  labels: 'SELECT label_nl, label_en FROM dimension_value WHERE dimension = ? AND code = ?',
  organisationNames: { sql: 'SELECT name FROM organisation', mode: 'pluck' },
  hasOrganisation: 'SELECT 1 FROM organisation WHERE match_key = ?',
  geography: `SELECT c.code, p.code AS parent, c.kind, c.label_nl AS label FROM dimension_value c LEFT JOIN dimension_value p ON p.id = c.parent_id
    WHERE c.dimension = 'geography' AND c.code IS NOT NULL`,
  geographyCounts: `SELECT dv.code, count(*) AS n FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id
    WHERE dv.dimension = 'geography' AND dv.code IS NOT NULL GROUP BY dv.id`,
  placeGeography: `UPDATE dimension_value SET parent_id = (SELECT id FROM dimension_value WHERE dimension = 'geography' AND code = ?)
    WHERE dimension = 'geography' AND code = ?`,
});

/** Open-list and added geography entries (kind 'open'). */
export function openEntries(db: Db) {
  return sql(db).openEntries.all() as { dimension: string; code: string; label_nl: string; label_en: string }[];
}

/** Every value kept verbatim because it matched no code. */
export function unmappedValues(db: Db) {
  return sql(db).unmapped.all() as { dimension: string; label_nl: string }[];
}

export function hasCode(db: Db, dimension: string, code: string): boolean {
  return sql(db).hasCode.get(dimension, code) !== undefined;
}

/** Whether an unmapped value with this folded text is stored for the dimension. */
export function hasUnmapped(db: Db, dimension: string, matchKey: string): boolean {
  return sql(db).hasUnmapped.get(dimension, matchKey) !== undefined;
}

/** A stored value's label in one language. */
export function valueLabel(db: Db, dimension: string, code: string, lang: 'nl' | 'en'): string | undefined {
  const row = sql(db).labels.get(dimension, code) as { label_nl: string; label_en: string } | undefined;
  return row === undefined ? undefined : lang === 'nl' ? row.label_nl : row.label_en;
}

export function organisationNames(db: Db): string[] {
  return sql(db).organisationNames.all() as string[];
}

export function hasOrganisation(db: Db, matchKey: string): boolean {
  return sql(db).hasOrganisation.get(matchKey) !== undefined;
}

export interface GeographyRow {
  code: string;
  parent: string | null;
  kind: string;
  label: string;
}

/** Every geography value with a code, with its parent's code. */
export function geographyRows(db: Db): GeographyRow[] {
  return sql(db).geography.all() as GeographyRow[];
}

/** Activities per geography code (each value by itself, no roll-up). */
export function geographyCounts(db: Db): Map<string, number> {
  return new Map((sql(db).geographyCounts.all() as { code: string; n: number }[]).map((r) => [r.code, r.n]));
}

/** Puts the geography value `code` under `parent` (both codes). */
export function setGeographyParent(db: Db, code: string, parent: string): void {
  sql(db).placeGeography.run(parent, code);
}
