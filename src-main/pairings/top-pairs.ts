/**
 * The best pairs under a lens for a filter, without looking at all n² pairs.
 *
 * Activities that lack a required kind of code are left out first. The rest are visited in the
 * order of their upper bound (the sum of the weights of their own codes: no pair with them can score
 * more), and the search stops at the first whose bound is below the top N's lowest score T. Each
 * visited activity is compared only with earlier ones that share a code of its *prefix* (prefix
 * filtering, as in set-similarity joins): its codes in one global order, rarest first, up to where
 * the rest weighs less than T. Candidates are then matched exactly. Pairs scoring exactly T are still
 * found, so ties come out ordered by id as documented.
 */
import type { Filter } from '../../src-shared/filter';
import type { PairingsResult, PairView } from '../../src-shared/model';
import type { PairingLens } from '../../src-shared/pairing';
import type { Db } from '../db/open';
import { activityIndex, B, filterMasks, type ActivityIndex } from '../activities';
import { activityPairView, indexExtras, inScope, shareOrganisation, sharedCodes, sideNames, type Scope } from './context';
import { canPair, lensTable, maskBound, matchPair, type LensTable } from './lens-table';

export interface PairQuery {
  filter: Filter;
  lens: PairingLens;
  by: 'activity' | 'initiative';
  top: number;
  scope: Scope;
  /** Leave out pairs of initiatives that have an organisation in common. */
  hideKnown: boolean;
}

interface Found {
  score: number;
  /** Tie-break keys: lower first. */
  k1: number;
  k2: number;
  p: number;
  q: number;
}

const better = (x: Found, y: Found) => y.score - x.score || x.k1 - y.k1 || x.k2 - y.k2;

/** Positions under the filter that can pair at all. */
export function pairablePositions(db: Db, index: ActivityIndex, t: LensTable, filter: Filter): number[] {
  const mask = filterMasks(db, index, filter).all;
  const out: number[] = [];
  B.forEachAnd(mask, mask, (p) => {
    if (canPair(t, p)) out.push(p);
  });
  return out;
}

