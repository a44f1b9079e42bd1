/**
 * The SQL of an edit to an activity's organisations per provider role and to the extra fields of an
 * activity or initiative (src-main/edits decides what to write; it runs inside a change group, whose
 * triggers record each change under the key --set uses: the role, `extra.<name>`). Organisations are
 * matched by their folded name as the import matches them; an organisation left without providers
 * stays (other scans, links and history may name it).
 */
import { foldKey } from '../../src-shared/codebook';
import { tidySpaces } from '../../src-shared/import-mapping';
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export type ExtraOwner = 'activity' | 'initiative';

/** The statements on one owner's extra fields (activity_extra or initiative_extra: the same shape). */
function extraStatements<O extends ExtraOwner>(owner: O) {
  const table = `${owner}_extra`;
  const key = `${owner}_id`;
  const ofScan = `FROM ${table} e JOIN ${owner} o ON o.id = e.${key} WHERE o.scan_id = @scan`;
  const named = {
    own: `SELECT name, value FROM ${table} WHERE ${key} = ?`,
    names: { sql: `SELECT DISTINCT e.name ${ofScan.replace('@scan', '?')}`, mode: 'pluck' },
    set: `UPDATE ${table} SET value = ? WHERE ${key} = ? AND name = ?`,
    remove: `DELETE FROM ${table} WHERE ${key} = ? AND name = ?`,
    // A name the scan has keeps its column's place; a new one goes after the scan's last.
    add: `INSERT INTO ${table} (${key}, name, value, position) SELECT @owner, @name, @value,
      coalesce((SELECT min(e.position) ${ofScan} AND e.name = @name), (SELECT max(e.position) + 1 ${ofScan}), 0)`,
  } as const;
  return Object.fromEntries(Object.entries(named).map(([k, v]) => [`${owner}_${k}`, v])) as { [K in keyof typeof named as `${O}_${K}`]: (typeof named)[K] };
}

const sql = statements({
  organisationByKey: { sql: 'SELECT id FROM organisation WHERE match_key = ?', mode: 'pluck' },
  newOrganisation: 'INSERT INTO organisation (name, match_key, type) VALUES (?, ?, NULL)',
  inRole: { sql: 'SELECT organisation_id FROM provider WHERE activity_id = ? AND role = ?', mode: 'pluck' },
  removeProvider: 'DELETE FROM provider WHERE activity_id = ? AND organisation_id = ? AND role = ?',
  addProvider: 'INSERT INTO provider (activity_id, organisation_id, role) VALUES (?, ?, ?)',
  ...extraStatements('activity'),
  ...extraStatements('initiative'),
});

/** The folded name under which the import (write-scan.ts), edits and the index know an organisation. */
export function organisationKey(name: string): string {
  const tidy = tidySpaces(name);
  return foldKey(tidy) || tidy.normalize('NFC').toLowerCase();
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
    const id = (q.organisationByKey.get(key) as number | undefined) ?? Number(q.newOrganisation.run(tidySpaces(name), key).lastInsertRowid);
    wanted.add(id);
  }
  const now = new Set(q.inRole.all(activity, role) as number[]);
  for (const id of now) if (!wanted.has(id)) q.removeProvider.run(activity, id, role);
  for (const id of wanted) if (!now.has(id)) q.addProvider.run(activity, id, role);
}

/** The extra fields an activity or initiative has itself (name → value). */
export function ownExtras(db: Db, owner: ExtraOwner, id: number): Map<string, string> {
  const rows = sql(db)[`${owner}_own`].all(id) as { name: string; value: string }[];
  return new Map(rows.map((r) => [r.name, r.value]));
}

/** The extra-field names the activities (or initiatives) of a scan have. */
export function extraNamesOfScan(db: Db, owner: ExtraOwner, scan: number): string[] {
  return sql(db)[`${owner}_names`].all(scan) as string[];
}

/** Sets (null: removes) one extra field of an activity or initiative of `scan`. */
export function setExtra(db: Db, owner: ExtraOwner, id: number, scan: number, name: string, value: string | null): void {
  const q = sql(db);
  const has = ownExtras(db, owner, id).get(name);
  if (value === null) {
    if (has !== undefined) q[`${owner}_remove`].run(id, name);
  } else if (has === undefined) q[`${owner}_add`].run({ owner: id, name, value, scan });
  else if (has !== value) q[`${owner}_set`].run(value, id, name);
}
