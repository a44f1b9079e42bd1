/**
 * `npm run bench:report`: the region factsheet (PDF) for the bundled sample (100 activities, 33
 * initiatives) and for the national-scale scan (600 activities, 220 initiatives): pages, bytes, and
 * the time to gather the data and to lay it out, median of 5. Prints figures, no verdicts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src-main/db/open';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import';
import { writeScan } from '../../src-main/import/write-scan';
import { assembleFactsheet, renderFactsheet } from '../../src-main/report';
import { REPO_ROOT } from '../../src-main/version';
import { emptyFilter } from '../../src-shared/filter';
import { buildDerivedScan, NATIONAL_SCAN } from '../sample/derived-scan';
import { median } from './bench-db';

const DATE = new Date(Date.UTC(2026, 11, 3));
const RUNS = 5;

const db = await openDatabase(':memory:');
const sample = (await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))!;
const national = writeScan(db, buildDerivedScan(NATIONAL_SCAN), [], { fileName: null, sha256: null }).scanId;

for (const [label, scan] of [['sample, Noord-Nederland 2022', sample], ['national-scale, Nederland 2025', national]] as const) {
  const request = { filter: emptyFilter([scan]), lang: 'nl' as const };
  const gather: number[] = [];
  const layout: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const { data } = assembleFactsheet(db, request);
    gather.push(performance.now() - t);
    t = performance.now();
    const pdf = await renderFactsheet(data, { date: DATE, version: 'bench' });
    layout.push(performance.now() - t);
    pages = pdf.pages;
    bytes = pdf.bytes.length;
  }
  const g = median(gather);
  const l = median(layout);
  if (process.argv.includes('--write')) await writeFile(join(REPO_ROOT, 'tmp', `factsheet-${scan}.pdf`), (await renderFactsheet(assembleFactsheet(db, request).data, { date: DATE, version: 'bench' })).bytes);
  console.log(`${label}: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB; gather ${g.toFixed(0)} ms + lay out ${l.toFixed(0)} ms = ${(g + l).toFixed(0)} ms median of ${RUNS} (first run ${(gather[0]! + layout[0]!).toFixed(0)} ms)`);
}
db.close();
