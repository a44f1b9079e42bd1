/**
 * Volgende deur on the published website: a card opened from a shared link shows, under each
 * activity, the next doors the app suggests (the initiative as a link, the activity and the reason
 * in words), as the nextdoor domain computes them for the database the site was published from.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDoor } from '../../src-main/nextdoor';
import { expectAccessible, screenshot, SCREENSHOTS, withSampleScan } from './harness';
import { openSite, publish, startBrowser, type Publication, type SiteBrowser } from './site-harness';

describe('Volgende deur on the published website', () => {
  let site: Publication;
  let b: SiteBrowser;

  beforeAll(async () => {
    site = await publish(withSampleScan);
    b = await startBrowser();
  });
  afterAll(async () => {
    await b?.close();
    site?.db.close();
  });

  it('shows an activity’s next doors with their reasons in the initiative’s card', async () => {
    const rows = site.db.prepare('SELECT a.id, a.initiative_id AS initiative, i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id ORDER BY a.id').all() as { id: number; initiative: number; name: string }[];
    const chosen = rows.find((r) => nextDoor(site.db, r.id, 'nl').suggestions.length > 0)!;
    expect(chosen).toBeDefined();
    const first = nextDoor(site.db, chosen.id, 'nl').suggestions[0]!;
    const p = b.page;
    await openSite(p, `${pathToFileURL(join(site.folder, 'index.html')).href}#view=list&initiative=${chosen.initiative}`);
    const card = p.getByRole('dialog', { name: chosen.name });
    await card.waitFor();
    const doors = card.locator('.next-door');
    await expect.poll(() => doors.count()).toBeGreaterThan(0);
    await expect.poll(() => card.textContent()).toContain('Volgende deur');
    const text = (await doors.allTextContents()).join('\n');
    // The domain's first next door is the card's first (no referrals were reported, so the orders agree).
    expect(text).toContain(`${first.initiative}: ${first.activity} — ${first.reason}`);
    const link = doors.getByRole('link', { name: first.initiative }).first();
    expect(await link.getAttribute('href')).toContain(`initiative=${first.initiativeId}`);
    await doors.first().scrollIntoViewIfNeeded();
    await expectAccessible(p, 'site card with next doors');
    await screenshot(p, 'publish-nextdoor');
    await card.screenshot({ path: join(SCREENSHOTS, 'publish-nextdoor-card.png') });
    expect(b.consoleErrors).toEqual([]);
  });
});
