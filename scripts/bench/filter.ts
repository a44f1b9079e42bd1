/**
 * `npm run bench:filter`: 50 random filters of 1–4 dimensions on the 60,000-activity stress scan —
 * the time to compute all facet counts plus the first 100 rows, as the Activiteiten screen asks —
 * against a naive baseline that scans every activity in memory for each filter. Prints figures.
 */
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { queryActivities } from '../../src-main/activities/queries';
import { facetCounts } from '../../src-main/activities/facets';
import { mulberry32 } from '../sample/prng';
import { stressDb, time } from './bench-db';

const FILTERABLE: DimensionKey[] = ['type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'goal', 'application', 'technology', 'bottleneck', 'rationale', 'effort'];

function randomFilters(n: number, seed: number): Filter[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const dims = [...FILTERABLE].sort(() => rng() - 0.5).slice(0, 1 + Math.floor(rng() * 4));
    const conditions: Condition[] = dims.map((d) => {
      const values = DIMENSIONS.find((x) => x.key === d)!.values;
      const picked = [...values].sort(() => rng() - 0.5).slice(0, 1 + Math.floor(rng() * 3)).map((v) => v.code);
      return { dimension: d, mode: rng() < 0.8 ? 'any' : 'none', values: picked };
    });
    // Without the geography hierarchy, so the naive baseline answers the same question.
    return { ...emptyFilter(), conditions, includeSubRegions: false };
  });
}

function screenQuery(db: Db, filter: Filter): number {
  const facets = facetCounts(db, { filter });
  queryActivities(db, { filter, limit: 100 });
  return facets.total;
}

/** Baseline: every activity's value ids in memory, every filter answered by scanning them all. */
function naive(db: Db) {
  const rows = db.prepare(`SELECT av.activity_id, dv.dimension, dv.code FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id`).all() as { activity_id: number; dimension: string; code: string }[];
  const byActivity = new Map<number, Map<string, Set<string>>>();
  for (const r of rows) {
    const dims = byActivity.get(r.activity_id) ?? new Map<string, Set<string>>();
    byActivity.set(r.activity_id, dims);
    const set = dims.get(r.dimension) ?? new Set<string>();
    dims.set(r.dimension, set);
    set.add(r.code);
  }
  return (filter: Filter) => {
    const matches = (dims: Map<string, Set<string>>, except?: string) =>
      filter.conditions.every((c) => {
        if (c.dimension === except) return true;
        const has = c.values.some((v) => dims.get(c.dimension)?.has(String(v)));
        return c.mode === 'none' ? !has : has;
      });
    let total = 0;
    const counts = new Map<string, number>();
    for (const dims of byActivity.values()) {
      if (matches(dims)) total++;
      for (const d of FILTERABLE) {
        if (!matches(dims, d)) continue;
        for (const code of dims.get(d) ?? []) counts.set(`${d}:${code}`, (counts.get(`${d}:${code}`) ?? 0) + 1);
      }
    }
    return total;
  };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

const fmt = (x: number) => x.toFixed(1);
const filters = randomFilters(50, 4242);

for (const [label, n, m, file] of [['sample size (100 activities)', 100, 33, 'filter-100.sqlite'], ['stress scan (60,000 activities)', 60_000, 20_000, 'filter-60000.sqlite']] as const) {
  const db = await stressDb(n, m, file);
  // Warm up as a running app is: one pass over all filters (JIT, statement cache), then measure.
  for (const f of filters) screenQuery(db, f);
  const sql = filters.map((f) => time(() => screenQuery(db, f)));
  const base = naive(db);
  const naiveMs = filters.map((f) => time(() => base(f)));
  const check = filters.every((f) => screenQuery(db, f) === base(f));
  const s = stats(sql);
  const b = stats(naiveMs);
  console.log(`${label}: facets + first 100 rows — median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms`);
  console.log(`  naive full scan in memory — median ${fmt(b.median)} ms, p95 ${fmt(b.p95)} ms; ratio median ${(s.median / b.median).toFixed(2)}×; totals agree: ${check}`);
  db.close();
}
console.log('targets: 60,000 → median ≤ 15 ms, p95 ≤ 40 ms; sample size ≤ 2 ms');
