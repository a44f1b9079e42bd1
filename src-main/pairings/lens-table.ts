/**
 * Per lens, the codes each activity could share, as integer features in compressed rows (CSR), with
 * an inverted index (feature → activity positions). Built once per activity index and lens, then
 * reused by every pairing request until the data changes.
 */
import { foldKey, type DimensionKey } from '../../src-shared/codebook';
import { CATCH_ALL_ORGANISATION_TYPES, isSpecificCode, LENSES, type PairingLens, type SharedKey } from '../../src-shared/pairing';
import type { Db } from '../db/open';
import { B, providersWithType, type ActivityIndex } from '../activities';

export interface Feature {
  /** Index of the lens part (LENSES[lens].parts) the feature belongs to. */
  part: number;
  key: SharedKey;
  code: string;
}

export interface LensTable {
  lens: PairingLens;
  n: number;
  featureInfo: Feature[];
  /** Points for sharing the feature. */
  weight: Int32Array;
  /** The bit of the feature's part when that part is required, else 0. */
  requiredBit: Int32Array;
  /** All required bits together. */
  requiredMask: number;
  /** Features of activity p: features[offsets[p] .. offsets[p+1]), ascending. */
  offsets: Int32Array;
  features: Int32Array;
  /**
   * Aligned with `features`, for provider features: the one organisation the activity has in that
   * role with that type, or -1 when it has several (two activities then always have different ones).
   */
  single: Int32Array;
  /** Positions of the activities having each feature, ascending. */
  postings: Int32Array[];
  /** Sum of the weights of activity p's features: no pair with p can score more. */
  upperBound: Int32Array;
  /** Number of lens parts. */
  parts: number;
  /** Points per shared code, and 1 when required, per part. */
  partWeight: Int32Array;
  partRequired: Uint8Array;
  /**
   * Per activity and part (p * parts + part), a 32-bit mask of its codes there (code number within
   * the part, modulo 32): two activities can share at most popcount(a & b) codes of a part.
   */
  masks: Int32Array;
}

