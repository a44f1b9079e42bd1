/**
 * Linking the activities of two linked initiatives (docs/links.md §3), the same way as initiatives:
 * equal normalised names (unique on each side) link automatically; otherwise pairs are scored on
 * name similarity, the same activity type and the share of dimension codes both have, and the
 * best-scoring pairs at or above ACTIVITY_PROPOSE_AT are proposed, each activity in one pair at most.
 */
import type { LinkReason } from '../../src-shared/links';
import type { ActivityFacts } from './match';
import { jaccard, TokenSimilarity } from './similarity';

export const ACTIVITY_PROPOSE_AT = 0.6;
const WEIGHTS = { name: 0.6, type: 0.2, dimensions: 0.2 } as const;

export interface ActivityPair {
  from: ActivityFacts;
  to: ActivityFacts;
  score: number;
  reasons: LinkReason[];
  status: 'auto' | 'proposed';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreActivities(from: ActivityFacts, to: ActivityFacts, sim: TokenSimilarity = new TokenSimilarity()): { score: number; reasons: LinkReason[] } {
  const same = from.key !== '' && from.key === to.key;
  const name = same ? 1 : sim.tokens(from.tokens, to.tokens);
  const reasons: LinkReason[] = [{ kind: 'name', similarity: round(name), same }];
  const type = from.type !== null && from.type === to.type ? 1 : 0;
  if (type === 1) reasons.push({ kind: 'type', code: from.type! });
  const dims = jaccard(from.codes, to.codes) ?? 0;
  if (dims > 0) reasons.push({ kind: 'dimensions', similarity: round(dims) });
  return { score: round(WEIGHTS.name * name + WEIGHTS.type * type + WEIGHTS.dimensions * dims), reasons };
}

export function linkActivities(from: readonly ActivityFacts[], to: readonly ActivityFacts[], sim: TokenSimilarity = new TokenSimilarity()): ActivityPair[] {
  const out: ActivityPair[] = [];
  const count = (list: readonly ActivityFacts[]) => list.reduce((m, a) => m.set(a.key, (m.get(a.key) ?? 0) + 1), new Map<string, number>());
  const fromKeys = count(from);
  const toKeys = count(to);
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  for (const f of from) {
    if (fromKeys.get(f.key) !== 1) continue;
    const t = to.find((x) => x.key === f.key);
    if (!t || toKeys.get(t.key) !== 1) continue;
    out.push({ from: f, to: t, ...scoreActivities(f, t, sim), status: 'auto' });
    usedFrom.add(f.id);
    usedTo.add(t.id);
  }
  const scored: ActivityPair[] = [];
  for (const f of from) {
    if (usedFrom.has(f.id)) continue;
    for (const t of to) {
      if (usedTo.has(t.id)) continue;
      const s = scoreActivities(f, t, sim);
      if (s.score >= ACTIVITY_PROPOSE_AT) scored.push({ from: f, to: t, ...s, status: 'proposed' });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  for (const p of scored) {
    if (usedFrom.has(p.from.id) || usedTo.has(p.to.id)) continue;
    out.push(p);
    usedFrom.add(p.from.id);
    usedTo.add(p.to.id);
  }
  return out;
}
