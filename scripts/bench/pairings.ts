/**
 * `npm run bench:pairings`: Leer van elkaar on the 60,000-activity stress scan — top 100 pairs per
 * lens (activities and initiatives), and one activity's partners — with the number of candidate
 * pairs examined against all n² / 2. Targets: top 100 per lens ≤ 2 s; one activity's partners ≤ 50 ms.
 */
import { emptyFilter } from '../../src-shared/filter';
import { PAIRING_LENSES } from '../../src-shared/pairing';
import { activityIndex } from '../../src-main/activities/activity-index';
import { lensTable } from '../../src-main/pairings/lens-table';
import { partnersOf } from '../../src-main/pairings/partners';
import { topPairs } from '../../src-main/pairings/top-pairs';
import { mulberry32 } from '../sample/prng';
import { median, stressDb } from './bench-db';

const db = await stressDb(60_000, 20_000, 'filter-60000.sqlite');

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}
const fmt = (n: number) => n.toLocaleString('en-US');

const [index, indexMs] = timed(() => activityIndex(db));
console.log(`${fmt(index.n)} activities; activity index built in ${indexMs.toFixed(0)} ms`);
const filter = emptyFilter();
const rng = mulberry32(42);
for (const lens of PAIRING_LENSES) {
  const [, tableMs] = timed(() => lensTable(db, index, lens));
  const runs = [0, 1, 2].map(() => timed(() => topPairs(db, { filter, lens, by: 'activity', top: 100, scope: 'all', hideKnown: false })));
  const result = runs[0]![0];
  const rolled = [0, 1, 2].map(() => timed(() => topPairs(db, { filter, lens, by: 'initiative', top: 100, scope: 'all', hideKnown: false })));
  const all = (result.activities * (result.activities - 1)) / 2;
  const partnerTimes: number[] = [];
  let partnerExamined = 0;
  for (let i = 0; i < 21; i++) {
    const activity = index.ids[Math.floor(rng() * index.n)]!;
    const [r, ms] = timed(() => partnersOf(db, { filter, lens, activity, top: 10, scope: 'all', hideKnown: false }));
    partnerTimes.push(ms);
    partnerExamined += r.examined;
  }
  console.log(
    `lens ${lens}: lens table ${tableMs.toFixed(0)} ms (once per data change); top 100 activity pairs ${median(runs.map(([, ms]) => ms)).toFixed(0)} ms median ` +
      `(best ${result.pairs[0]?.score}, 100th ${result.pairs.at(-1)?.score}; ${fmt(result.examined)} candidate pairs examined of ${fmt(all)} = ${((100 * result.examined) / all).toFixed(3)} %); ` +
      `top 100 initiative pairs ${median(rolled.map(([, ms]) => ms)).toFixed(0)} ms (${fmt(rolled[0]![0].examined)} examined); ` +
      `one activity's partners ${median(partnerTimes).toFixed(1)} ms median (max ${Math.max(...partnerTimes).toFixed(1)}; ${fmt(Math.round(partnerExamined / 21))} candidates on average)`,
  );
}
console.log('targets: top 100 per lens ≤ 2,000 ms; one activity’s partners ≤ 50 ms');
db.close();
