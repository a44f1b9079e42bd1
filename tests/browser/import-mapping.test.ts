/**
 * Issue 14 through the real UI: someone else's workbook (zeeland-flat.xlsx — a title row with region
 * and year, a last column of descriptions without a header, columns and values the importer does not
 * know, new region names). Map a column and a value in the preview and see the counts follow, edit
 * the year, commit, find the description in the detail panel and with the search, place the unknown
 * region under its province, and see a .docx refused in Dutch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src-main/version';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, SCREENSHOTS, useBrowserApp } from './harness';
import { activitiesCount, openScreen } from './steps';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

describe('importing someone else’s workbook: the mapping step (issue 14)', () => {
  const h = useBrowserApp();
  beforeAll(() => openScreen(h.page, 'importeren'));

  const activities = () => h.page.getByTestId('import-count-activities').innerText();
  const settled = () => expect.poll(() => h.page.getByTestId('import-commit-hint').innerText(), { timeout: 20_000 }).not.toContain('bijwerken');

  it('shows region and year from the title row, the unknown and headerless columns, the unmapped values and the new regions', async () => {
    await h.page.getByTestId('import-file-input').setInputFiles({ name: 'werkversie_utrecht_2019.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(join(FIXTURES, 'zeeland-flat.xlsx')) });
    await h.page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await h.page.getByTestId('import-details-region').inputValue()).toBe('Zeeland');
    expect(await h.page.getByTestId('import-details-year').inputValue()).toBe('2024');
    expect(await h.page.getByTestId('import-details-title').inputValue()).toBe('Regioscan Zeeland 2024');
    await expect.poll(activities).toBe('6');
    const columns = h.page.getByTestId('mapping-columns');
    expect(await columns.innerText()).toContain('Kolom K');
    expect(await h.page.getByTestId('mapping-column-Kolom K').innerText()).toContain('zonder kop');
    expect(await h.page.getByTestId('mapping-extra').innerText()).toBe('Bewaard als extra veld: Branche (4), Contactpersoon (4), Kolom K (6).');
    expect(await h.page.getByTestId('mapping-value-type-Digitale scans').innerText()).toContain('rij niet geïmporteerd');
    expect(await h.page.getByTestId('mapping-region-Walcheren').innerText()).toContain('voorgesteld');
    expect(await h.page.getByTestId('mapping-region-parent-Walcheren').inputValue()).toBe('provincie-zeeland');
    expect(await h.page.getByTestId('mapping-region-parent-Oosterschelde-regio').inputValue()).toBe('');
    expect(h.db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 0 });
    await expectAccessible(h.page, 'import preview with mapping');
  });

  it('maps a column and values in the preview, and the counts follow before anything is written', async () => {
    await h.page.getByTestId('mapping-column-target-Kolom K').selectOption('description');
    await settled();
    await expect.poll(() => h.page.getByTestId('mapping-extra').innerText()).toBe('Bewaard als extra veld: Branche (4), Contactpersoon (4).');
    // An unknown activity type mapped to a code: its row is imported, the count goes up.
    await h.page.getByTestId('mapping-value-code-type-Digitale scans').selectOption('scans');
    await expect.poll(activities, { timeout: 20_000 }).toBe('7');
    await settled();
    await h.page.getByTestId('mapping-value-code-sector-Toerisme').selectOption('I');
    await settled();
    await expect.poll(() => h.page.getByTestId('import-preview').innerText()).toContain('Logies-, maaltijd- en drankverstrekking (2)');
    // The year edited: the generated title follows.
    await h.page.getByTestId('import-details-year').fill('2023');
    await h.page.getByTestId('import-details-year').press('Tab');
    await expect.poll(() => h.page.getByTestId('import-details-title').inputValue(), { timeout: 20_000 }).toBe('Regioscan Zeeland 2023');
    await settled();
    expect(h.db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 0 });
    await screenshot(h.page, 'import-mapping-preview');
    await h.page.getByTestId('import-mapping').screenshot({ path: join(SCREENSHOTS, 'import-mapping-step.png') });
  });

  it('commits with the mapping: the description is in the detail panel and found by the search, the extra fields too', async () => {
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(h.db.prepare('SELECT region, year, title FROM scan').all()).toEqual([{ region: 'Zeeland', year: 2023, title: 'Regioscan Zeeland 2023' }]);
    expect(h.db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 7 });
    await h.page.getByTestId('import-open-activities').click();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(7);
    await h.page.getByTestId('filter-text').fill('strandpaviljoens');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(1);
    const id = (h.db.prepare(`SELECT id FROM activity WHERE name = 'Studentenopdrachten'`).get() as { id: number }).id;
    await h.page.getByTestId(`open-activity-${id}`).click();
    const detail = h.page.getByTestId('activity-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('Studenten bouwen webshops voor strandpaviljoens');
    expect(await h.page.getByTestId('detail-extra-Contactpersoon').innerText()).toContain('Bram Jansen');
    expect(await h.page.getByTestId('detail-extra-Branche').innerText()).toContain('Horeca');
    await expectAccessible(h.page, 'activity detail with extra fields');
    await screenshot(h.page, 'import-mapping-detail');
    await h.page.keyboard.press('Escape');
    // An extra field is searchable as well.
    await h.page.getByTestId('filter-text').fill('Maakindustrie');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(2);
    await h.page.getByTestId('filter-text').fill('');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(7);
  });

  it('places the region the importer did not know under its province; the province counts what selecting it returns', async () => {
    await openScreen(h.page, 'importeren');
    const row = h.page.getByTestId('geography-row-Oosterschelde-regio');
    await row.waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('geography-parent-Oosterschelde-regio').inputValue()).toBe('');
    expect(await h.page.getByTestId('geography-parent-Walcheren').inputValue()).toBe('provincie-zeeland');
    await h.page.getByTestId('geography-parent-Oosterschelde-regio').selectOption('provincie-zeeland');
    await expect.poll(() => h.page.getByTestId('geography-notice').innerText(), { timeout: 20_000 }).toBe('‘Oosterschelde-regio’ staat nu onder ‘Provincie Zeeland’.');
    await expect.poll(() => h.page.getByTestId('geography-parent-Oosterschelde-regio').inputValue()).toBe('provincie-zeeland');
    await expectAccessible(h.page, 'geography section');
    await screenshot(h.page, 'import-geography');

    await openScreen(h.page, 'activiteiten');
    const zeeland = h.page.getByTestId('facet-geography-provincie-zeeland');
    await zeeland.waitFor({ timeout: 20_000 });
    // Walcheren (2), Zeeuws-Vlaanderen (2), Oosterschelde-regio (1) and the province's own two: 7.
    await expect.poll(() => h.page.getByTestId('filter-panel').innerText()).toMatch(/Provincie Zeeland \(7\)/);
    expect(await h.page.getByTestId('filter-panel').innerText()).toMatch(/Zuid-Nederland \(7\)/);
    await zeeland.check();
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(7);
    await screenshot(h.page, 'import-geography-facets');
    await zeeland.uncheck();
  });

  it('renaming the scan changes its region, and the generated title follows', async () => {
    await h.page.getByTestId('nav-importeren').click();
    const scanId = (h.db.prepare('SELECT id FROM scan').get() as { id: number }).id;
    await h.page.getByTestId(`scan-rename-${scanId}`).click();
    await h.page.getByTestId('scan-rename-region').fill('Walcheren');
    expect(await h.page.getByTestId('scan-rename-input').inputValue()).toBe('Regioscan Walcheren 2023');
    await h.page.getByTestId('scan-rename-save').click();
    await expect.poll(() => h.db.prepare('SELECT region, title FROM scan').get()).toEqual({ region: 'Walcheren', title: 'Regioscan Walcheren 2023' });
  });

  it('refuses a .docx with a Dutch sentence in the Dutch UI, and changes nothing', async () => {
    await h.page.getByTestId('import-file-input').setInputFiles(join(FIXTURES, 'refused-word.docx'));
    const error = h.page.getByTestId('import-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('"refused-word.docx" is een Word-document, geen werkmap; Regioscan leest .xlsx, .xls, .ods en .csv.');
    expect(await error.innerText()).not.toMatch(/Could not find|workbook/i);
    expect(h.db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual({ n: 7 });
    await screenshot(h.page, 'import-refused-docx');
  });

  it('made no request outside its own origin', () => {
    expectOnlyOwnOrigin(h);
  });
});
