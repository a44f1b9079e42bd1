/**
 * Where the user left off comes back after a restart: `regioscan serve` is stopped and started
 * again on the same database file (a new port, so nothing can come from the browser's storage), and
 * a fresh browser opens the app's address without a screen in it, as the desktop app starts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dataDir } from '../../src-main/resources';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { tempDir } from '../helpers/db';
import { screenshot, startHarness, type Harness } from './harness';
import { openMap } from './steps';

interface Probe {
  nodes(): { id: number }[];
  viewport(id: number): { x: number; y: number } | null;
}

const databasePath = join(tempDir('regioscan-restart-'), 'regioscan.sqlite');

function storedSession(db: Db): Record<string, unknown> {
  const row = db.prepare(`SELECT value FROM setting WHERE key = 'session'`).get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
}

const probe = (page: Page) => ({
  nodes: () => page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.nodes().length),
  viewport: (id: number) => page.evaluate((n) => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.viewport(n), id),
});

describe('a restart', () => {
  // Two runs of serve and a browser on one file, the second after the first has closed: not useBrowserApp's one per file.
  let run: Harness | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('brings back the screen, the filter, the selected scans and the map view', async () => {
    const db = await openDatabase(databasePath);
    await ensureSampleScan(db, sampleScanPath(dataDir()));
    db.close();
    let err = '';
    expect(await main(['import', sampleScanPath(dataDir()), '--db', databasePath, '--keep-both', '--region', 'Oost-Nederland', '--year', '2023'], { out: () => undefined, err: (s) => (err += s) }), err).toBe(0);

    run = await startHarness({ databasePath });
    let page = run.page;
    // Only the first scan, and a filter on Activiteiten.
    await expect.poll(() => page.locator('.rs-scan-selector .mantine-Pill-remove').count(), { timeout: 10_000 }).toBe(2);
    await page.locator('.rs-scan-selector .mantine-Pill-remove').nth(1).click();
    await expect.poll(() => page.locator('.rs-scan-selector .mantine-Pill-remove').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('nav-activiteiten').click();
    await page.getByTestId('facet-type-werken-met-studenten').check();
    await expect.poll(() => page.getByTestId('filter-words').innerText()).toContain('Werken met studenten');
    const words = await page.getByTestId('filter-words').innerText();
    // The map, zoomed in twice.
    await openMap(page, 9);
    const nodeId = (await page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.nodes()[0]!.id));
    const before = await probe(page).viewport(nodeId);
    await page.getByTestId('graph-zoom-in').click();
    await page.waitForTimeout(400);
    await page.getByTestId('graph-zoom-in').click();
    await expect.poll(async () => (await probe(page).viewport(nodeId))?.x).not.toBe(before?.x);
    await page.waitForTimeout(600);
    const zoomed = await probe(page).viewport(nodeId);
    await screenshot(page, 'restart-before');
    await expect.poll(() => storedSession(run!.db).route).toBe('ecosysteemkaart');
    await expect.poll(() => (storedSession(run!.db).map as { ratio: number } | undefined)?.ratio ?? 1).toBeLessThan(0.9);
    const selected = storedSession(run.db).scans;
    expect(selected).toEqual([1]);

    await run.close();
    run = await startHarness({ databasePath });
    page = run.page;
    // The same screen, scans, filter and view.
    await page.getByTestId('screen-ecosysteemkaart').waitFor();
    expect(new URL(page.url()).hash).toBe('#/ecosysteemkaart');
    await expect.poll(() => page.locator('.rs-scan-selector .mantine-Pill-remove').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('filter-words').innerText(), { timeout: 15_000 }).toBe(words);
    await page.waitForFunction(() => (window as unknown as { __regioscanGraph?: Probe }).__regioscanGraph?.nodes().length === 9, null, { timeout: 30_000 });
    await expect.poll(async () => {
      const now = await probe(page).viewport(nodeId);
      return now && zoomed ? Math.hypot(now.x - zoomed.x, now.y - zoomed.y) : Infinity;
    }, { timeout: 15_000 }).toBeLessThan(2);
    await screenshot(page, 'restart-after');
    // An address that names a screen still wins over the remembered one.
    await page.goto(`${new URL(page.url()).origin}/#/overzicht`);
    await page.getByTestId('screen-overzicht').waitFor();
  }, 180_000);
});
