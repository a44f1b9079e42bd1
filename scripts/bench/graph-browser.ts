/**
 * The browser half of `npm run bench:graph`: the real renderer in its test build (out-test/renderer:
 * the shipped code plus the map's probe, `window.__regioscanGraph`, which the figures are read from) served by
 * `regioscan serve`, in Debian's Chromium (software WebGL, SwiftShader). Scans:
 * - default: a national-scale scan, 600 activities over 220 initiatives (scripts/sample/derived-scan.ts);
 * - BENCH_SCAN=59: the sample plus two regional scans (59 initiatives, 178 activities);
 * - BENCH_INITIATIVES=N: the uniform stress scan of 3N activities over N initiatives.
 * Per run, on a map without stored positions:
 * - time from the click on Ecosysteemkaart to sigma's first frame with nodes;
 * - when the layout has settled (stopped: forces, then overlap removal), from the click and from the
 *   first frame (target ≤ 2 s);
 * - an edge-set change: one step of the lines slider (the lines per initiative; in builds before it,
 *   the minimum weight), from the key press to the first frame drawn with the new lines (target
 *   ≤ 200 ms), and again until the re-run layout has settled;
 * - UI-thread long tasks (Long Tasks API) from the first frame to the end, the longest (target ≤ 200 ms).
 * Figures and ratios against the targets; no verdicts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { startServer } from '../../src-main/serve/server';
import { REPO_ROOT } from '../../src-main/version';
import type { GraphPerf } from '../../src-renderer/src/graph/graphPerf';
import { buildDerivedScan, NATIONAL_SCAN, TWO_REGIONAL_SCANS } from '../sample/derived-scan';
import { benchDb, median, stressDb } from './bench-db';

const PROFILE = process.argv.includes('--profile');
const RUNS = PROFILE ? 1 : Number(process.env.BENCH_RUNS ?? 3);

async function scanDb(): Promise<{ db: Db; name: string }> {
  const stress = process.env.BENCH_INITIATIVES;
  if (stress) return { db: await stressDb(Number(stress) * 3, Number(stress), `graph-${stress}.sqlite`, 7), name: `stress scan, ${Number(stress) * 3} activities / ${stress} initiatives` };
  const write = (db: Db, spec: Parameters<typeof buildDerivedScan>[0]) => writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
  if (process.env.BENCH_SCAN === '59') {
    const db = await benchDb('graph-59.sqlite', () => undefined);
    if (!db.prepare('SELECT 1 FROM scan LIMIT 1').get()) {
      await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
      for (const spec of TWO_REGIONAL_SCANS) write(db, spec);
    }
    return { db, name: 'the sample plus two regional scans, 178 activities / 59 initiatives' };
  }
  return { db: await benchDb('graph-national.sqlite', (db) => write(db, NATIONAL_SCAN)), name: `national scale, ${NATIONAL_SCAN.activities} activities / ${NATIONAL_SCAN.initiatives} initiatives` };
}

const { db, name } = await scanDb();
const rendererDir = join(REPO_ROOT, 'out-test', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out-test/renderer is missing: run `npm run build:test` first.');

const server = await startServer({ db, rendererDir, version: 'bench' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface RunResult {
  firstFrame: number;
  nodes: number;
  edges: number;
  /** Click → layout stopped, and first frame → layout stopped. */
  settledFromClick: number;
  settledFromFrame: number;
  iterations: number;
  forcesMs: number;
  /** Key press → first frame with the new edge set; → the re-run layout stopped (null: none ran). */
  edgeChange: number;
  edgeChangeSettled: number | null;
  edgesAfter: number;
  longTasks: { start: number; duration: number }[];
}

type Probe = { perf(): GraphPerf & { lastFrameAt?: number | null }; nodes(): { hidden: boolean }[]; edges(): { hidden: boolean }[] };
type Window_ = Window & { __regioscanGraph?: Probe; __longTasks: { start: number; duration: number }[]; __clickedAt: number; __frames: number[] };

const SLIDERS = ['graph-top-per-node', 'graph-min-weight'];

