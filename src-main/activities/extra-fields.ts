/**
 * Extra fields: workbook columns the importer did not know (or that had no header), kept per
 * activity and per initiative (tables activity_extra, initiative_extra), in the workbook's order.
 */
import type { ExtraFieldView } from '../../src-shared/model';
import type { Db } from '../db/open';
import { extraFieldRows, initiativeExtraRows } from './repository';

/** Per activity: its own extra fields, then those of its initiative (a name both have: the activity's). */
export function activityExtras(db: Db, ids: readonly number[]): Map<number, ExtraFieldView[]> {
  const out = new Map<number, ExtraFieldView[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  // Rows come per activity, its own fields first: a name seen for the activity hides its initiative's.
  let ownNames = new Set<string>();
  let current = -1;
  for (const r of extraFieldRows(db, ids)) {
    if (r.id !== current) {
      current = r.id;
      ownNames = new Set();
    }
    if (r.initiative === 1 && ownNames.has(r.name)) continue;
    if (r.initiative === 0) ownNames.add(r.name);
    out.get(r.id)!.push({ name: r.name, value: r.value, initiative: r.initiative === 1 });
  }
  return out;
}

export function initiativeExtras(db: Db, initiativeId: number): ExtraFieldView[] {
  return initiativeExtraRows(db, initiativeId).map((r) => ({ ...r, initiative: true }));
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
