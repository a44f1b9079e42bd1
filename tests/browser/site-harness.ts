/**
 * Browser tests of the published website (issue 18): a publication written by the real
 * `regioscan publish` from a real SQLite file, opened in Debian's Chromium (playwright-core) either
 * from file:// or from a small static server on 127.0.0.1 that this harness starts — as a USB stick
 * and a province's web host would serve it. Every request the browser makes is recorded (and, for
 * the server, every path it was asked for), and every console error.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { contentType, resolveRendererFile } from '../../src-main/renderer-files';
import { tempDir } from '../helpers/db';
import { launchChromium } from './harness';

export interface Publication {
  folder: string;
  databasePath: string;
  /** The database the site was published from, open for the tests' own questions. */
  db: Db;
}

/** Fills a new database, then publishes it with `regioscan publish` and these options. */
export async function publish(fill: (db: Db) => Promise<void> | void, options: string[] = []): Promise<Publication> {
  const dir = tempDir('regioscan-site-');
  const databasePath = join(dir, 'regioscan.sqlite');
  const db = await openDatabase(databasePath);
  await fill(db);
  const folder = join(dir, 'website');
  let err = '';
  const code = await main(['publish', '--db', databasePath, '--out', folder, ...options], { out: () => undefined, err: (s) => (err += s) });
  if (code !== 0) throw new Error(`publish failed (${code}): ${err}`);
  return { folder, databasePath, db };
}

export interface SiteBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the pages requested. */
  requests: string[];
  consoleErrors: string[];
  /** A new page in the same context (recorded the same way). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<SiteBrowser> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('websocket', (ws) => requests.push(ws.url()));
    return page;
  };
  const page = watch(await context.newPage());
  return {
    browser,
    context,
    page,
    requests,
    consoleErrors,
    newPage: async () => watch(await context.newPage()),
    close: () => browser.close(),
  };
}

/** Opens the site at `url` and waits until its first view is on screen. */
export async function openSite(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
}

export interface StaticServer {
  origin: string;
  /** Every path asked for, as the server saw it. */
  paths: string[];
  close(): Promise<void>;
}

/** A plain static file server for a folder, as any web host is: GET and HEAD of the files in it. */
export async function startStaticServer(folder: string): Promise<StaticServer> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    paths.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void resolveRendererFile(folder, url.pathname).then(async (file) => {
      if (file.status !== 200) {
        res.writeHead(file.status).end();
        return;
      }
      const body = await readFile(file.path);
      res.writeHead(200, { 'Content-Type': contentType(file.path), 'Content-Length': body.length, 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, paths, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A PNG (as Chromium's screenshots write them: 8-bit RGB or RGBA, not interlaced) as RGBA pixels. */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (channels === 0) throw new Error('only RGB or RGBA PNGs');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const line = new Uint8Array(stride);
  const prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      line[x] = (src[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = k < channels ? line[x * channels + k]! : 255;
    }
    prev.set(line);
  }
  return { width, height, rgba: out };
}

/** The centre of a patch of `color` (#rrggbb) at least `radius` pixels wide in every direction, or null. */
export function findPatch(image: { width: number; height: number; rgba: Uint8Array }, color: string, radius = 3): { x: number; y: number } | null {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const is = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return Math.abs(image.rgba[i]! - r!) <= 4 && Math.abs(image.rgba[i + 1]! - g!) <= 4 && Math.abs(image.rgba[i + 2]! - b!) <= 4;
  };
  for (let y = radius; y < image.height - radius; y++) {
    for (let x = radius; x < image.width - radius; x++) {
      if (!is(x, y)) continue;
      let all = true;
      for (let dy = -radius; dy <= radius && all; dy++) for (let dx = -radius; dx <= radius && all; dx++) all = is(x + dx, y + dy);
      if (all) return { x, y };
    }
  }
  return null;
}

/** No horizontal scrolling: the page is no wider than the window. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
}
