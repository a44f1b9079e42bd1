/**
 * Proposing links between the initiatives of two scans (docs/links.md §2). Pure: it sees the two
 * scans as facts (facts.ts) and returns automatic links and scored proposals with their evidence.
 *
 * - Equal normalised names, each unique in its scan: an automatic link (score 1).
 * - Every other cross pair that shares any evidence (a name trigram, an organisation, the website,
 *   a word of an activity name; keys so common that they say nothing are skipped, see blockingCap)
 *   is scored: name similarity, shared organisations per role, similar activity names and the same
 *   website, weighted and averaged over the evidence both sides have. Pairs that could not reach
 *   PROPOSE_AT even with identical activity names are not compared further (quickScore).
 * - A scored pair is proposed when it reaches PROPOSE_AT and is (nearly) the best partner of at
 *   least one of its two initiatives, so a split (one → two) and a merge (two → one) are proposed,
 *   and a pair whose both ends have better partners is not.
 */
import type { LinkReason } from '../../src-shared/links';
import { jaccard, TokenSimilarity } from './similarity';

export interface ActivityFacts {
  id: number;
  name: string;
  key: string;
  tokens: string[];
  /** The activity type's code, if coded. */
  type: string | null;
  /** Every dimension code of the activity, as `dimension:code`. */
  codes: ReadonlySet<string>;
}

export interface InitiativeFacts {
  id: number;
  name: string;
  key: string;
  tokens: string[];
  website: string | null;
  /** Per role, the organisations (id → name) of the initiative's activities. */
  organisations: ReadonlyMap<string, ReadonlyMap<number, string>>;
  activities: ActivityFacts[];
}

export interface ScoredPair {
  from: InitiativeFacts;
  to: InitiativeFacts;
  score: number;
  reasons: LinkReason[];
  status: 'auto' | 'proposed';
}

/** Lowest score a pair is proposed at (calibrated on the generated scan pairs of tests/unit/links-quality.test.ts). */
export const PROPOSE_AT = 0.6;
/** A pair within this much of an initiative's best partner counts as (nearly) its best. */
const BEST_MARGIN = 0.05;
/** Evidence weights; a kind both sides lack is left out of the average. */
const WEIGHTS = { name: 0.5, organisations: 0.25, activities: 0.15, website: 0.1 } as const;

function trigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const padded = ` ${t} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Keys that make two initiatives a candidate pair: name trigrams, organisations, website, activity words. */
function blockingKeys(i: InitiativeFacts): Set<string> {
  const keys = new Set<string>();
  for (const g of trigrams(i.tokens)) keys.add(`n:${g}`);
  for (const orgs of i.organisations.values()) for (const id of orgs.keys()) keys.add(`o:${id}`);
  if (i.website) keys.add(`w:${i.website}`);
  for (const a of i.activities) for (const t of a.tokens) if (t.length >= 4) keys.add(`a:${t}`);
  return keys;
}

/** The weighted average of the evidence both sides have (null: a kind one side lacks). */
function combine(name: number, organisations: number | null, activities: number | null, website: number | null): number {
  let sum = WEIGHTS.name * name;
  let weight = WEIGHTS.name;
  if (organisations !== null) {
    sum += WEIGHTS.organisations * organisations;
    weight += WEIGHTS.organisations;
  }
  if (activities !== null) {
    sum += WEIGHTS.activities * activities;
    weight += WEIGHTS.activities;
  }
  if (website !== null) {
    sum += WEIGHTS.website * website;
    weight += WEIGHTS.website;
  }
  return round(sum / weight);
}

/** An initiative made ready for many comparisons: interned name and activity names, numeric role–organisation keys. */
interface Prepared {
  facts: InitiativeFacts;
  name: number;
  activities: number[];
  ties: Set<number>;
}

const ROLE_SHIFT = 0x100000000;

function prepare(i: InitiativeFacts, sim: TokenSimilarity, roles: Map<string, number>): Prepared {
  const ties = new Set<number>();
  for (const [role, orgs] of i.organisations) {
    let r = roles.get(role);
    if (r === undefined) roles.set(role, (r = roles.size));
    for (const id of orgs.keys()) ties.add(r * ROLE_SHIFT + id);
  }
  return { facts: i, name: sim.name(i.tokens), activities: [...new Set(i.activities.map((a) => sim.name(a.tokens)))], ties };
}

/** The score of a prepared pair, or null when even perfect activity names could not lift it to PROPOSE_AT. */
function quickScore(f: Prepared, t: Prepared, sim: TokenSimilarity): number | null {
  const name = f.facts.key !== '' && f.facts.key === t.facts.key ? 1 : sim.names2(f.name, t.name);
  const orgs = f.ties.size > 0 && t.ties.size > 0 ? (jaccard(f.ties, t.ties) ?? 0) : null;
  const web = f.facts.website !== null && t.facts.website !== null ? (f.facts.website === t.facts.website ? 1 : 0) : null;
  const hasActivities = f.activities.length > 0 && t.activities.length > 0;
  if (!hasActivities) return combine(name, orgs, null, web);
  if (combine(name, orgs, 1, web) < PROPOSE_AT) return null;
  return combine(name, orgs, sim.sets(f.activities, t.activities), web);
}

/** Scores one pair of initiatives: the weighted average of the evidence both have, with the reasons. */
export function scorePair(from: InitiativeFacts, to: InitiativeFacts, sim: TokenSimilarity = new TokenSimilarity()): { score: number; reasons: LinkReason[] } {
  const reasons: LinkReason[] = [];
  const same = from.key !== '' && from.key === to.key;
  const name = same ? 1 : sim.tokens(from.tokens, to.tokens);
  reasons.push({ kind: 'name', similarity: round(name), same });
  let organisations: number | null = null;
  if (from.organisations.size > 0 && to.organisations.size > 0) {
    const roles = new Map<string, number>();
    organisations = jaccard(prepare(from, sim, roles).ties, prepare(to, sim, roles).ties) ?? 0;
    for (const [role, orgs] of from.organisations) {
      const other = to.organisations.get(role);
      if (!other) continue;
      const names = [...orgs].filter(([id]) => other.has(id)).map(([, n]) => n).sort((a, b) => a.localeCompare(b, 'nl'));
      if (names.length > 0) reasons.push({ kind: 'organisation', role, organisations: names });
    }
  }
  let activities: number | null = null;
  if (from.activities.length > 0 && to.activities.length > 0) {
    const names = (i: InitiativeFacts) => [...new Set(i.activities.map((a) => sim.name(a.tokens)))];
    activities = sim.sets(names(from), names(to));
    if (activities >= 0.5) reasons.push({ kind: 'activities', similarity: round(activities) });
  }
  let website: number | null = null;
  if (from.website !== null && to.website !== null) {
    website = from.website === to.website ? 1 : 0;
    if (website === 1) reasons.push({ kind: 'website', website: from.website });
  }
  return { score: combine(name, organisations, activities, website), reasons };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Blocking keys shared by more than this many initiatives of the later scan are not used to find
 * candidates (a province that finances everything, the region's name in every title): pairs that
 * share them and anything rarer are still found and scored on all their evidence.
 */
export function blockingCap(size: number): number {
  return Math.max(25, Math.ceil(size * 0.05));
}

/** Keys that occur once in a list of initiatives. */
function uniqueKeys(list: readonly InitiativeFacts[]): Set<string> {
  const seen = new Map<string, number>();
  for (const i of list) if (i.key !== '') seen.set(i.key, (seen.get(i.key) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n === 1).map(([k]) => k));
}

/** Automatic links and proposals between two scans' initiatives, best first. */
export function proposeLinks(from: readonly InitiativeFacts[], to: readonly InitiativeFacts[]): ScoredPair[] {
  const sim = new TokenSimilarity();
  const out: ScoredPair[] = [];
  const uniqueFrom = uniqueKeys(from);
  const uniqueTo = uniqueKeys(to);
  const toByKey = new Map(to.filter((t) => uniqueTo.has(t.key)).map((t) => [t.key, t]));
  const autoFrom = new Set<number>();
  const autoTo = new Set<number>();
  for (const f of from) {
    const t = uniqueFrom.has(f.key) ? toByKey.get(f.key) : undefined;
    if (!t) continue;
    out.push({ from: f, to: t, ...scorePair(f, t, sim), status: 'auto' });
    autoFrom.add(f.id);
    autoTo.add(t.id);
  }

  // Candidate pairs: those sharing any blocking key that is not too common.
  const roles = new Map<string, number>();
  const fromPrepared = from.map((f) => prepare(f, sim, roles));
  const toPrepared = to.map((t) => prepare(t, sim, roles));
  const postings = new Map<string, number[]>();
  to.forEach((t, k) => {
    for (const key of blockingKeys(t)) {
      const list = postings.get(key);
      if (list) list.push(k);
      else postings.set(key, [k]);
    }
  });
  const cap = blockingCap(to.length);
  const scored: ScoredPair[] = [];
  const candidates = new Uint8Array(to.length);
  fromPrepared.forEach((pf) => {
    const f = pf.facts;
    candidates.fill(0);
    for (const key of blockingKeys(f)) {
      const list = postings.get(key);
      if (list && list.length <= cap) for (const k of list) candidates[k] = 1;
    }
    for (let k = 0; k < to.length; k++) {
      if (candidates[k] === 0) continue;
      const t = to[k]!;
      if (autoFrom.has(f.id) && autoTo.has(t.id)) continue;
      const quick = quickScore(pf, toPrepared[k]!, sim);
      if (quick === null || quick < PROPOSE_AT) continue;
      const { score, reasons } = scorePair(f, t, sim);
      scored.push({ from: f, to: t, score, reasons, status: 'proposed' });
    }
  });
  // (Nearly) the best partner of one of its ends; an automatic link is its ends' best (score 1).
  const best = new Map<string, number>();
  const raise = (key: string, score: number) => best.set(key, Math.max(best.get(key) ?? 0, score));
  for (const p of out) {
    raise(`f${p.from.id}`, 1);
    raise(`t${p.to.id}`, 1);
  }
  for (const p of scored) {
    raise(`f${p.from.id}`, p.score);
    raise(`t${p.to.id}`, p.score);
  }
  for (const p of scored) {
    if (p.score >= best.get(`f${p.from.id}`)! - BEST_MARGIN || p.score >= best.get(`t${p.to.id}`)! - BEST_MARGIN) out.push(p);
  }
  return out.sort((a, b) => (a.status === b.status ? b.score - a.score : a.status === 'auto' ? -1 : 1) || a.from.name.localeCompare(b.from.name, 'nl'));
}