export function topPairs(db: Db, q: PairQuery): PairingsResult {
  const index = activityIndex(db);
  const t = lensTable(db, index, q.lens);
  const ext = indexExtras(db, index);
  const candidates = pairablePositions(db, index, t, q.filter);
  candidates.sort((a, b) => t.upperBound[b]! - t.upperBound[a]! || a - b);
  const m = candidates.length;
  const ub = Int32Array.from(candidates, (p) => t.upperBound[p]!);
  // A global order of the features, rarest first: prefixes then hold the rare codes, whose lists are short.
  const F = t.featureInfo.length;
  const frequency = new Int32Array(F);
  for (const p of candidates) for (let i = t.offsets[p]!; i < t.offsets[p + 1]!; i++) frequency[t.features[i]!] = frequency[t.features[i]!]! + 1;
  const globalOrder = Array.from({ length: F }, (_, f) => f).sort((a, b) => frequency[a]! - frequency[b]! || a - b);
  const orderOf = new Int32Array(F);
  globalOrder.forEach((f, i) => (orderOf[f] = i));
  // Each candidate's features in that order (compressed rows by rank).
  const rowStart = new Int32Array(m + 1);
  candidates.forEach((p, r) => (rowStart[r + 1] = rowStart[r]! + t.offsets[p + 1]! - t.offsets[p]!));
  const ordered = new Int32Array(rowStart[m]!);
  candidates.forEach((p, r) => {
    const row = Array.from(t.features.subarray(t.offsets[p]!, t.offsets[p + 1]!)).sort((a, b) => orderOf[a]! - orderOf[b]!);
    ordered.set(row, rowStart[r]!);
  });
  /**
   * Prefix filtering: with the features of r in the global order, its prefix ends where the weight of
   * the rest drops below the threshold. Two activities that share weight ≥ threshold share their
   * first shared feature, and it lies in both prefixes (else all they share would weigh less).
   */
  const prefixEnd = (r: number, threshold: number): number => {
    let rest = 0;
    let k = rowStart[r + 1]!;
    while (k > rowStart[r]! && rest + t.weight[ordered[k - 1]!]! < threshold) rest += t.weight[ordered[--k]!]!;
    return k;
  };
  // Built as we go: feature → the ranks already visited whose prefix holds it.
  const postings: number[][] = Array.from({ length: F }, () => []);

  const stamp = new Int32Array(m).fill(-1);
  const touched = new Int32Array(m);
  let threshold = 0;
  let examined = 0;
  let found: Found[] = [];
  const bestPerInitiatives = new Map<string, Found>();
  const known = new Map<string, boolean>();

  const keep = () => {
    const all = q.by === 'activity' ? found : [...bestPerInitiatives.values()];
    all.sort(better);
    all.length = Math.min(all.length, q.top);
    if (q.by === 'activity') found = all;
    else {
      bestPerInitiatives.clear();
      for (const f of all) bestPerInitiatives.set(`${f.k1}:${f.k2}`, f);
    }
    if (all.length === q.top) threshold = all[all.length - 1]!.score;
  };

  for (let r = 0; r < m; r++) {
    // Pairs with an activity further down score at most its bound, which is lower still.
    if (ub[r]! < threshold) break;
    const p = candidates[r]!;
    const end = prefixEnd(r, threshold);
    let nt = 0;
    for (let k = rowStart[r]!; k < end; k++) {
      const list = postings[ordered[k]!]!;
      for (let x = 0; x < list.length; x++) {
        const j = list[x]!;
        if (stamp[j] === r) continue;
        stamp[j] = r;
        touched[nt++] = j;
      }
    }
    for (let k = rowStart[r]!; k < end; k++) postings[ordered[k]!]!.push(r);
    examined += nt;
    const ia = index.initiative[p]!;
    for (let k = 0; k < nt; k++) {
      const j = touched[k]!;
      const other = candidates[j]!;
      if (maskBound(t, p, other) < threshold) continue;
      const ib = index.initiative[other]!;
      if (ia === ib || !inScope(q.scope, ext.regionOf[p]!, ext.regionOf[other]!)) continue;
      const match = matchPair(t, p, other);
      if (!match || match.score < threshold) continue;
      const [lowI, highI] = ia < ib ? [ia, ib] : [ib, ia];
      if (q.hideKnown) {
        const key = `${lowI}:${highI}`;
        let shares = known.get(key);
        if (shares === undefined) known.set(key, (shares = shareOrganisation(ext, lowI, highI)));
        if (shares) continue;
      }
      if (q.by === 'activity') {
        const [a, b] = index.ids[p]! < index.ids[other]! ? [p, other] : [other, p];
        found.push({ score: match.score, k1: index.ids[a]!, k2: index.ids[b]!, p: a, q: b });
        if (found.length >= 2 * q.top) keep();
      } else {
        const key = `${lowI}:${highI}`;
        const entry: Found = { score: match.score, k1: lowI, k2: highI, p, q: other };
        const before = bestPerInitiatives.get(key);
        if (!before || match.score > before.score) bestPerInitiatives.set(key, entry);
        if (bestPerInitiatives.size >= 4 * q.top) keep();
      }
    }
  }
  keep();
  const chosen = q.by === 'activity' ? found : [...bestPerInitiatives.values()];
  return { lens: q.lens, by: q.by, pairs: describePairs(db, index, t, q, chosen, candidates), activities: m, examined };
}

function describePairs(db: Db, index: ActivityIndex, t: LensTable, q: PairQuery, chosen: Found[], candidates: number[]): PairView[] {
  const ext = indexExtras(db, index);
  if (q.by === 'activity') {
    const names = sideNames(db, chosen.flatMap((f) => [index.ids[f.p]!, index.ids[f.q]!]), chosen.flatMap((f) => [index.initiative[f.p]!, index.initiative[f.q]!]));
    return chosen.map((f) => {
      const match = matchPair(t, f.p, f.q)!;
      return activityPairView(names, t, ext, index, { p: f.p, q: f.q, score: match.score, features: match.shared });
    });
  }
  // Per chosen initiative pair: every activity pair of the two under the filter, for the count and the reason.
  const wanted = new Set(chosen.flatMap((f) => [f.k1, f.k2]));
  const positionsOf = new Map<number, number[]>();
  for (const p of candidates) {
    const i = index.initiative[p]!;
    if (wanted.has(i)) (positionsOf.get(i) ?? positionsOf.set(i, []).get(i)!).push(p);
  }
  const names = sideNames(db, [], [...wanted]);
  return chosen.map((f) => {
    let pairs = 0;
    const features: number[] = [];
    for (const p of positionsOf.get(f.k1) ?? []) {
      for (const r of positionsOf.get(f.k2) ?? []) {
        if (!inScope(q.scope, ext.regionOf[p]!, ext.regionOf[r]!)) continue;
        const match = matchPair(t, p, r);
        if (!match) continue;
        pairs++;
        features.push(...match.shared);
      }
    }
    return {
      a: names.side(f.k1),
      b: names.side(f.k2),
      score: f.score,
      shared: sharedCodes(t, features),
      acrossRegions: ext.regionOf[f.p] !== ext.regionOf[f.q],
      shareOrganisation: shareOrganisation(ext, f.k1, f.k2),
      activityPairs: pairs,
    };
  });
}
