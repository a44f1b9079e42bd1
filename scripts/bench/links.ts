/**
 * `npm run bench:links`: proposing links between a scan and its generated re-scan
 * (scripts/sample/scan-pair.ts) at 33 (the sample), 220 (the national scale), 600 and 2,000
 * initiatives: the proposal step alone (match.ts on facts already read) and the whole `links`
 * answer (facts read through the activity index, stored decisions laid over), and the Overzicht's
 * count of initiatives once across the two scans (docs/links.md §6). Target (issue 17):
 * 220 × 220 initiatives ≤ 1 s. Figures only; no verdicts.
 */
import { openDatabase } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { scanFacts } from '../../src-main/links/facts';
import { listLinks } from '../../src-main/links/links';
import { countInitiativesOnce } from '../../src-main/links/rollup';
import { buildOverview } from '../../src-main/overview';
import { emptyFilter } from '../../src-shared/filter';
import { proposeLinks } from '../../src-main/links/match';
import type { ScanData } from '../../src-main/workbook/scan-data';
import { buildSampleScan } from '../sample/build';
import { buildDerivedScan } from '../sample/derived-scan';
import { nextScan } from '../sample/scan-pair';
import { median } from './bench-db';

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

const SIZES: { initiatives: number; activities: number }[] = [
  { initiatives: 33, activities: 0 },
  { initiatives: 220, activities: 600 },
  { initiatives: 600, activities: 1600 },
  { initiatives: 2000, activities: 5400 },
];

const rows: { n: number; m: number; propose: number; whole: number }[] = [];
for (const size of SIZES) {
  const base: ScanData = size.activities === 0 ? buildSampleScan() : buildDerivedScan({ region: 'Nederland', year: 2023, ...size, seed: 2023 });
  const newcomers = buildDerivedScan({ region: base.scan.region, year: 2025, initiatives: Math.max(8, Math.round(base.initiatives.length / 8)), activities: Math.max(20, Math.round(base.activities.length / 8)), seed: 7 });
  const pair = nextScan(base, newcomers, { year: 2025, seed: 99 });
  const db = await openDatabase(':memory:');
  const write = (data: ScanData) => writeScan(db, data, [], { fileName: null, sha256: null }).scanId;
  const from = write(base);
  const to = write(pair.next);
  const a = scanFacts(db, from);
  const b = scanFacts(db, to);
  const propose = [0, 1, 2].map(() => timed(() => proposeLinks(a.initiatives, b.initiatives)));
  const whole = [0, 1, 2].map(() => timed(() => listLinks(db, from, to)));
  const links = whole[0]![0];
  const auto = links.filter((l) => l.status === 'auto').length;
  const n = a.initiatives.length;
  const m = b.initiatives.length;
  rows.push({ n, m, propose: median(propose.map(([, ms]) => ms)), whole: median(whole.map(([, ms]) => ms)) });
  console.log(
    `${n} × ${m} initiatives (${base.activities.length} + ${pair.next.activities.length} activities): proposals ${median(propose.map(([, ms]) => ms)).toFixed(0)} ms median, ` +
      `whole 'links' answer ${median(whole.map(([, ms]) => ms)).toFixed(0)} ms median; ${auto} automatic links, ${links.length - auto} proposals`,
  );
  const ids = new Set([...a.initiatives, ...b.initiatives].map((i) => i.id));
  const once = [0, 1, 2].map(() => timed(() => countInitiativesOnce(db, [from, to], ids)));
  const overview = [0, 1, 2].map(() => timed(() => buildOverview(db, { filter: emptyFilter([from, to]) })));
  console.log(
    `  counted once across both scans: ${once[0]![0].count} of ${ids.size} initiatives in ${median(once.map(([, ms]) => ms)).toFixed(1)} ms median ` +
      `(the whole Overzicht: ${median(overview.map(([, ms]) => ms)).toFixed(0)} ms median)`,
  );
  db.close();
}
const at220 = rows.find((r) => r.n === 220);
if (at220) console.log(`target: 220 × 220 ≤ 1,000 ms; measured ${at220.whole.toFixed(0)} ms for the whole answer (${(at220.whole / 1000).toFixed(2)} of the budget)`);
for (let i = 1; i < rows.length; i++) {
  const pairs = (rows[i]!.n * rows[i]!.m) / (rows[i - 1]!.n * rows[i - 1]!.m);
  console.log(`${rows[i - 1]!.n} → ${rows[i]!.n}: ${pairs.toFixed(1)}× the pairs, ${(rows[i]!.propose / rows[i - 1]!.propose).toFixed(1)}× the proposal time`);
}
