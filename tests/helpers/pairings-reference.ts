/**
 * Leer van elkaar by brute force, straight from the database rows and the written rule — no lens
 * tables, no inverted index, no pruning — to check the fast path against at small sizes.
 */
import { dimension, type DimensionKey } from '../../src-shared/codebook';
import type { PairingLens, SharedCodes } from '../../src-shared/pairing';

/**
 * The lenses as the README and the screen state them, written out here again (not imported), so a
 * wrong weight or a wrong "required" in src-shared/pairing.ts shows up as a difference.
 */
const RULES: Record<PairingLens, { key: string; weight: number; required: boolean }[]> = {
  A: [
    { key: 'sector', weight: 3, required: true }, { key: 'form', weight: 3, required: true }, { key: 'size', weight: 1, required: false }, { key: 'phase', weight: 1, required: false },
    { key: 'maturity', weight: 1, required: false }, { key: 'goal', weight: 1, required: false }, { key: 'application', weight: 1, required: false }, { key: 'technology', weight: 1, required: false },
  ],
  B: [{ key: 'type', weight: 0, required: true }, { key: 'bottleneck', weight: 3, required: true }, { key: 'sector', weight: 1, required: false }, { key: 'form', weight: 1, required: false }],
  C: [{ key: 'rationale', weight: 3, required: true }, { key: 'provider', weight: 2, required: true }, { key: 'type', weight: 1, required: false }],
};

/** Never shared: the codebook's generic values, knelpunt 11 Overig, organisation type Overig. */
function specific(key: string, code: string): boolean {
  if (key === 'bottleneck' && code === '11') return false;
  return !dimension(key as DimensionKey).values.find((v) => v.code === code)?.generic;
}

const meetsLens = (lens: PairingLens, shared: SharedCodes) => RULES[lens].every((r) => !r.required || (shared[r.key as keyof SharedCodes]?.length ?? 0) > 0);
const pairScore = (lens: PairingLens, shared: SharedCodes) => RULES[lens].reduce((sum, r) => sum + r.weight * (shared[r.key as keyof SharedCodes]?.length ?? 0), 0);
import type { Db } from '../../src-main/db/open';

interface Row {
  id: number;
  initiative: number;
  scan: number;
  codes: Map<string, Set<string>>;
  /** role/type → organisation ids. */
  providers: Map<string, Set<number>>;
}

export interface ReferencePair {
  a: number;
  b: number;
  initiativeA: number;
  initiativeB: number;
  score: number;
  shared: SharedCodes;
  across: boolean;
}

export function loadRows(db: Db, activityIds?: ReadonlySet<number>): Row[] {
  const rows = new Map<number, Row>();
  // Regions by name: scans of one region in other years are not "across regions".
  const regionIds = new Map<string, number>();
  for (const a of db.prepare('SELECT a.id, a.initiative_id, lower(s.region) AS region FROM activity a JOIN scan s ON s.id = a.scan_id ORDER BY a.id').all() as { id: number; initiative_id: number; region: string }[]) {
    if (activityIds && !activityIds.has(a.id)) continue;
    if (!regionIds.has(a.region)) regionIds.set(a.region, regionIds.size);
    rows.set(a.id, { id: a.id, initiative: a.initiative_id, scan: regionIds.get(a.region)!, codes: new Map(), providers: new Map() });
  }
  for (const v of db.prepare('SELECT av.activity_id, v.dimension, v.code FROM activity_value av JOIN dimension_value v ON v.id = av.value_id WHERE v.code IS NOT NULL').all() as { activity_id: number; dimension: string; code: string }[]) {
    const row = rows.get(v.activity_id);
    if (!row) continue;
    if (!row.codes.has(v.dimension)) row.codes.set(v.dimension, new Set());
    row.codes.get(v.dimension)!.add(v.code);
  }
  for (const p of db.prepare('SELECT p.activity_id, p.organisation_id, p.role, o.type FROM provider p JOIN organisation o ON o.id = p.organisation_id').all() as { activity_id: number; organisation_id: number; role: string; type: string | null }[]) {
    const row = rows.get(p.activity_id);
    if (!row || p.type === null || p.type.toLowerCase() === 'overig') continue;
    const key = `${p.role}/${p.type}`;
    if (!row.providers.has(key)) row.providers.set(key, new Set());
    row.providers.get(key)!.add(p.organisation_id);
  }
  return [...rows.values()];
}

export function sharedOf(lens: PairingLens, x: Row, y: Row): SharedCodes {
  const shared: SharedCodes = {};
  for (const part of RULES[lens]) {
    if (part.key === 'provider') {
      const codes = [...x.providers.keys()].filter((k) => {
        const other = y.providers.get(k);
        if (!other) return false;
        // Some organisation on one side differs from some organisation on the other.
        return [...x.providers.get(k)!].some((o1) => [...other].some((o2) => o1 !== o2));
      });
      if (codes.length) shared.provider = codes.sort();
      continue;
    }
    const key = part.key as DimensionKey;
    const mine = x.codes.get(key) ?? new Set<string>();
    const theirs = y.codes.get(key) ?? new Set<string>();
    const codes = [...mine].filter((c) => theirs.has(c) && specific(key, c)).sort();
    if (codes.length) shared[key] = codes;
  }
  return shared;
}

/** Every qualifying activity pair (a < b by id), best first, ties by ids. */
export function allPairs(lens: PairingLens, rows: readonly Row[]): ReferencePair[] {
  const out: ReferencePair[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const x = rows[i]!;
      const y = rows[j]!;
      if (x.initiative === y.initiative) continue;
      const shared = sharedOf(lens, x, y);
      if (!meetsLens(lens, shared)) continue;
      out.push({ a: x.id, b: y.id, initiativeA: x.initiative, initiativeB: y.initiative, score: pairScore(lens, shared), shared, across: x.scan !== y.scan });
    }
  }
  return out.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Best score per initiative pair, best first, ties by initiative ids. */
export function initiativePairs(pairs: readonly ReferencePair[]): { a: number; b: number; score: number; count: number }[] {
  const best = new Map<string, { a: number; b: number; score: number; count: number }>();
  for (const p of pairs) {
    const [a, b] = p.initiativeA < p.initiativeB ? [p.initiativeA, p.initiativeB] : [p.initiativeB, p.initiativeA];
    const key = `${a}:${b}`;
    const e = best.get(key);
    if (!e) best.set(key, { a, b, score: p.score, count: 1 });
    else {
      e.count++;
      e.score = Math.max(e.score, p.score);
    }
  }
  return [...best.values()].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}
