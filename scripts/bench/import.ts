/**
 * `npm run bench:import`: the full import of a 60,000-activity / 20,000-initiative workbook against
 * its floor — SheetJS reading the same file plus a bare better-sqlite3 insert of the same rows in
 * one transaction — each in its own process so peak memory is its own. Prints figures, not verdicts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src-main/version';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from './stress-scan';

const dir = join(REPO_ROOT, 'tmp', 'bench');
mkdirSync(dir, { recursive: true });
const stressFile = join(dir, 'stress-60000.xlsx');

function run(mode: string, file: string): { ms: number; maxRssMb: number; detail: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'bench', 'import-child.ts'), mode, file, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; maxRssMb: number; detail: string };
}

let t = Date.now();
if (!existsSync(stressFile)) {
  writeFileSync(stressFile, writeCanonicalWorkbook(buildStressScan()));
  console.log(`generated ${stressFile} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`stress workbook: ${(statSync(stressFile).size / 1024 / 1024).toFixed(1)} MB, 60,000 activities / 20,000 initiatives`);

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const floors: number[] = [];
const fulls: number[] = [];
let floorRss = 0;
let fullRss = 0;
let detail = '';
for (let i = 0; i < RUNS; i++) {
  const floor = run('floor', stressFile);
  const full = run('full', stressFile);
  floors.push(floor.ms);
  fulls.push(full.ms);
  floorRss = Math.max(floorRss, floor.maxRssMb);
  fullRss = Math.max(fullRss, full.maxRssMb);
  detail = full.detail;
  console.log(`run ${i + 1}: floor ${floor.ms} ms (${floor.detail}), full import ${full.ms} ms (${full.detail})`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floorMs = median(floors);
const fullMs = median(fulls);
console.log('');
console.log(`floor (SheetJS read + bare insert, one transaction): ${floorMs} ms median of ${RUNS}, peak RSS ${floorRss} MB`);
console.log(`full import (read, match, report, write):          ${fullMs} ms median of ${RUNS}, peak RSS ${fullRss} MB`);
console.log(`ratio full / floor: ${(fullMs / floorMs).toFixed(2)}× (target ≤ 1.5×); peak memory ${fullRss} MB (target < 1536 MB)`);
console.log(`full import detail: ${detail}`);

t = Date.now();
const sample = run('full', join(REPO_ROOT, 'data', 'regioscan-noord-nederland-2022.xlsx'));
console.log(`sample scan (100 activities) import: ${sample.ms} ms in its process (${sample.detail})`);
rmSync(join(dir, 'bench.sqlite'), { force: true });
