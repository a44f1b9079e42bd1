/**
 * `npm run bench:publish`: the published website at national scale (600 activities over 220
 * initiatives, scripts/sample/derived-scan.ts), written by the real `regioscan publish`:
 * - publish time (the command, in this process; median of BENCH_RUNS, default 3, after one warm-up);
 * - the folder's size, and gzipped per file (targets ≤ 3 MB and ≤ 1 MB);
 * - the first view interactive in Debian's Chromium from file:// (the site marks `data-ready` on
 *   <html> with performance.now() once its first view is rendered and answers input; target ≤ 1 s),
 *   each run in a new browser context, so nothing is cached.
 * Figures and ratios against the targets; no verdicts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { main } from '../../src-main/cli/main';
import { writeScan } from '../../src-main/import/write-scan';
import { buildDerivedScan, NATIONAL_SCAN } from '../sample/derived-scan';
import { BENCH_DIR, benchDb, median } from './bench-db';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MB = 1024 * 1024;

const db = await benchDb('publish-national.sqlite', (d) => void writeScan(d, buildDerivedScan(NATIONAL_SCAN), [], { fileName: null, sha256: null }));
const counts = db.prepare('SELECT (SELECT count(*) FROM initiative) AS initiatives, (SELECT count(*) FROM activity) AS activities').get() as { initiatives: number; activities: number };
const dbPath = db.name;
db.close();
const out = join(BENCH_DIR, 'publish-national-site');

async function publishOnce(): Promise<number> {
  let err = '';
  const started = performance.now();
  const code = await main(['publish', '--db', dbPath, '--out', out], { out: () => undefined, err: (s) => (err += s) });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`publish failed (${code}): ${err}`);
  return ms;
}

await publishOnce();
const publishTimes: number[] = [];
for (let i = 0; i < RUNS; i++) publishTimes.push(await publishOnce());

const files = readdirSync(out).map((name) => {
  const bytes = readFileSync(join(out, name));
  return { name, bytes: statSync(join(out, name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = files.reduce((n, f) => n + f.bytes, 0);
const gzip = files.reduce((n, f) => n + f.gzip, 0);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const ready: number[] = [];
const wall: number[] = [];
const errors: string[] = [];
const url = pathToFileURL(join(out, 'index.html')).href;
for (let i = 0; i <= RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const started = performance.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  const wallMs = performance.now() - started;
  const readyMs = Number(await page.getAttribute('html', 'data-ready'));
  // The first run warms Chromium itself (its own start-up, not the page's).
  if (i > 0) {
    ready.push(readyMs);
    wall.push(wallMs);
  }
  await context.close();
}
await browser.close();

const fmt = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
console.log(`Published website, national scale: ${counts.initiatives} initiatives, ${counts.activities} activities (${RUNS} runs, medians)`);
console.log(`  regioscan publish                      ${median(publishTimes).toFixed(0)} ms`);
for (const f of files) console.log(`    ${f.name.padEnd(32)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KB   gzip ${(f.gzip / 1024).toFixed(1).padStart(7)} KB`);
console.log(`  folder size                            ${fmt(total)}   target ≤ 3 MB   ratio ${(total / (3 * MB)).toFixed(2)}`);
console.log(`  folder size, gzipped per file          ${fmt(gzip)}   target ≤ 1 MB   ratio ${(gzip / MB).toFixed(2)}`);
console.log(`  first view interactive (file://)       ${median(ready).toFixed(0)} ms   target ≤ 1000 ms   ratio ${(median(ready) / 1000).toFixed(2)}   (runs: ${ready.join(', ')})`);
console.log(`  goto → ready, as the test driver sees  ${median(wall).toFixed(0)} ms`);
console.log(`  console errors                         ${errors.length}`);
