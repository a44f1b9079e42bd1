import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { main } from '../../src-main/cli/main';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { callChannel } from '../helpers/channel';
import { WMS } from '../helpers/published-figures';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp } from './harness';
import { activitiesCount, download, openScreen } from './steps';

describe('exploring the sample scan in the real UI', () => {
  let scanId: number;
  const h = useBrowserApp({
    prepare: async (db) => {
      scanId = (await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))!;
    },
  });

  const count = () => activitiesCount(h.page);
  const appTotal = (filter: Filter) => callChannel<{ total: number; initiatives: number }>(h.db, 'query.facets', { filter });

  it('opens on the sample scan with its 100 activities', async () => {
    await openScreen(h.page, 'activiteiten');
    await expect.poll(count, { timeout: 20_000 }).toBe(100);
  });

  it('builds a two-dimension filter by clicking and shows the counts and the words', async () => {
    await h.page.getByTestId('facet-type-werken-met-studenten').check();
    await expect.poll(count).toBe(9);
    await h.page.getByTestId('facet-bottleneck').scrollIntoViewIfNeeded();
    await h.page.getByTestId('facet-bottleneck-6').check();
    const filter: Filter = { ...emptyFilter([scanId]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }, { dimension: 'bottleneck', mode: 'any', values: ['6'] }] };
    const expected = await appTotal(filter);
    await expect.poll(count).toBe(expected.total);
    const words = await h.page.getByTestId('filter-words').innerText();
    expect(words).toContain('Type activiteit is Werken met studenten');
    expect(words).toContain('Knelpunt is 6 Interne kennis');
    expect(words).toContain(`${expected.total} activiteiten, ${expected.initiatives} initiatieven`);
    await expectAccessible(h.page, 'activiteiten with a filter');
    await screenshot(h.page, 'explore-filtered');
    // The same filter stands above every other view.
    for (const route of ['overzicht', 'ecosysteemkaart', 'leer-van-elkaar', 'vergelijken', 'witte-vlekken']) {
      await h.page.getByTestId(`nav-${route}`).click();
      await h.page.getByTestId(`screen-${route}`).waitFor();
      await expect.poll(() => h.page.getByTestId('filter-words').innerText()).toBe(words);
    }
    await openScreen(h.page, 'activiteiten');
  });

  it('gives the same answer as `regioscan list` for the same filter', async () => {
    let out = '';
    const code = await main(['list', '--db', h.databasePath, '--where', 'type=Werken met studenten', '--where', 'Knelpunt=6', '--scan', String(scanId), '--json'], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    const listed = JSON.parse(out) as { id: number }[];
    // The list was just shown again (back from the other screens): wait for its count, then compare.
    await expect.poll(count, { timeout: 20_000 }).toBe(listed.length);
    const shown = await h.page.locator('[data-testid^="activity-row-"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-testid')!.replace('activity-row-', ''))));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(listed.map((r) => r.id).slice(0, shown.length));
  });

  it('undoes and redoes a filter change with Alt+Z and Alt+Shift+Z (Ctrl+Z is for changes to the data)', async () => {
    const before = await count();
    await h.page.getByTestId('facet-type-werken-met-studenten').uncheck();
    await expect.poll(count).not.toBe(before);
    await h.page.locator('body').click({ position: { x: 5, y: 300 } });
    await h.page.keyboard.press('Alt+z');
    await expect.poll(count).toBe(before);
    await h.page.keyboard.press('Alt+Shift+z');
    await expect.poll(count).not.toBe(before);
    await h.page.keyboard.press('Alt+z');
    await expect.poll(count).toBe(before);
  });

  it('saves the filter, survives a reload, and applies it again', async () => {
    await h.page.getByTestId('filter-save').click();
    await h.page.getByTestId('filter-save-name').fill('Studenten en interne kennis');
    // The note's cap is stated; a longer note stays as typed (not cut off), is said to be too long and is not saved (issue 13).
    const dialog = h.page.getByTestId('filter-save-dialog');
    expect(await dialog.getByText('Hoogstens 2.000 tekens.').count()).toBe(1);
    await h.page.getByTestId('filter-save-note').fill('n'.repeat(2001));
    await dialog.getByText('Te lang: hoogstens 2.000 tekens, dit zijn er 2.001. Maak de notitie korter om op te slaan.').waitFor();
    await h.page.getByTestId('filter-save-confirm').click();
    expect(await h.page.getByTestId('filter-save-note').inputValue()).toHaveLength(2001);
    expect((h.db.prepare('SELECT count(*) AS n FROM saved_filter').get() as { n: number }).n).toBe(0);
    await h.page.getByTestId('filter-save-note').fill('Voor het overleg met de hogescholen');
    await h.page.getByTestId('filter-save-confirm').click();
    await expect.poll(() => (h.db.prepare('SELECT count(*) AS n FROM saved_filter').get() as { n: number }).n).toBe(1);
    const id = (h.db.prepare('SELECT id FROM saved_filter').get() as { id: number }).id;
    const before = await count();
    await h.page.reload();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    // After a reload the filter of last time comes back; cleared, the saved one brings the same rows back.
    await expect.poll(count, { timeout: 20_000 }).toBe(before);
    await h.page.getByTestId('filter-clear').click();
    await expect.poll(count, { timeout: 20_000 }).toBe(100);
    await h.page.getByTestId(`saved-filter-apply-${id}`).click();
    await expect.poll(count).toBe(before);
  });

  it('exports the filtered list to .xlsx and the file holds those rows and the filter in words', async () => {
    await h.page.getByTestId('export-activities').click();
    const wb = XLSX.read((await download(h.page, 'export-xlsx')).bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Activiteiten', 'Initiatieven', 'Filter']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Activiteiten!)).toHaveLength(await count());
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about.find((r) => r[0] === 'Filter')![1]).toBe(await h.page.getByTestId('filter-words').innerText());
  });

  it('refers in two clicks: Werken met studenten → the nine initiatives to approach', async () => {
    await h.page.getByTestId('filter-clear').click();
    await expect.poll(count).toBe(100);
    await h.page.getByTestId('referral-menu').click();
    await h.page.getByTestId('referral-werken-met-studenten').click();
    const table = h.page.getByTestId('initiatives-table');
    await table.waitFor();
    await expect.poll(() => table.locator('[data-testid^="initiative-row-"]').count()).toBe(9);
    const names = await table.locator('[data-testid^="initiative-row-"]').evaluateAll((rows) => rows.map((r) => r.querySelector('td, [role="cell"]')?.textContent?.trim() ?? ''));
    expect(names.sort()).toEqual(Object.keys(WMS).sort());
    await screenshot(h.page, 'explore-referral');
  });

  it('made no request outside its own origin and logged no errors', () => {
    expectOnlyOwnOrigin(h);
    expect(h.consoleErrors).toEqual([]);
  });
});
