/**
 * What a pairing request needs besides the lens table: the scan of every activity, the organisations
 * of every initiative (to tell pairs that already know each other), names for the answer, and the
 * shared features in codes.
 */
import { dimension, foldKey, type DimensionKey } from '../../src-shared/codebook';
import type { PairSide, PairView } from '../../src-shared/model';
import { LENSES, type SharedCodes, type SharedKey } from '../../src-shared/pairing';
import type { Db } from '../db/open';
import { activityNames, B, initiativeRows, type ActivityIndex } from '../activities';
import { scanLabels, scanNames } from '../scans';
import type { LensTable } from './lens-table';

interface IndexExtras {
  /** The region of each activity's scan, as a small number (scans of one region, other years, share it). */
  regionOf: Int32Array;
  organisationsOf: Map<number, Set<number>>;
}

const extras = new WeakMap<ActivityIndex, IndexExtras>();

export function indexExtras(db: Db, index: ActivityIndex): IndexExtras {
  let e = extras.get(index);
  if (e) return e;
  // "Across regions" compares regions, not scans: Drenthe 2022 and Drenthe 2024 are one region.
  const regions = new Map<string, number>();
  const regionOfScan = new Map<number, number>();
  for (const s of scanNames(db)) {
    const key = foldKey(s.region);
    if (!regions.has(key)) regions.set(key, regions.size + 1);
    regionOfScan.set(s.id, regions.get(key)!);
  }
  const regionOf = new Int32Array(index.n);
  for (const [scan, bits] of index.scanBits) B.forEachAnd(bits, bits, (p) => (regionOf[p] = regionOfScan.get(scan) ?? -scan));
  const organisationsOf = new Map<number, Set<number>>();
  for (const [orgId, org] of index.organisations) {
    for (const p of org.positions) {
      const initiative = index.initiative[p]!;
      let set = organisationsOf.get(initiative);
      if (!set) organisationsOf.set(initiative, (set = new Set()));
      set.add(orgId);
    }
  }
  e = { regionOf, organisationsOf };
  extras.set(index, e);
  return e;
}

/** Whether two initiatives have an organisation in common, in any role and any of their activities. */
export function shareOrganisation(e: IndexExtras, a: number, b: number): boolean {
  const sa = e.organisationsOf.get(a);
  const sb = e.organisationsOf.get(b);
  if (!sa || !sb) return false;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const o of small) if (large.has(o)) return true;
  return false;
}

export type Scope = 'all' | 'across' | 'within';

export function inScope(scope: Scope, scanA: number, scanB: number): boolean {
  return scope === 'all' || (scope === 'across' ? scanA !== scanB : scanA === scanB);
}

function codeOrder(key: SharedKey, code: string): number {
  if (key === 'provider') return 0;
  const i = dimension(key as DimensionKey).values.findIndex((v) => v.code === code);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Feature ids → codes per part, in codebook order. */
export function sharedCodes(t: LensTable, featureIds: Iterable<number>): SharedCodes {
  const out: SharedCodes = {};
  for (const f of new Set(featureIds)) {
    const info = t.featureInfo[f]!;
    (out[info.key] ??= []).push(info.code);
  }
  // Keys in the lens's order, codes in codebook order.
  const ordered: SharedCodes = {};
  for (const { key } of LENSES[t.lens].parts) {
    if (out[key]) ordered[key] = out[key]!.sort((a, b) => codeOrder(key, a) - codeOrder(key, b) || a.localeCompare(b));
  }
  return ordered;
}

/** Names and scans for the sides of the answer, read in one go. */
export function sideNames(db: Db, activityIds: readonly number[], initiativeIds: readonly number[]) {
  const activities = activityNames(db, [...new Set(activityIds)]);
  const initiatives = new Map(initiativeRows(db, [...new Set(initiativeIds)]).map((r) => [r.id, r]));
  const scan = scanLabels(db);
  return {
    side(initiativeId: number, activityId?: number): PairSide {
      const i = initiatives.get(initiativeId)!;
      const base: PairSide = { initiativeId, initiative: i.name, scanId: i.scan_id, scan: scan(i.scan_id) };
      return activityId === undefined ? base : { ...base, activityId, activity: activities.get(activityId) ?? '' };
    },
  };
}

/** One activity pair (index positions p and q) as the answer shows it: both sides, score, shared codes. */
export function activityPairView(
  names: ReturnType<typeof sideNames>,
  t: LensTable,
  ext: IndexExtras,
  index: ActivityIndex,
  pair: { p: number; q: number; score: number; features: Iterable<number> },
): PairView {
  const [ia, ib] = [index.initiative[pair.p]!, index.initiative[pair.q]!];
  return {
    a: names.side(ia, index.ids[pair.p]!),
    b: names.side(ib, index.ids[pair.q]!),
    score: pair.score,
    shared: sharedCodes(t, pair.features),
    acrossRegions: ext.regionOf[pair.p] !== ext.regionOf[pair.q],
    shareOrganisation: shareOrganisation(ext, ia, ib),
  };
}
