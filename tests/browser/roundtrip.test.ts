/**
 * The Excel round trip in the real UI (docs/roundtrip.md): the activities export is downloaded,
 * edited by LibreOffice (headless; a writer other than SheetJS), dropped back on Importeren, shown
 * as a diff preview (the changed cell old → new, nothing written yet), applied, and the changed
 * name is in the Activiteiten table.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { tempDir } from '../helpers/db';
import { xmlEscape } from '../helpers/ooxml';
import { editWithLibreOffice } from '../helpers/roundtrip-file';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { activitiesCount, download, openScreen } from './steps';

describe('the Excel round trip', () => {
  const h = useBrowserApp({ prepare: withSampleScan });

  it('export, edit in LibreOffice, drop it back, see the diff, apply, see the new value in the table', async () => {
    await openScreen(h.page, 'activiteiten');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(100);
    await h.page.getByTestId('export-activities').click();
    const exported = await download(h.page, 'export-xlsx');
    const dir = dirname(exported.path);

    // An activity whose name is in no other cell of the file, so the edit changes that one cell.
    const wb = XLSX.read(exported.bytes);
    const cells = wb.SheetNames.flatMap((name) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null }).flat().map((c) => String(c)));
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Activiteiten!);
    const target = rows.find((r) => cells.filter((c) => c === String(r.Activiteit)).length === 1 && !/[<>&'"]/.test(String(r.Activiteit)))!;
    const oldName = String(target.Activiteit);
    const newName = `${oldName} (bijgewerkt)`;
    const edited = editWithLibreOffice(exported.path, [[`<text:p>${xmlEscape(oldName)}</text:p>`, `<text:p>${xmlEscape(newName)}</text:p>`]], dir);

    await h.page.getByTestId('nav-importeren').click();
    await h.page.getByTestId('import-file-input').setInputFiles(edited);
    const preview = h.page.getByTestId('roundtrip-preview');
    await preview.waitFor({ timeout: 30_000 });
    await expect.poll(() => h.page.getByTestId('roundtrip-summary').innerText()).toBe('0 rijen toegevoegd · 1 cel gewijzigd · 0 rijen ontbreken in het bestand · 0 meldingen');
    const change = h.page.getByTestId('roundtrip-change');
    await expect.poll(() => change.count()).toBe(1);
    const cellsShown = await change.locator('td').allInnerTexts();
    expect(cellsShown.slice(1).map((c) => c.trim())).toEqual([oldName, 'Naam', oldName, '', newName]);
    await screenshot(h.page, 'roundtrip-preview');
    await expectAccessible(h.page, 'round-trip preview');

    await h.page.getByTestId('roundtrip-apply').click();
    await h.page.getByTestId('roundtrip-done').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('roundtrip-done').innerText()).toContain('1 cel gewijzigd');
    await screenshot(h.page, 'roundtrip-applied');

    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('filter-text').fill('bijgewerkt');
    await expect.poll(() => h.page.getByTestId('activities-count').innerText(), { timeout: 20_000 }).toBe('1 activiteit');
    const row = h.page.getByTestId(`activity-row-${String(target.ID)}`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.innerText()).toContain(newName);
    // The detail panel shows the whole name (the table's column cuts it short).
    await row.click();
    await expect.poll(() => h.page.getByTestId('activity-detail').getByRole('heading', { level: 2 }).innerText(), { timeout: 20_000 }).toBe(newName);
    await screenshot(h.page, 'roundtrip-table');
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('activity-detail').waitFor({ state: 'hidden' });
    expect(h.consoleErrors).toEqual([]);
  }, 180_000);

  it('"Bijwerken: scan X" merges a workbook without IDs: its rows are new rows, a new initiative marked', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ['Initiatief', 'Activiteit', 'Type activiteit', 'Sector'],
      ['Datahub Drenthe', 'Spreekuur data', 'Advisering/consultancy', 'C. Industrie'],
    ]), 'Activiteiten');
    const file = join(tempDir('regioscan-roundtrip-browser-'), 'nieuw-initiatief.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    await h.page.getByTestId('nav-importeren').click();
    await h.page.getByTestId('roundtrip-target').click();
    await h.page.getByRole('option', { name: /^Bijwerken: Noord-Nederland 2022/ }).click();
    await h.page.getByTestId('import-file-input').setInputFiles(file);
    await h.page.getByTestId('roundtrip-preview').waitFor({ timeout: 30_000 });
    await expect.poll(() => h.page.getByTestId('roundtrip-summary').innerText()).toBe('1 rij toegevoegd · 0 cellen gewijzigd · 0 rijen ontbreken in het bestand · 0 meldingen');
    const added = await h.page.getByTestId('roundtrip-added').locator('tbody td').allInnerTexts();
    expect(added.map((c) => c.replace(/\s+/g, ' ').trim().toLowerCase())).toEqual(['activiteiten 2', 'datahub drenthe nieuw initiatief', 'spreekuur data']);
    await screenshot(h.page, 'roundtrip-merge-preview');
    await h.page.getByTestId('roundtrip-apply').click();
    await h.page.getByTestId('roundtrip-done').waitFor({ timeout: 20_000 });
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('filter-text').fill('Spreekuur data');
    await expect.poll(() => h.page.getByTestId('activities-count').innerText(), { timeout: 20_000 }).toBe('1 activiteit');
    expect(h.consoleErrors).toEqual([]);
  }, 120_000);
});
