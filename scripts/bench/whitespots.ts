/**
 * `npm run bench:whitespots`: the Witte vlekken matrix and Vergelijken on a 60,000-activity stress
 * scan beside a 20,000-activity one (100× and 33× all of the Netherlands), with and without a filter.
 * Prints figures, no verdicts.
 */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { writeScan } from '../../src-main/import/write-scan';
import { compareScans } from '../../src-main/compare/compare';
import { whiteSpots, type WhiteSpotQuery } from '../../src-main/whitespots/whitespots';
import { buildStressScan } from './stress-scan';
import { benchDb, medianTime } from './bench-db';

const db = await benchDb('compare-60000-20000.sqlite', (fresh) => {
  const big = buildStressScan(60_000, 20_000);
  const small = buildStressScan(20_000, 7_000, 2023);
  writeScan(fresh, { ...small, scan: { ...small.scan, region: 'Vergelijkregio', year: 2023 } }, [], { fileName: null, sha256: null });
  writeScan(fresh, big, [], { fileName: null, sha256: null });
});
const scans = (db.prepare('SELECT id FROM scan ORDER BY id').all() as { id: number }[]).map((r) => r.id);
const n = (db.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n;

const filtered: Filter = { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['signaleren', 'kennisplatform'] }, { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }] };
console.log(`${n.toLocaleString('en-GB')} activities in ${scans.length} scans`);
const matrices: [string, WhiteSpotQuery][] = [
  ['white spots, default sector × form × knelpunt 0–10', { filter: emptyFilter() }],
  ['white spots, default, filtered (type and knelpunt)', { filter: filtered }],
  ['white spots, type × geography × technology', { filter: emptyFilter(), rows: 'type', cols: 'geography', layers: 'technology' }],
];
for (const [label, query] of matrices) {
  const r = whiteSpots(db, query);
  console.log(`${label}: ${r.combinations} cells, ${r.empty} empty, ${r.total} activities; ${medianTime(() => whiteSpots(db, query)).toFixed(1)} ms median`);
}
for (const [label, filter] of [['compare, no filter', emptyFilter()], ['compare, filtered (type and knelpunt)', filtered]] as const) {
  const r = compareScans(db, { scans, filter });
  const values = r.dimensions.reduce((a, d) => a + d.values.length, 0);
  console.log(`${label}: ${r.scans.map((s) => s.total).join(' + ')} activities, ${values} values over ${r.dimensions.length} dimensions; ${medianTime(() => compareScans(db, { scans, filter })).toFixed(1)} ms median`);
}
db.close();
