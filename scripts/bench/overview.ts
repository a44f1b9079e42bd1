/**
 * `npx tsx scripts/bench/overview.ts`: the Overzicht (overview.build: every dimension's counts and
 * all report tables) for 50 random filters on the 60,000-activity stress scan and on a sample-sized
 * scan, after one warm-up pass, as the running app would ask. Prints figures, not verdicts.
 */
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import { activityIndex } from '../../src-main/activities/activity-index';
import { buildOverview } from '../../src-main/overview/overview';
import { mulberry32 } from '../sample/prng';
import { stressDb, time } from './bench-db';

const FILTERABLE: DimensionKey[] = ['type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'technology', 'bottleneck', 'rationale', 'effort'];

function randomFilters(n: number, seed: number): Filter[] {
  const rng = mulberry32(seed);
  const filters = Array.from({ length: n - 1 }, () => {
    const dims = [...FILTERABLE].sort(() => rng() - 0.5).slice(0, 1 + Math.floor(rng() * 3));
    const conditions: Condition[] = dims.map((d) => {
      const values = DIMENSIONS.find((x) => x.key === d)!.values;
      return { dimension: d, mode: rng() < 0.8 ? 'any' : 'none', values: [...values].sort(() => rng() - 0.5).slice(0, 1 + Math.floor(rng() * 3)).map((v) => v.code) };
    });
    return { ...emptyFilter(), conditions };
  });
  return [emptyFilter(), ...filters];
}

const fmt = (x: number) => x.toFixed(1);
const filters = randomFilters(50, 777);
for (const [label, n, m, file] of [['sample size (100 activities)', 100, 33, 'filter-100.sqlite'], ['stress scan (60,000 activities)', 60_000, 20_000, 'filter-60000.sqlite']] as const) {
  const db = await stressDb(n, m, file);
  const index = time(() => activityIndex(db));
  const first = time(() => buildOverview(db, { filter: emptyFilter() }));
  for (const f of filters) buildOverview(db, { filter: f });
  const ms = filters.map((f) => time(() => buildOverview(db, { filter: f }))).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  const whole = buildOverview(db, { filter: emptyFilter() });
  console.log(`${label}: index build ${fmt(index)} ms, first overview ${fmt(first)} ms (reads reach units and providers once)`);
  console.log(`  overview.build, 50 filters — median ${fmt(at(0.5))} ms, p95 ${fmt(at(0.95))} ms, max ${fmt(ms[ms.length - 1]!)} ms; unfiltered: ${whole.total} activities, ${whole.providers.rows.length} organisations in ≥ 5 initiatives`);
  db.close();
}
