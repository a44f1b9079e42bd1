/**
 * Every screen at 1024×700, 1440×900 and 1920×1080 on the sample and a second scan: nothing runs
 * past the window, the score badges are read whole, the heatmap's last column is inside its card,
 * the filter panel sits beside the list and the list shows more columns as the window widens.
 * Screenshots: test-results/screenshots/layout-<width>-<screen>.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { dataDir } from '../../src-main/resources';
import { screenshot, useBrowserApp } from './harness';

const SCREENS = ['overzicht', 'activiteiten', 'ecosysteemkaart', 'leer-van-elkaar', 'vergelijken', 'ontwikkeling', 'witte-vlekken', 'beleidsdoelen', 'vraag-en-aanbod', 'impact', 'presentatie', 'publiceren', 'importeren', 'te-koppelen', 'back-ups'] as const;
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

type Box = { left: number; right: number; top: number; bottom: number };

async function box(page: Page, testId: string): Promise<Box> {
  return page.getByTestId(testId).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

/** How far the page runs past the window sideways (0: nothing does). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Columns of the activities table whose header is wholly inside the visible part of the table. */
function visibleColumns(page: Page): Promise<number> {
  return page.getByTestId('activities-table-scroll').evaluate((scroll) => {
    const view = scroll.getBoundingClientRect();
    return Array.from(scroll.querySelectorAll('thead th')).filter((th) => {
      const r = th.getBoundingClientRect();
      return r.left >= view.left - 1 && r.right <= view.right + 1 && r.width > 0;
    }).length;
  });
}

/** Waits (at most 10 s) until `ready` holds; fails otherwise (beforeAll cannot use expect.poll). */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the page did not get there within 10 s');
}

describe('the screens at 1024, 1440 and 1920 pixels wide', () => {
  const columns: Record<number, number> = {};
  const h = useBrowserApp({ prepare: async (db) => void (await ensureSampleScan(db, sampleScanPath(dataDir()))) });
  beforeAll(async () => {
    // The page has settled (it remembers its scans) before a second scan arrives from the command line.
    await until(() => ((h.db.prepare(`SELECT value FROM setting WHERE key = 'session'`).get() as { value: string } | undefined)?.value ?? '').includes('knownScans'));
    let err = '';
    const code = await main(['import', sampleScanPath(dataDir()), '--db', h.databasePath, '--keep-both', '--region', 'Oost-Nederland', '--year', '2023'], { out: () => undefined, err: (s) => (err += s) });
    expect(code, err).toBe(0);
    await h.page.reload();
    await h.page.waitForSelector('[data-testid^="screen-"]');
    // A scan that is new since last time starts selected.
    await until(async () => (await h.page.locator('.rs-scan-selector .mantine-Pill-root').count()) === 2);
  });

  for (const size of SIZES) {
    it(`fits every screen at ${size.width}×${size.height}`, async () => {
      const page = h.page;
      await page.setViewportSize(size);
      for (const route of SCREENS) {
        await page.getByTestId(`nav-${route}`).click();
        await page.getByTestId(`screen-${route}`).waitFor();
        // The rail's tooltip would cover the screen in the picture.
        await page.mouse.move(size.width - 5, size.height - 5);

        if (route === 'overzicht') {
          await page.getByTestId('ov-heat').waitFor({ timeout: 20_000 });
          const fits = await page.getByTestId('ov-heat').evaluate((table) => {
            const container = table.parentElement!;
            const cells = table.querySelectorAll('thead tr:last-child th');
            const last = cells[cells.length - 1]!.getBoundingClientRect();
            return { scroll: container.scrollWidth - container.clientWidth, lastRight: last.right, containerRight: container.getBoundingClientRect().right };
          });
          expect(fits.scroll, `heatmap scrolls sideways at ${size.width}`).toBeLessThanOrEqual(0);
          expect(fits.lastRight).toBeLessThanOrEqual(fits.containerRight + 0.5);
        }

        if (route === 'activiteiten') {
          await page.getByTestId('activities-table').waitFor();
          await expect.poll(() => page.locator('[data-testid^="activity-row-"]').count()).toBeGreaterThan(0);
          const panel = await box(page, 'filter-panel');
          const list = await box(page, 'activities-view');
          expect(panel.right, `filter panel beside the list at ${size.width}`).toBeLessThanOrEqual(list.left);
          expect(Math.abs(panel.top - list.top)).toBeLessThan(80);
          columns[size.width] = await visibleColumns(page);
        }

        if (route === 'leer-van-elkaar') {
          await expect.poll(() => page.getByTestId('pair-score').count(), { timeout: 20_000 }).toBeGreaterThan(0);
          const cut = await page.getByTestId('pair-score').evaluateAll((badges) =>
            badges.flatMap((badge) => {
              const cell = badge.closest('td')!.getBoundingClientRect();
              const b = badge.getBoundingClientRect();
              const label = badge.querySelector('.mantine-Badge-label') ?? badge;
              const inside = b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5;
              const whole = label.scrollWidth <= label.clientWidth && !(label.textContent ?? '').includes('…');
              return inside && whole ? [] : [label.textContent ?? ''];
            }),
          );
          expect(cut, `score badges cut off at ${size.width}`).toEqual([]);
        }

        if (route === 'vergelijken') {
          await page.getByTestId('compare-charts-type').waitFor({ timeout: 20_000 });
          await expect.poll(() => page.getByTestId('compare-charts-type').innerText()).toContain('per 100 passende activiteiten');
        }

        if (route === 'ecosysteemkaart') await page.getByTestId('graph-canvas').waitFor({ timeout: 20_000 });
        if (route === 'witte-vlekken') await page.getByTestId('ws-summary').waitFor({ timeout: 20_000 });
        if (route === 'impact') await page.getByTestId('impact-summary').waitFor({ timeout: 20_000 });

        expect(await horizontalOverflow(page), `${route} runs past the window at ${size.width}`).toBeLessThanOrEqual(0);
        await screenshot(page, `layout-${size.width}-${route}`);
      }
    }, 120_000);
  }

  it('shows more columns of the list as the window widens (more than 4 at 1440)', () => {
    expect(columns[1440]).toBeGreaterThan(4);
    expect(columns[1920]).toBeGreaterThanOrEqual(columns[1440]!);
    expect(columns[1024]).toBeGreaterThanOrEqual(3);
  });
});
