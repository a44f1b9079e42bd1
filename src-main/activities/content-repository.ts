/**
 * A scan's content as a whole: the statements the import's writer runs to put a scan's
 * initiatives, activities, codes, organisations, extra fields and search text in (and to clear
 * them when a scan is replaced), and the reads that take it back out for the canonical workbook.
 * The scan row itself and its import report are the scans domain's.
 */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

/** The writes of one import, by name (src-main/import/write-scan.ts runs them, counting their text). */
export const contentWrites = statements({
  clearScan: 'DELETE FROM initiative WHERE scan_id = ?',
  insertInitiative: 'INSERT INTO initiative (scan_id, name, description, website, start_year, home_region) VALUES (?, ?, ?, ?, ?, ?)',
  insertActivity: `INSERT INTO activity (scan_id, initiative_id, name, description, start_year, reach, reach_unit, reach_source)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  insertValue: 'INSERT OR IGNORE INTO activity_value (activity_id, value_id) VALUES (?, ?)',
  insertText: 'INSERT INTO activity_text (rowid, name, description, initiative, initiative_description, extra) VALUES (?, ?, ?, ?, ?, ?)',
  insertActivityExtra: 'INSERT INTO activity_extra (activity_id, name, value, position) VALUES (?, ?, ?, ?)',
  insertInitiativeExtra: 'INSERT INTO initiative_extra (initiative_id, name, value, position) VALUES (?, ?, ?, ?)',
  placeRegion: `UPDATE dimension_value SET parent_id = (SELECT id FROM dimension_value WHERE dimension = 'geography' AND code = @parent)
      WHERE dimension = 'geography' AND code = @code AND kind = 'open' AND parent_id IS NULL`,
  newOpen: `INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, match_key) VALUES (?, ?, ?, ?, 'open', ?)`,
  newUnmapped: `INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, match_key) VALUES (?, NULL, ?, ?, 'unmapped', ?)`,
  newOrganisation: 'INSERT INTO organisation (name, match_key, type) VALUES (?, ?, ?)',
  setOrganisationType: 'UPDATE organisation SET type = ? WHERE id = ?',
  insertProvider: 'INSERT OR IGNORE INTO provider (activity_id, organisation_id, role) VALUES (?, ?, ?)',
});

const sql = statements({
  findUnmapped: { sql: 'SELECT id FROM dimension_value WHERE dimension = ? AND code IS NULL AND match_key = ?', mode: 'pluck' },
  codedValueIds: 'SELECT id, dimension, code FROM dimension_value WHERE code IS NOT NULL',
  organisations: 'SELECT id, match_key, type FROM organisation',
  initiatives: 'SELECT id, name, description, website, start_year, home_region FROM initiative WHERE scan_id = ? ORDER BY id',
  activities: 'SELECT id, initiative_id, name, description, start_year, reach, reach_unit, reach_source FROM activity WHERE scan_id = ? ORDER BY id',
  values: `SELECT av.activity_id, dv.dimension, dv.code, dv.label_nl, dv.kind FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id
      JOIN activity a ON a.id = av.activity_id WHERE a.scan_id = ? ORDER BY av.activity_id, dv.kind = 'unmapped', dv.sort, dv.id`,
  providers: `SELECT p.activity_id, o.name, o.type, p.role FROM provider p JOIN organisation o ON o.id = p.organisation_id JOIN activity a ON a.id = p.activity_id
      WHERE a.scan_id = ? ORDER BY p.activity_id, o.id`,
  activityExtras: 'SELECT e.activity_id, e.name, e.value FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = ? ORDER BY e.activity_id, e.position',
  initiativeExtras: 'SELECT e.initiative_id, e.name, e.value FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id = ? ORDER BY e.initiative_id, e.position',
});

/** The id of the unmapped value with this folded text, if one is stored. */
export function unmappedValueId(db: Db, dimension: string, matchKey: string): number | undefined {
  return sql(db).findUnmapped.get(dimension, matchKey) as number | undefined;
}

/** Every value that has a code, for the writer's lookups. */
export function codedValueIds(db: Db) {
  return sql(db).codedValueIds.all() as { id: number; dimension: string; code: string }[];
}

/** Every organisation with its folded name and type, for the writer's lookups. */
export function organisationKeys(db: Db) {
  return sql(db).organisations.all() as { id: number; match_key: string; type: string | null }[];
}

/** Everything a scan holds, as rows (src-main/scans/export.ts makes the canonical workbook's data of it). */
export function scanContent(db: Db, scanId: number) {
  const q = sql(db);
  return {
    initiatives: q.initiatives.all(scanId) as { id: number; name: string; description: string | null; website: string | null; start_year: number | null; home_region: string | null }[],
    activities: q.activities.all(scanId) as {
      id: number; initiative_id: number; name: string; description: string | null; start_year: number | null; reach: number | null; reach_unit: string | null; reach_source: string | null;
    }[],
    values: q.values.all(scanId) as { activity_id: number; dimension: string; code: string | null; label_nl: string; kind: string }[],
    providers: q.providers.all(scanId) as { activity_id: number; name: string; type: string | null; role: string }[],
    activityExtras: q.activityExtras.all(scanId) as { activity_id: number; name: string; value: string }[],
    initiativeExtras: q.initiativeExtras.all(scanId) as { initiative_id: number; name: string; value: string }[],
  };
}
