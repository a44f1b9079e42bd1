/**
 * Browser-test harness: the real renderer build served by the real `regioscan serve` code against
 * a real SQLite file, driven in Debian's Chromium through playwright-core. Screenshots land in
 * test-results/screenshots/ as artefacts.
 *
 * The renderer served is the test build (`npm run build:test`, out-test/renderer): the shipped one
 * with the tests' probes compiled in (`window.__regioscanGraph`), nothing else changed.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openDatabase, type Db } from '../../src-main/db/open';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import type { DesktopPublishing } from '../../src-main/publish';
import { startServer, type RunningServer } from '../../src-main/serve/server';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';

export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The test build of the renderer (electron.vite.config.ts, `--mode probes`). */
export const TEST_RENDERER_DIR = join(REPO_ROOT, 'out-test', 'renderer');

/** The test build's folder, or a clear failure when it was not built. */
function testRendererDir(): string {
  if (!existsSync(join(TEST_RENDERER_DIR, 'index.html'))) throw new Error('out-test/renderer is missing: run `npm run build:test` first.');
  return TEST_RENDERER_DIR;
}

export interface Harness {
  db: Db;
  databasePath: string;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Every URL the pages (and their workers) requested, WebSockets included, to prove the app asks nothing of the network. */
  requests: string[];
  /** Every Set-Cookie header any response carried (serve sets none: the token is never a cookie). */
  setCookies: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `prepare` for a harness on the bundled sample scan. */
export async function withSampleScan(db: Db): Promise<void> {
  await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
}

export interface HarnessOptions {
  prepare?: (db: Db) => Promise<void> | void;
  viewport?: { width: number; height: number };
  /** An existing file to serve (default: a new one). */
  databasePath?: string;
  /** The Publiceren screen's folder dialog and browser, as stand-ins for the desktop app's. */
  publishing?: DesktopPublishing;
}

/**
 * The app for one `describe` block: registers a beforeAll that starts it (startHarness) and an
 * afterAll that closes it, with close()'s checks. The harness it returns is read when it is used,
 * so the tests and any beforeAll registered after this call (to open a screen, say) see the
 * started one. `timeout` is the start hook's stop on a machine under load (vitest's hookTimeout by default).
 */
export function useBrowserApp(options: HarnessOptions & { timeout?: number } = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  }, options.timeout);
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Harness => {
    if (!started) throw new Error('The browser app starts in beforeAll: read it in a test or in a hook registered after useBrowserApp.');
    return started;
  };
  return new Proxy({} as Harness, { get: (_target, key) => Reflect.get(current(), key) });
}

/** Debian's Chromium, headless, with its own background traffic (updates, sync, QUIC probes) switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const databasePath = options.databasePath ?? join(tempDir('regioscan-browser-'), 'regioscan.sqlite');
  const db = await openDatabase(databasePath);
  await options.prepare?.(db);
  const server = await startServer({ db, rendererDir: testRendererDir(), version: 'test', importWorker: sourceWorkerFactory, ...(options.publishing ? { publishing: options.publishing } : {}) });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const setCookies: string[] = [];
  const consoleErrors: string[] = [];
  // On the context, not the page: requests of workers and of any window the app might open count too.
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => {
    void r.headerValue('set-cookie').then((value) => value !== null && setCookies.push(`${r.url()}: ${value}`));
  });
  page.on('websocket', (ws) => requests.push(ws.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // The URL `regioscan serve` prints: the token in the fragment, which the page moves into sessionStorage.
  expect(server.url).toMatch(/\/#token=/);
  await page.goto(server.url);
  await page.waitForSelector('[data-testid^="screen-"]');
  expect(page.url(), 'the token is taken out of the address bar').not.toContain(server.token);
  return {
    db,
    databasePath,
    server,
    browser,
    page,
    requests,
    setCookies,
    consoleErrors,
    /** Also the checks that the whole session asked nothing of any other origin and got no cookie: every browser test file gets them. */
    async close() {
      const foreign = foreignRequests(server, requests);
      const cookies = await context.cookies();
      await browser.close();
      await server.close();
      db.close();
      expect(foreign, 'requests to other origins than the app itself').toEqual([]);
      expect(setCookies, 'Set-Cookie from serve').toEqual([]);
      expect(cookies, 'cookies in the browser').toEqual([]);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's CSP (rightly) blocks those.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Colours are checked as they end up, not half-way through a transition (a colour-scheme switch
  // fades Mantine's controls over 150–200 ms; axe on a busy machine caught a label mid-fade).
  // Endless animations (a loader) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  })) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

function foreignRequests(server: RunningServer, requests: readonly string[]): string[] {
  const origin = new URL(server.url).origin;
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Only the app's own origin: the app makes no network requests of its own. */
export function expectOnlyOwnOrigin(harness: Harness): void {
  expect(harness.requests.length).toBeGreaterThan(0);
  expect(foreignRequests(harness.server, harness.requests)).toEqual([]);
}
