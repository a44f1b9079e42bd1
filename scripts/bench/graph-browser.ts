/**
 * The browser half of `npm run bench:graph`: the real renderer build (out/renderer) served by
 * `regioscan serve` on a 2,000-initiative stress scan, in Debian's Chromium (software WebGL).
 * Measures, per run on a map without stored positions:
 * - time from the click on Ecosysteemkaart to sigma's first frame with nodes (fetch + model + draw);
 * - ForceAtlas2 iterations per second in the worker (one position update per iteration);
 * - long tasks (> 50 ms, Chromium's Long Tasks API) on the UI thread while the layout runs, and the
 *   longest one; the target is none over 100 ms.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../src-main/serve/server';
import { REPO_ROOT } from '../../src-main/version';
import type { GraphPerf } from '../../src-renderer/src/graph/graphPerf';
import { median, stressDb } from './bench-db';

const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 2_000);
const PROFILE = process.argv.includes('--profile');
const RUNS = PROFILE ? 1 : 3;
const db = await stressDb(INITIATIVES * 3, INITIATIVES, `graph-${INITIATIVES}.sqlite`, 7);
const rendererDir = join(REPO_ROOT, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');

const server = await startServer({ db, rendererDir, version: 'bench' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface RunResult {
  firstFrame: number;
  nodes: number;
  edges: number;
  layoutMs: number;
  forcesMs: number;
  iterations: number;
  longTasks: { start: number; duration: number }[];
  /** Longest UI-thread task of one redraw (a zoom step) with no layout running. */
  redraw: number;
}

type Window_ = Window & { __regioscanGraph?: { perf(): GraphPerf; nodes(): { hidden: boolean }[]; edges(): { hidden: boolean }[] }; __longTasks: { start: number; duration: number }[]; __clickedAt: number };

async function run(): Promise<RunResult> {
  // Every run starts without stored positions, so the whole layout runs.
  db.prepare('DELETE FROM graph_position').run();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  if (PROFILE) {
    page.on('console', (m) => console.log('page:', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
  }
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
  // The layout stops by itself after its duration (8 s at this size).
  await page.waitForFunction(() => {
    const p = (window as unknown as Window_).__regioscanGraph?.perf();
    return p != null && p.layoutStoppedAt != null && p.layoutStartedAt != null;
  }, null, { timeout: 60_000, polling: 250 });
  const result = await page.evaluate(() => {
    const w = window as unknown as Window_;
    const probe = w.__regioscanGraph!;
    const p = probe.perf();
    const from = p.layoutStartedAt!;
    const to = p.layoutStoppedAt!;
    return {
      firstFrame: p.firstFrameAt! - w.__clickedAt,
      nodes: probe.nodes().filter((n) => !n.hidden).length,
      edges: probe.edges().filter((e) => !e.hidden).length,
      layoutMs: to - from,
      forcesMs: p.forcesMs,
      iterations: p.layoutIterations,
      longTasks: w.__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => ({ start: t.start - from, duration: t.duration })),
    };
  });
  // One redraw with no layout running (a zoom step): what a single frame of this map costs here.
  await page.evaluate(() => ((window as unknown as Window_).__longTasks = []));
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, -200);
  await page.waitForTimeout(2500);
  const redraw = await page.evaluate(() => Math.max(0, ...(window as unknown as Window_).__longTasks.map((t) => t.duration)));
  if (PROFILE) {
    const frames = () => page.evaluate(() => (window as unknown as Window_).__regioscanGraph!.perf().frames);
    const before = await frames();
    await page.waitForTimeout(3000);
    console.log(`frames drawn during the layout: ${before}; in 3 s idle after it: ${(await frames()) - before}`);
  }
  if (PROFILE) console.log('long tasks (start after layout start, duration):', result.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '), 'first frame', result.firstFrame.toFixed(0));
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  await context.close();
  return { ...result, redraw };
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

for (const [i, r] of results.entries()) {
  const longest = Math.max(0, ...r.longTasks.map((t) => t.duration));
  const over100 = r.longTasks.filter((t) => t.duration > 100).length;
  console.log(
    `run ${i + 1}: ${r.nodes} nodes, ${r.edges} edges; first frame ${r.firstFrame.toFixed(0)} ms; ` +
      `ForceAtlas2 ${r.iterations} iterations in ${(r.forcesMs / 1000).toFixed(1)} s = ${((r.iterations * 1000) / r.forcesMs).toFixed(0)} it/s; whole layout incl. noverlap ${(r.layoutMs / 1000).toFixed(1)} s; ` +
      `long tasks while laying out: ${r.longTasks.length} (> 100 ms: ${over100}; longest ${longest.toFixed(0)} ms); one redraw without layout ${r.redraw.toFixed(0)} ms`,
  );
}
const first = median(results.map((r) => r.firstFrame));
const rate = median(results.map((r) => (r.iterations * 1000) / r.forcesMs));
const longest = median(results.map((r) => Math.max(0, ...r.longTasks.map((t) => t.duration))));
const redraw = median(results.map((r) => r.redraw));
console.log(`median: first frame ${first.toFixed(0)} ms (target ≤ 1,500 ms, ratio ${(first / 1500).toFixed(2)}); ForceAtlas2 ${rate.toFixed(0)} it/s; longest UI-thread task while laying out ${longest.toFixed(0)} ms (target ≤ 100 ms), a single redraw with no layout ${redraw.toFixed(0)} ms`);
console.log('(Chromium here draws WebGL in software (SwiftShader): the long tasks are the map’s redraws, whose cost the last figure shows.)');
