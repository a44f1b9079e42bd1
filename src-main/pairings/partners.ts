/**
 * "Leer van…": the best partners of one initiative or one activity under a lens, among the filtered
 * activities (the source itself need not match the filter), rolled up to partner initiatives; and the
 * activity pairs behind one initiative pair (what a pair shows when it is expanded).
 */
import type { Filter } from '../../src-shared/filter';
import type { PairingsResult, PairView } from '../../src-shared/model';
import type { PairingLens } from '../../src-shared/pairing';
import { UserError } from '../errors';
import type { Db } from '../db/open';
import { activityIndex, B, filterMasks, initiativeExists } from '../activities';
import { activityPairView, indexExtras, inScope, shareOrganisation, sharedCodes, sideNames, type Scope } from './context';
import { canPair, lensTable, maskBound, matchPair } from './lens-table';
import { pairablePositions } from './top-pairs';

export interface PartnerQuery {
  filter: Filter;
  lens: PairingLens;
  /** Exactly one of the two. */
  initiative?: number;
  activity?: number;
  top: number;
  scope: Scope;
  hideKnown: boolean;
}

interface Partner {
  score: number;
  pairs: number;
  features: number[];
  /** Best pair's positions (source, partner). */
  p: number;
  q: number;
}

export function partnersOf(db: Db, q: PartnerQuery): PairingsResult {
  const index = activityIndex(db);
  const t = lensTable(db, index, q.lens);
  const ext = indexExtras(db, index);
  let sources: number[];
  let sourceInitiative: number;
  if (q.activity !== undefined) {
    const p = index.position.get(q.activity);
    if (p === undefined) throw new UserError('invalid-activity', { nl: `Er is geen activiteit met nummer ${q.activity}.`, en: `There is no activity with id ${q.activity}.` });
    sources = [p];
    sourceInitiative = index.initiative[p]!;
  } else if (q.initiative !== undefined) {
    sourceInitiative = q.initiative;
    sources = [];
    for (let p = 0; p < index.n; p++) if (index.initiative[p] === q.initiative) sources.push(p);
    if (sources.length === 0 && !initiativeExists(db, q.initiative)) {
      throw new UserError('invalid-initiative', { nl: `Er is geen initiatief met nummer ${q.initiative}.`, en: `There is no initiative with id ${q.initiative}.` });
    }
  } else throw new UserError('invalid-arguments', { nl: 'Noem een initiatief of een activiteit om partners voor te zoeken.', en: 'Name an initiative or an activity to find partners for.' });
  sources = sources.filter((p) => canPair(t, p));

  const mask = filterMasks(db, index, q.filter).all;
  const stamp = new Int32Array(index.n).fill(-1);
  const partners = new Map<number, Partner>();
  let examined = 0;
  for (const s of sources) {
    // Every partner shares a code of each required part: follow only the part with the shortest lists.
    const parts = new Map<number, number[]>();
    for (let i = t.offsets[s]!; i < t.offsets[s + 1]!; i++) {
      const f = t.features[i]!;
      if (t.requiredBit[f] === 0) continue;
      const list = parts.get(t.requiredBit[f]!) ?? [];
      list.push(f);
      parts.set(t.requiredBit[f]!, list);
    }
    const length = (fs: number[]) => fs.reduce((sum, f) => sum + t.postings[f]!.length, 0);
    const via = [...parts.values()].sort((x, y) => length(x) - length(y))[0] ?? [];
    const touched: number[] = [];
    for (const f of via) {
      for (const r of t.postings[f]!) {
        if (stamp[r] === s || !B.has(mask, r) || index.initiative[r] === sourceInitiative) continue;
        stamp[r] = s;
        touched.push(r);
      }
    }
    examined += touched.length;
    for (const r of touched) {
      if (!inScope(q.scope, ext.regionOf[s]!, ext.regionOf[r]!) || maskBound(t, s, r) < 0) continue;
      const match = matchPair(t, s, r);
      if (!match) continue;
      const partner = index.initiative[r]!;
      const entry = partners.get(partner);
      if (!entry) partners.set(partner, { score: match.score, pairs: 1, features: [...match.shared], p: s, q: r });
      else {
        entry.pairs++;
        entry.features.push(...match.shared);
        if (match.score > entry.score) Object.assign(entry, { score: match.score, p: s, q: r });
      }
    }
  }
  const ranked = [...partners]
    .filter(([partner]) => !q.hideKnown || !shareOrganisation(ext, sourceInitiative, partner))
    .sort(([ia, a], [ib, b]) => b.score - a.score || b.pairs - a.pairs || ia - ib)
    .slice(0, q.top);
  const byActivity = q.activity !== undefined;
  const names = sideNames(db, byActivity ? [q.activity!, ...ranked.map(([, e]) => index.ids[e.q]!)] : [], [sourceInitiative, ...ranked.map(([id]) => id)]);
  const pairs: PairView[] = ranked.map(([partner, e]) => ({
    a: byActivity ? names.side(sourceInitiative, q.activity) : names.side(sourceInitiative),
    b: byActivity ? names.side(partner, index.ids[e.q]!) : names.side(partner),
    score: e.score,
    shared: sharedCodes(t, e.features),
    acrossRegions: ext.regionOf[e.p] !== ext.regionOf[e.q],
    shareOrganisation: shareOrganisation(ext, sourceInitiative, partner),
    activityPairs: e.pairs,
  }));
  return { lens: q.lens, by: 'initiative', pairs, activities: sources.length, examined };
}

/** Every activity pair of two initiatives that meets the lens, under the filter, best first. */
export function activityPairsOf(db: Db, lens: PairingLens, filter: Filter, a: number, b: number, scope: Scope = 'all'): PairView[] {
  const index = activityIndex(db);
  const t = lensTable(db, index, lens);
  const ext = indexExtras(db, index);
  const positions = pairablePositions(db, index, t, filter);
  const ofA = positions.filter((p) => index.initiative[p] === a);
  const ofB = positions.filter((p) => index.initiative[p] === b);
  const found: { p: number; q: number; score: number; features: number[] }[] = [];
  for (const p of ofA) {
    for (const q of ofB) {
      if (!inScope(scope, ext.regionOf[p]!, ext.regionOf[q]!)) continue;
      const match = matchPair(t, p, q);
      if (match) found.push({ p, q, score: match.score, features: match.shared });
    }
  }
  found.sort((x, y) => y.score - x.score || index.ids[x.p]! - index.ids[y.p]! || index.ids[x.q]! - index.ids[y.q]!);
  const names = sideNames(db, found.flatMap((f) => [index.ids[f.p]!, index.ids[f.q]!]), [a, b]);
  return found.map((f) => activityPairView(names, t, ext, index, f));
}
