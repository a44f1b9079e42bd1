/**
 * `npm run bench:edit`: an edit (`regioscan edit … --set sector=…,reach=…` as editActivity runs it:
 * one change group with its history) until the facet counts of the Activiteiten screen show it, at
 * 600 and 60,000 activities (issue 16's targets: ≤ 100 ms and ≤ 300 ms). The index is updated in
 * place after the edit; for comparison the same edit followed by a full index rebuild. A third line
 * edits the organisations of a provider role (`--set uitvoerder=…`, a new organisation each time),
 * which is also taken into the index in place. Figures only.
 */
import { emptyFilter } from '../../src-shared/filter';
import { facetCounts, invalidateIndex } from '../../src-main/activities';
import { editActivity } from '../../src-main/edits';
import { mulberry32 } from '../sample/prng';
import { median, stressDb, time } from './bench-db';

const EDITS = Number(process.env.BENCH_EDITS ?? 25);
const SECTORS = ['A', 'C', 'G', 'J', 'M', 'Q'];

for (const n of [600, 60_000]) {
  const db = await stressDb(n, Math.ceil(n / 3), `edit-${n}.sqlite`);
  const ids = db.prepare('SELECT id FROM activity ORDER BY id').pluck().all() as number[];
  const rng = mulberry32(n);
  const edit = () => {
    const id = ids[Math.floor(rng() * ids.length)]!;
    const sectors = SECTORS.filter(() => rng() < 0.4).join(',');
    editActivity(db, id, [`sector=${sectors}`, `reach=${Math.floor(rng() * 1000)}`]);
  };
  const editProviders = (k: number) => {
    const id = ids[Math.floor(rng() * ids.length)]!;
    editActivity(db, id, [`uitvoerder=Bench organisatie ${k};Bench partner ${k % 7}`]);
  };
  facetCounts(db, { filter: emptyFilter() });
  const incremental: number[] = [];
  const providers: number[] = [];
  const writes: number[] = [];
  const facets: number[] = [];
  const cpu: number[] = [];
  const rebuilt: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const started = process.cpuUsage();
    const w = time(edit);
    const shown = time(() => facetCounts(db, { filter: emptyFilter() }));
    const used = process.cpuUsage(started);
    writes.push(w);
    facets.push(shown);
    incremental.push(w + shown);
    cpu.push((used.user + used.system) / 1000);
    rebuilt.push(time(() => {
      edit();
      invalidateIndex(db);
      facetCounts(db, { filter: emptyFilter() });
    }));
  }
  facetCounts(db, { filter: emptyFilter() });
  for (let i = 0; i < EDITS; i++) providers.push(time(() => {
    editProviders(i);
    facetCounts(db, { filter: emptyFilter() });
  }));
  db.close();
  const f = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`${n.toLocaleString('en')} activities, ${EDITS} edits each`);
  console.log(`  edit → refreshed facets, index updated in place: ${f(incremental)}   (target ≤ ${n <= 600 ? 100 : 300} ms)`);
  console.log(`    of which the edit's transaction ${f(writes)}, the facets ${f(facets)}; CPU time ${f(cpu)}`);
  console.log(`  edit → refreshed facets, index rebuilt:          ${f(rebuilt)}   (${(median(rebuilt) / median(incremental)).toFixed(1)}× the in-place median)`);
  console.log(`  a role's organisations (a new one each) → facets: ${f(providers)}   (target ≤ ${n <= 600 ? 100 : 300} ms)`);
}
