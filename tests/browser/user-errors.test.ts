/**
 * Issue 13 in the real UI: a database file that cannot be written (made immutable with chattr +i,
 * file and folder) is shown with a banner on every screen that says it is read-only and that unsaved
 * -wal content is not shown; and the search box states its 200-character cap and says so, without
 * searching, when a longer text is pasted.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../src-renderer/src/routes';
import { openDatabase } from '../../src-main/db/open';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';
import { makeImmutable, type Immutable } from '../helpers/read-only';
import { expectAccessible, screenshot, startHarness, type Harness } from './harness';

const SAFETY_TIMEOUT = 180_000;

describe('errors a user sees (issue 13)', () => {
  let h: Harness;
  let locked: Immutable;

  beforeAll(async () => {
    const dir = join(tempDir('regioscan-browser-ro-'), 'data');
    mkdirSync(dir);
    const path = join(dir, 'regioscan.sqlite');
    const db = await openDatabase(path);
    await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
    db.close();
    locked = makeImmutable([path, dir]);
    h = await startHarness({ databasePath: path });
  }, SAFETY_TIMEOUT);

  afterAll(async () => {
    await h?.close();
    locked?.release();
  });

  it('says on every screen that the file is read-only and unsaved -wal content is not shown', async (test) => {
    if (!locked.available) test.skip('chattr +i is not available here');
    for (const route of ROUTES) {
      await h.page.getByTestId(`nav-${route}`).click();
      await h.page.getByTestId(`screen-${route}`).waitFor();
      const banner = h.page.getByTestId('read-only-banner');
      await banner.waitFor();
      const text = await banner.innerText();
      expect(text, route).toContain('Dit databasebestand is alleen-lezen');
      expect(text, route).toContain('-wal-bestand');
      expect(text, route).toContain(h.databasePath);
    }
    await expectAccessible(h.page, 'read-only banner');
    await screenshot(h.page, 'read-only-backups');
    // No button offers a backup to a file that cannot be written.
    expect(await h.page.getByRole('button', { name: /back-up maken/i }).count()).toBe(0);
    // The language switch works for this session (it cannot be saved), and the banner follows it.
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('language-switch').getByText('EN').click();
    await expect.poll(() => h.page.getByTestId('read-only-banner').innerText(), { timeout: 15_000 }).toContain('This database file is read-only');
    expect(await h.page.getByTestId('notice').count()).toBe(0);
    await screenshot(h.page, 'read-only-activities-en');
    await h.page.getByTestId('language-switch').getByText('NL').click();
    await expect.poll(() => h.page.getByTestId('read-only-banner').innerText(), { timeout: 15_000 }).toContain('Dit databasebestand is alleen-lezen');
    // Neither the toolbar nor the detail panel offers an edit, delete or "Zet terug" on a file that cannot be written.
    expect(await h.page.getByTestId('add-initiative').count()).toBe(0);
    await h.page.locator('[data-testid^="open-activity-"]').first().click();
    await h.page.getByTestId('activity-detail').waitFor();
    expect(await h.page.getByTestId('detail-show-in-map').count()).toBe(1);
    expect(await h.page.getByTestId('detail-edit').count()).toBe(0);
    expect(await h.page.getByTestId('detail-delete').count()).toBe(0);
    await screenshot(h.page, 'read-only-detail');
    await h.page.getByTestId('detail-close').click();
  }, SAFETY_TIMEOUT);

  it('states the 200-character cap at the search box and does not search a longer text', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    const field = h.page.getByTestId('filter-text');
    await field.waitFor();
    expect(await h.page.getByText('Hoogstens 200 tekens.').count()).toBe(1);
    const words = h.page.getByTestId('filter-words');
    await field.fill('studenten');
    await expect.poll(() => words.innerText(), { timeout: 15_000 }).toMatch(/studenten[\s\S]*\d+ activiteiten/);
    const searched = await words.innerText();
    // The table's count once it is in (the words may come first).
    await expect.poll(() => h.page.getByTestId('activities-count').innerText(), { timeout: 15_000 }).toMatch(/^\d/);
    const count = await h.page.getByTestId('activities-count').innerText();
    // A pasted text of 250 characters: kept in the box, said to be too long, not searched.
    await field.fill('x'.repeat(250));
    await h.page.getByText('Te lang: hoogstens 200 tekens, dit zijn er 250. Hierop wordt niet gezocht.').waitFor();
    expect(await field.inputValue()).toHaveLength(250);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.press('Enter');
    // Still the last searchable text: the filter in words and the count did not change.
    await h.page.waitForTimeout(600);
    expect(await words.innerText()).toBe(searched);
    expect(await h.page.getByTestId('activities-count').innerText()).toBe(count);
    await expectAccessible(h.page, 'search text too long');
    await screenshot(h.page, 'search-text-too-long');
    await h.page.getByRole('button', { name: 'Zoektekst wissen' }).click();
    await expect.poll(() => words.innerText(), { timeout: 15_000 }).not.toContain('studenten');
  }, SAFETY_TIMEOUT);
});
