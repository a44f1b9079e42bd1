/**
 * Extra fields: workbook columns the importer did not know (or that had no header), kept per
 * activity and per initiative (tables activity_extra, initiative_extra), in the workbook's order.
 */
import type { ExtraFieldView } from '../../src-shared/model';
import type { Db } from '../db/open';

const CHUNK = 5000;

/** Per activity: its own extra fields, then those of its initiative (a name both have: the activity's). */
export function activityExtras(db: Db, ids: readonly number[]): Map<number, ExtraFieldView[]> {
  const out = new Map<number, ExtraFieldView[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const marks = chunk.map(() => '?').join(', ');
    const rows = db
      .prepare(
        `SELECT e.activity_id AS id, e.name, e.value, 0 AS initiative, e.position FROM activity_extra e WHERE e.activity_id IN (${marks})
         UNION ALL
         SELECT a.id, e.name, e.value, 1, e.position FROM activity a JOIN initiative_extra e ON e.initiative_id = a.initiative_id WHERE a.id IN (${marks})
         ORDER BY 1, 4, 5`,
      )
      .all(...chunk, ...chunk) as { id: number; name: string; value: string; initiative: number; position: number }[];
    // Rows come per activity, its own fields first: a name seen for the activity hides its initiative's.
    let ownNames = new Set<string>();
    let current = -1;
    for (const r of rows) {
      if (r.id !== current) {
        current = r.id;
        ownNames = new Set();
      }
      if (r.initiative === 1 && ownNames.has(r.name)) continue;
      if (r.initiative === 0) ownNames.add(r.name);
      out.get(r.id)!.push({ name: r.name, value: r.value, initiative: r.initiative === 1 });
    }
  }
  return out;
}

export function initiativeExtras(db: Db, initiativeId: number): ExtraFieldView[] {
  return (db.prepare('SELECT name, value FROM initiative_extra WHERE initiative_id = ? ORDER BY position').all(initiativeId) as { name: string; value: string }[]).map((r) => ({ ...r, initiative: true }));
}

/** The names of the extra fields of a set of activities (and their initiatives), in their workbooks' order. */
export function extraNames(extras: Iterable<readonly ExtraFieldView[]>): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const list of extras) {
    for (const e of list) {
      if (seen.has(e.name)) continue;
      seen.add(e.name);
      names.push(e.name);
    }
  }
  return names;
}