async function run(): Promise<RunResult> {
  // Every run starts without stored positions, so the whole layout runs, and without where the last
  // run left off (the app reopens the last screen and map view: the map would be drawn before the click).
  db.prepare('DELETE FROM graph_position').run();
  db.prepare("DELETE FROM setting WHERE key = 'session'").run();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  if (PROFILE) {
    page.on('console', (m) => console.log('page:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
  }
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    const w = window as unknown as Window_;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="nav-ecosysteemkaart"]');
  const cdp = PROFILE ? await context.newCDPSession(page) : null;
  await cdp?.send('Profiler.enable');
  await cdp?.send('Profiler.start');
  await page.evaluate(() => {
    const w = window as unknown as Window_;
    w.__clickedAt = performance.now();
    (document.querySelector('[data-testid="nav-ecosysteemkaart"]') as HTMLElement).click();
  });
  await page.waitForFunction(() => (window as unknown as Window_).__regioscanGraph?.perf().firstFrameAt != null, null, { timeout: 60_000 });
  const stopped = () =>
    page.waitForFunction(() => {
      const p = (window as unknown as Window_).__regioscanGraph?.perf();
      return p != null && p.layoutStoppedAt != null && p.layoutStartedAt != null && !p.layoutRunning;
    }, null, { timeout: 60_000, polling: 50 });
  await stopped();
  const first = await page.evaluate(() => {
    const w = window as unknown as Window_;
    const probe = w.__regioscanGraph!;
    const p = probe.perf();
    return {
      firstFrameAt: p.firstFrameAt!,
      firstFrame: p.firstFrameAt! - w.__clickedAt,
      nodes: probe.nodes().filter((n) => !n.hidden).length,
      edges: probe.edges().filter((e) => !e.hidden).length,
      settledFromClick: p.layoutStoppedAt! - w.__clickedAt,
      settledFromFrame: p.layoutStoppedAt! - p.firstFrameAt!,
      iterations: p.layoutIterations,
      forcesMs: p.forcesMs,
    };
  });
  await page.waitForTimeout(500);

  // An edge-set change: one step down on the lines slider, timed from the key press in the page to
  // the first animation frame after the drawn edge set changed.
  const slider = (await page.getByTestId(SLIDERS[0]!).count()) > 0 ? SLIDERS[0]! : SLIDERS[1]!;
  const change = await page.evaluate(
    ({ slider }) =>
      new Promise<{ ms: number; at: number; edges: number }>((resolve) => {
        const w = window as unknown as Window_;
        const visible = () => w.__regioscanGraph!.edges().filter((e) => !e.hidden).length;
        const before = visible();
        const thumb = document.querySelector(`[data-testid="${slider}"] [role="slider"]`) as HTMLElement;
        thumb.focus();
        const t0 = performance.now();
        const key = slider === 'graph-min-weight' ? 'ArrowRight' : 'ArrowLeft';
        thumb.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const check = () => {
          const now = visible();
          if (now !== before) requestAnimationFrame(() => resolve({ ms: performance.now() - t0, at: t0, edges: now }));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { slider },
  );
  // Did a layout re-run start? Give it a moment, then wait for it to stop.
  await page.waitForTimeout(300);
  const rerun = await page.evaluate((at) => {
    const p = (window as unknown as Window_).__regioscanGraph!.perf();
    return p.layoutStartedAt != null && p.layoutStartedAt > at;
  }, change.at);
  let edgeChangeSettled: number | null = null;
  if (rerun) {
    await stopped();
    edgeChangeSettled = await page.evaluate((at) => (window as unknown as Window_).__regioscanGraph!.perf().layoutStoppedAt! - at, change.at);
  }
  await page.waitForTimeout(1000);
  const longTasks = await page.evaluate((from) => (window as unknown as Window_).__longTasks.filter((t) => t.start + t.duration >= from).map((t) => ({ start: t.start - from, duration: t.duration })), first.firstFrameAt);
  if (PROFILE) console.log('long tasks after first frame (start, duration):', longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '));
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  await context.close();
  return { ...first, edgeChange: change.ms, edgeChangeSettled, edgesAfter: change.edges, longTasks };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The 20 functions with the most self time (build with REGIOSCAN_PROFILE=1 for readable names). */
function printProfile(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  }
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

const results: RunResult[] = [];
for (let i = 0; i < RUNS; i++) results.push(await run());
await browser.close();
await server.close();
db.close();

const longest = (r: RunResult) => Math.max(0, ...r.longTasks.map((t) => t.duration));
console.log(`Ecosysteemkaart in Chromium (software WebGL), ${name}:`);
for (const [i, r] of results.entries()) {
  console.log(
    `run ${i + 1}: ${r.nodes} nodes, ${r.edges} lines; first frame ${r.firstFrame.toFixed(0)} ms; layout settled ${(r.settledFromClick / 1000).toFixed(2)} s after the click ` +
      `(${(r.settledFromFrame / 1000).toFixed(2)} s after the first frame; ForceAtlas2 ${r.iterations} iterations in ${(r.forcesMs / 1000).toFixed(2)} s); ` +
      `edge-set change to ${r.edgesAfter} lines drawn in ${r.edgeChange.toFixed(0)} ms${r.edgeChangeSettled === null ? ' (no layout re-run)' : `, re-run layout settled after ${(r.edgeChangeSettled / 1000).toFixed(2)} s`}; ` +
      `long tasks after the first frame: ${r.longTasks.length} (> 200 ms: ${r.longTasks.filter((t) => t.duration > 200).length}; longest ${longest(r).toFixed(0)} ms)`,
  );
}
const m = {
  settled: median(results.map((r) => r.settledFromClick)),
  settledFrame: median(results.map((r) => r.settledFromFrame)),
  change: median(results.map((r) => r.edgeChange)),
  longest: median(results.map(longest)),
  first: median(results.map((r) => r.firstFrame)),
};
console.log(
  `median: first frame ${m.first.toFixed(0)} ms; layout settled ${(m.settled / 1000).toFixed(2)} s after the click, ${(m.settledFrame / 1000).toFixed(2)} s after the first frame (target ≤ 2 s, ratio ${(m.settled / 2000).toFixed(2)}); ` +
    `edge-set change drawn in ${m.change.toFixed(0)} ms (target ≤ 200 ms, ratio ${(m.change / 200).toFixed(2)}); longest UI-thread task after the first frame ${m.longest.toFixed(0)} ms (target ≤ 200 ms, ratio ${(m.longest / 200).toFixed(2)})`,
);
