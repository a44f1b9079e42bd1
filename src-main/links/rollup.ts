/**
 * Counting initiatives once across scans (docs/links.md §6): in a roll-up of several scans — the
 * regions of a national picture, or a region's years — an initiative that a counting link joins to
 * an initiative of another selected scan is one initiative, not two.
 *
 * Counting links are the cheap ones, so the count stays fast on every filter change: equal
 * normalised names, each unique in its whole scan (an automatic link, docs/links.md §2), unless the
 * user rejected that pair, and every pair the user confirmed. Mere proposals never join.
 */
import type { Db } from '../db/open';
import { initiativesOfScan } from '../activities';
import { nameKey } from './normalise';
import { linksBetween } from './repository';

export interface RollUpInitiative {
  id: number;
  scan: number;
  /** The normalised name (nameKey). */
  key: string;
}

export interface RollUpDecision {
  from: number;
  to: number;
  status: 'confirmed' | 'rejected' | 'auto' | 'proposed';
}

export interface RollUpCount {
  /** Initiatives counted once: linked ones as one. */
  count: number;
  /** Initiatives that were counted into another one (the plain count minus `count`). */
  joined: number;
}

const pair = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Pure: how many of `counted` remain when initiatives joined by a counting link are one.
 * `all` holds every initiative of the scans involved (uniqueness of a name is per whole scan).
 */
export function rollUpCount(all: readonly RollUpInitiative[], decisions: readonly RollUpDecision[], counted: ReadonlySet<number>): RollUpCount {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const rejected = new Set(decisions.filter((d) => d.status === 'rejected').map((d) => pair(d.from, d.to)));
  // Names unique in their scan, grouped by name across scans.
  const perScan = new Map<string, number>();
  for (const i of all) if (i.key !== '') perScan.set(`${i.scan}\u0000${i.key}`, (perScan.get(`${i.scan}\u0000${i.key}`) ?? 0) + 1);
  const byKey = new Map<string, RollUpInitiative[]>();
  for (const i of all) {
    if (i.key === '' || perScan.get(`${i.scan}\u0000${i.key}`) !== 1) continue;
    const list = byKey.get(i.key);
    if (list) list.push(i);
    else byKey.set(i.key, [i]);
  }
  for (const list of byKey.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (x.scan !== y.scan && !rejected.has(pair(x.id, y.id))) join(x.id, y.id);
      }
    }
  }
  for (const d of decisions) if (d.status === 'confirmed') join(d.from, d.to);
  const roots = new Set<number>();
  for (const id of counted) roots.add(find(id));
  return { count: roots.size, joined: counted.size - roots.size };
}

/**
 * The initiatives `counted` (ids, e.g. those with an activity under the filter) counted once across
 * the scans `scans` they belong to. With one scan nothing is joined.
 */
export function countInitiativesOnce(db: Db, scans: readonly number[], counted: ReadonlySet<number>): RollUpCount {
  const distinct = [...new Set(scans)];
  if (distinct.length < 2 || counted.size < 2) return { count: counted.size, joined: 0 };
  const all: RollUpInitiative[] = distinct.flatMap((scan) => initiativesOfScan(db, scan).map((i) => ({ id: i.id, scan, key: nameKey(i.name) })));
  const ids = all.map((i) => i.id);
  const decisions = linksBetween(db, ids, ids)
    .filter((l) => l.kind === 'initiative')
    .map((l) => ({ from: l.fromInitiative, to: l.toInitiative, status: l.status }));
  return rollUpCount(all, decisions, counted);
}
