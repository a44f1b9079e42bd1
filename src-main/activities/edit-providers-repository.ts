/**
 * The SQL of an edit to an activity's organisations per provider role and to the extra fields of an
 * activity or initiative (src-main/edits decides what to write; it runs inside a change group, whose
 * triggers record each change under the key --set uses: the role, `extra.<name>`). Organisations are
 * matched by their folded name as the import matches them; an organisation left without providers
 * stays (other scans, links and history may name it).
 */
import { foldKey } from '../../src-shared/codebook';
import type { Db } from '../db/open';
import { statements } from '../db/statements';

const sql = statements({
  organisationByKey: { sql: 'SELECT id FROM organisation WHERE match_key = ?', mode: 'pluck' },
  newOrganisation: 'INSERT INTO organisation (name, match_key, type) VALUES (?, ?, NULL)',
  inRole: { sql: 'SELECT organisation_id FROM provider WHERE activity_id = ? AND role = ?', mode: 'pluck' },
  namesInRole: { sql: 'SELECT o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = ? AND p.role = ? ORDER BY o.name COLLATE NOCASE', mode: 'pluck' },
  removeProvider: 'DELETE FROM provider WHERE activity_id = ? AND organisation_id = ? AND role = ?',
  addProvider: 'INSERT INTO provider (activity_id, organisation_id, role) VALUES (?, ?, ?)',
  organisationNames: { sql: 'SELECT name FROM organisation ORDER BY name COLLATE NOCASE', mode: 'pluck' },
  activityExtra: 'SELECT name, value FROM activity_extra WHERE activity_id = ?',
  initiativeExtra: 'SELECT name, value FROM initiative_extra WHERE initiative_id = ?',
  activityExtraNames: { sql: 'SELECT DISTINCT e.name FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = ?', mode: 'pluck' },
  initiativeExtraNames: { sql: 'SELECT DISTINCT e.name FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id = ?', mode: 'pluck' },
  setActivityExtra: 'UPDATE activity_extra SET value = ? WHERE activity_id = ? AND name = ?',
  setInitiativeExtra: 'UPDATE initiative_extra SET value = ? WHERE initiative_id = ? AND name = ?',
  removeActivityExtra: 'DELETE FROM activity_extra WHERE activity_id = ? AND name = ?',
  removeInitiativeExtra: 'DELETE FROM initiative_extra WHERE initiative_id = ? AND name = ?',
  // A name the scan has keeps its column's place; a new one goes after the scan's last.
  addActivityExtra: `INSERT INTO activity_extra (activity_id, name, value, position) SELECT @owner, @name, @value, coalesce(
      (SELECT min(e.position) FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = @scan AND e.name = @name),
      (SELECT max(e.position) + 1 FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = @scan), 0)`,
  addInitiativeExtra: `INSERT INTO initiative_extra (initiative_id, name, value, position) SELECT @owner, @name, @value, coalesce(
      (SELECT min(e.position) FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id = @scan AND e.name = @name),
      (SELECT max(e.position) + 1 FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id = @scan), 0)`,
});

/** The folded name under which the import and the index know an organisation. */
export function organisationKey(name: string): string {
  const tidy = name.replace(/\s+/g, ' ').trim();
  return foldKey(tidy) || tidy.normalize('NFC').toLowerCase();
}

/** Every organisation's name, for the edit form's suggestions. */
export function organisationNames(db: Db): string[] {
  return sql(db).organisationNames.all() as string[];
}

/** The organisations an activity has in one role, by name. */
export function organisationsInRole(db: Db, activity: number, role: string): string[] {
  return sql(db).namesInRole.all(activity, role) as string[];
}

/**
 * Sets the organisations an activity has in one role to exactly these names: each matched to an
 * organisation by folded name, or made (without a type) when none has it.
 */
export function setProviders(db: Db, activity: number, role: string, names: readonly string[]): void {
  const q = sql(db);
  const wanted = new Set<number>();
  for (const name of names) {
    const key = organisationKey(name);
    const id = (q.organisationByKey.get(key) as number | undefined) ?? Number(q.newOrganisation.run(name.replace(/\s+/g, ' ').trim(), key).lastInsertRowid);
    wanted.add(id);
  }
  const now = new Set(q.inRole.all(activity, role) as number[]);
  for (const id of now) if (!wanted.has(id)) q.removeProvider.run(activity, id, role);
  for (const id of wanted) if (!now.has(id)) q.addProvider.run(activity, id, role);
}

export type ExtraOwner = 'activity' | 'initiative';

/** The extra fields an activity or initiative has itself (name → value). */
export function ownExtras(db: Db, owner: ExtraOwner, id: number): Map<string, string> {
  const rows = (owner === 'activity' ? sql(db).activityExtra : sql(db).initiativeExtra).all(id) as { name: string; value: string }[];
  return new Map(rows.map((r) => [r.name, r.value]));
}

/** The extra-field names the activities (or initiatives) of a scan have. */
export function extraNamesOfScan(db: Db, owner: ExtraOwner, scan: number): string[] {
  return (owner === 'activity' ? sql(db).activityExtraNames : sql(db).initiativeExtraNames).all(scan) as string[];
}

/** Sets (null: removes) one extra field of an activity or initiative of `scan`. */
export function setExtra(db: Db, owner: ExtraOwner, id: number, scan: number, name: string, value: string | null): void {
  const q = sql(db);
  const has = ownExtras(db, owner, id).get(name);
  if (value === null) {
    if (has !== undefined) (owner === 'activity' ? q.removeActivityExtra : q.removeInitiativeExtra).run(id, name);
  } else if (has === undefined) (owner === 'activity' ? q.addActivityExtra : q.addInitiativeExtra).run({ owner: id, name, value, scan });
  else if (has !== value) (owner === 'activity' ? q.setActivityExtra : q.setInitiativeExtra).run(value, id, name);
}