/** Bits set in a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const tables = new WeakMap<ActivityIndex, Map<PairingLens, LensTable>>();

export function lensTable(db: Db, index: ActivityIndex, lens: PairingLens): LensTable {
  let perLens = tables.get(index);
  if (!perLens) tables.set(index, (perLens = new Map()));
  let table = perLens.get(lens);
  if (!table) perLens.set(lens, (table = buildLensTable(db, index, lens)));
  return table;
}

function buildLensTable(db: Db, index: ActivityIndex, lens: PairingLens): LensTable {
  const parts = LENSES[lens].parts;
  const featureInfo: Feature[] = [];
  const byKey = new Map<string, number>();
  const featureOf = (part: number, key: SharedKey, code: string): number => {
    const k = `${key}\u0000${code}`;
    let f = byKey.get(k);
    if (f === undefined) {
      f = featureInfo.length;
      featureInfo.push({ part, key, code });
      byKey.set(k, f);
    }
    return f;
  };
  // Per activity: [feature, single] pairs, gathered from the value bitsets and the providers.
  const perActivity: number[][] = Array.from({ length: index.n }, () => []);
  parts.forEach((p, partIndex) => {
    if (p.key === 'provider') return;
    const key = p.key as DimensionKey;
    for (const value of index.values.values()) {
      if (value.dimension !== key || value.code === null || !isSpecificCode(key, value.code)) continue;
      const bits = index.valueBits.get(value.id);
      if (!bits) continue;
      const f = featureOf(partIndex, key, value.code);
      B.forEachAnd(bits, bits, (pos) => perActivity[pos]!.push(f, 0));
    }
  });
  const providerPart = parts.findIndex((p) => p.key === 'provider');
  if (providerPart >= 0) {
    // role/type → the organisations an activity has there.
    const orgs = new Map<string, Set<number>>();
    const rows = providersWithType(db);
    for (const [activityId, orgId, role, type] of rows) {
      const pos = index.position.get(activityId);
      const typeKey = type === null ? '' : foldKey(type).replace(/\//g, '-');
      if (pos === undefined || typeKey === '' || CATCH_ALL_ORGANISATION_TYPES.has(typeKey)) continue;
      const k = `${pos}\u0000${role}/${typeKey}`;
      let set = orgs.get(k);
      if (!set) orgs.set(k, (set = new Set()));
      set.add(orgId);
    }
    for (const [k, set] of orgs) {
      const [pos, code] = k.split('\u0000') as [string, string];
      perActivity[Number(pos)]!.push(featureOf(providerPart, 'provider', code), set.size === 1 ? [...set][0]! : -1);
    }
  }
  const F = featureInfo.length;
  const weight = Int32Array.from(featureInfo, (f) => parts[f.part]!.weight);
  const requiredBit = Int32Array.from(featureInfo, (f) => (parts[f.part]!.required ? 1 << f.part : 0));
  const requiredMask = parts.reduce((m, p, i) => (p.required ? m | (1 << i) : m), 0);
  const offsets = new Int32Array(index.n + 1);
  for (let p = 0; p < index.n; p++) offsets[p + 1] = offsets[p]! + perActivity[p]!.length / 2;
  const features = new Int32Array(offsets[index.n]!);
  const single = new Int32Array(features.length);
  const upperBound = new Int32Array(index.n);
  const postingCounts = new Int32Array(F);
  for (let p = 0; p < index.n; p++) {
    const list = perActivity[p]!;
    const order = Array.from({ length: list.length / 2 }, (_, i) => i).sort((a, b) => list[2 * a]! - list[2 * b]!);
    let at = offsets[p]!;
    for (const i of order) {
      const f = list[2 * i]!;
      features[at] = f;
      single[at++] = list[2 * i + 1]!;
      upperBound[p] = upperBound[p]! + weight[f]!;
      postingCounts[f] = postingCounts[f]! + 1;
    }
  }
  const postings = Array.from({ length: F }, (_, f) => new Int32Array(postingCounts[f]!));
  const fill = new Int32Array(F);
  for (let p = 0; p < index.n; p++) {
    for (let i = offsets[p]!; i < offsets[p + 1]!; i++) {
      const f = features[i]!;
      postings[f]![fill[f]!] = p;
      fill[f] = fill[f]! + 1;
    }
  }
  const P = parts.length;
  const inPart = new Int32Array(P);
  const featureBit = Int32Array.from(featureInfo, (f) => {
    const bit = 1 << (inPart[f.part]! % 32);
    inPart[f.part] = inPart[f.part]! + 1;
    return bit;
  });
  const masks = new Int32Array(index.n * P);
  for (let p = 0; p < index.n; p++) {
    for (let i = offsets[p]!; i < offsets[p + 1]!; i++) {
      const at = p * P + featureInfo[features[i]!]!.part;
      masks[at] = masks[at]! | featureBit[features[i]!]!;
    }
  }
  return {
    lens, n: index.n, featureInfo, weight, requiredBit, requiredMask, offsets, features, single, postings, upperBound,
    parts: P, partWeight: Int32Array.from(parts, (x) => x.weight), partRequired: Uint8Array.from(parts, (x) => (x.required ? 1 : 0)), masks,
  };
}

/**
 * An upper bound on the score of p and q from their code masks, or -1 when a required part cannot be
 * shared: a few integer operations instead of matching the two code lists.
 */
export function maskBound(t: LensTable, p: number, q: number): number {
  let bound = 0;
  const P = t.parts;
  for (let part = 0; part < P; part++) {
    const both = t.masks[p * P + part]! & t.masks[q * P + part]!;
    if (both === 0) {
      if (t.partRequired[part]) return -1;
      continue;
    }
    bound += t.partWeight[part]! * popcount(both);
  }
  return bound;
}

/** Whether p can pair at all: it has a feature in every required part. */
export function canPair(t: LensTable, p: number): boolean {
  let bits = 0;
  for (let i = t.offsets[p]!; i < t.offsets[p + 1]!; i++) bits |= t.requiredBit[t.features[i]!]!;
  return bits === t.requiredMask;
}

export interface PairMatch {
  score: number;
  /** Feature ids both share (provider features only when the organisations differ). */
  shared: number[];
}

/** What activities p and q share under the lens, or null when the pair does not meet its rule. */
export function matchPair(t: LensTable, p: number, q: number): PairMatch | null {
  let i = t.offsets[p]!;
  let j = t.offsets[q]!;
  const iEnd = t.offsets[p + 1]!;
  const jEnd = t.offsets[q + 1]!;
  let score = 0;
  let bits = 0;
  const shared: number[] = [];
  while (i < iEnd && j < jEnd) {
    const a = t.features[i]!;
    const b = t.features[j]!;
    if (a < b) i++;
    else if (b < a) j++;
    else {
      const sa = t.single[i]!;
      // Provider feature: the same single organisation on both sides is not "another organisation".
      if (!(sa > 0 && sa === t.single[j]!)) {
        shared.push(a);
        score += t.weight[a]!;
        bits |= t.requiredBit[a]!;
      }
      i++;
      j++;
    }
  }
  return bits === t.requiredMask ? { score, shared } : null;
}
