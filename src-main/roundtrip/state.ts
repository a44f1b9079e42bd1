/**
 * What the database holds of one scan, in the shape the diff compares (read through the activities
 * domain), and which scan a file's IDs belong to.
 */
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { edit, knownOpenEntries, scanContent, unmappedValues } from '../activities';
import type { Db } from '../db/open';
import { buildMatchers, type Matchers } from '../workbook/matchers';
import { sortValues, type ValueRef } from './normalise';

export interface StateActivity {
  id: number;
  initiativeId: number;
  name: string;
  description: string | null;
  startYear: number | null;
  reach: number | null;
  reachUnit: string | null;
  reachSource: string | null;
  values: Map<ValueDimensionKey, ValueRef[]>;
  /** Organisation names per provider role. */
  roles: Map<string, string[]>;
  /** Its own extra fields (name → value). */
  extras: Map<string, string>;
  /** Its initiative's extra fields, which the export shows where the activity has none of that name. */
  initiativeExtras: Map<string, string>;
}

export interface StateInitiative {
  id: number;
  name: string;
  description: string | null;
  website: string | null;
  startYear: number | null;
  homeRegion: string | null;
  extras: Map<string, string>;
}

export interface ScanState {
  scan: number;
  activities: Map<number, StateActivity>;
  initiatives: Map<number, StateInitiative>;
  matchers: Matchers;
  /** Texts kept unmapped per dimension: lower-cased → as stored. */
  unmapped: Map<string, Map<string, string>>;
}

const VALUE_DIMS = new Set<string>(VALUE_DIMENSION_KEYS);

export function scanState(db: Db, scan: number): ScanState {
  const content = scanContent(db, scan);
  const activities = new Map<number, StateActivity>();
  for (const a of content.activities) {
    activities.set(a.id, {
      id: a.id, initiativeId: a.initiative_id, name: a.name, description: a.description, startYear: a.start_year,
      reach: a.reach, reachUnit: a.reach_unit, reachSource: a.reach_source, values: new Map(), roles: new Map(), extras: new Map(), initiativeExtras: new Map(),
    });
  }
  for (const v of content.values) {
    const a = activities.get(v.activity_id);
    if (!a || !VALUE_DIMS.has(v.dimension)) continue;
    const dim = v.dimension as ValueDimensionKey;
    const ref: ValueRef = v.code !== null && v.kind !== 'unmapped' ? { code: v.code } : { unmapped: v.label_nl };
    a.values.set(dim, [...(a.values.get(dim) ?? []), ref]);
  }
  for (const a of activities.values()) for (const [dim, list] of a.values) a.values.set(dim, sortValues(dim, list));
  for (const p of content.providers) activities.get(p.activity_id)?.roles.set(p.role, [...(activities.get(p.activity_id)?.roles.get(p.role) ?? []), p.name]);
  const initiatives = new Map(content.initiatives.map((i) => [i.id, { id: i.id, name: i.name, description: i.description, website: i.website, startYear: i.start_year, homeRegion: i.home_region, extras: new Map<string, string>() }]));
  for (const e of content.activityExtras) activities.get(e.activity_id)?.extras.set(e.name, e.value);
  for (const e of content.initiativeExtras) initiatives.get(e.initiative_id)?.extras.set(e.name, e.value);
  for (const a of activities.values()) a.initiativeExtras = initiatives.get(a.initiativeId)?.extras ?? new Map();
  const unmapped = new Map<string, Map<string, string>>();
  for (const u of unmappedValues(db)) {
    if (!unmapped.has(u.dimension)) unmapped.set(u.dimension, new Map());
    unmapped.get(u.dimension)!.set(u.label_nl.toLowerCase(), u.label_nl);
  }
  return { scan, activities, initiatives, matchers: buildMatchers(knownOpenEntries(db)), unmapped };
}

/** The scan of each activity and initiative id that exists (ids that name nothing are left out). */
export function scansOfIds(db: Db, ids: { activities: Iterable<number>; initiatives: Iterable<number> }): { activities: Map<number, number>; initiatives: Map<number, number> } {
  const activities = new Map<number, number>();
  const initiatives = new Map<number, number>();
  for (const id of ids.activities) {
    const row = edit.activityForEdit(db, id);
    if (row) activities.set(id, row.scan_id);
  }
  for (const id of ids.initiatives) {
    const row = edit.initiativeForEdit(db, id);
    if (row) initiatives.set(id, row.scan_id);
  }
  return { activities, initiatives };
}
