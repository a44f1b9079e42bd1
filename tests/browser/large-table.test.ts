import { beforeAll, describe, expect, it } from 'vitest';
import { writeScan } from '../../src-main/import/write-scan';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { screenshot, useBrowserApp } from './harness';
import { openScreen } from './steps';

describe('the activity table with 60,000 activities', () => {
  const h = useBrowserApp({ prepare: (db) => void writeScan(db, buildStressScan(60_000, 20_000), [], { fileName: null, sha256: null }), timeout: 180_000 });
  beforeAll(() => openScreen(h.page, 'activiteiten'));

  it('is virtualised: a few dozen rows in the page, yet the last activity is reachable by scrolling', async () => {
    await expect.poll(async () => (await h.page.getByTestId('activities-count').innerText()).replace(/\D/g, ''), { timeout: 30_000 }).toBe('60000');
    const rows = h.page.locator('[data-testid^="activity-row-"]');
    expect(await rows.count()).toBeLessThan(120);
    // The last activity in the default order (by initiative, then name).
    const last = h.db.prepare(`SELECT a.id FROM activity a JOIN initiative i ON i.id = a.initiative_id ORDER BY i.name COLLATE NOCASE DESC, a.name COLLATE NOCASE DESC, a.id DESC LIMIT 1`).get() as { id: number };
    const scroller = h.page.getByTestId('activities-table-scroll');
    for (let i = 0; i < 5; i++) {
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await h.page.waitForTimeout(400);
    }
    await h.page.getByTestId(`activity-row-${last.id}`).waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBeLessThan(120);
    await screenshot(h.page, 'explore-60000-bottom');
  });
});
