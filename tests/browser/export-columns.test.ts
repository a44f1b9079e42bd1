/**
 * Exports that look prepared, in the real UI: "Kolommen kiezen…" in the export menu picks the
 * columns (ID, Activiteit and Type activiteit cannot be unticked), the choice survives a reload,
 * and the downloaded .xlsx has exactly those columns, a bold frozen header and a name that says
 * what is inside.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readZip } from '../helpers/ooxml';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { activitiesCount, download, openScreen, refer } from './steps';

describe('choosing the export’s columns', () => {
  const h = useBrowserApp({ prepare: withSampleScan });

  const openChooser = async () => {
    await h.page.getByTestId('export-activities').click();
    await h.page.getByTestId('export-choose-columns').click();
    await h.page.getByTestId('export-columns-dialog').waitFor();
  };
  const box = (key: string) => h.page.getByTestId(`export-column-${key}`);

  it('leaves out the unticked columns, keeps ID, Activiteit and Type activiteit, and names the file after the filter', async () => {
    await openScreen(h.page, 'activiteiten');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(100);
    await refer(h.page, 'werken-met-studenten');
    await expect.poll(() => h.page.getByTestId('filter-words').innerText(), { timeout: 20_000 }).toContain('9 activiteiten');
    await openChooser();
    for (const key of ['id', 'activity', 'type']) {
      await expect.poll(() => box(key).isDisabled()).toBe(true);
      await expect.poll(() => box(key).isChecked()).toBe(true);
    }
    for (const key of ['sector', 'description', 'role:financier']) await box(key).click();
    await screenshot(h.page, 'export-columns-dialog');
    await expectAccessible(h.page, 'export columns dialog');
    await h.page.getByTestId('export-columns-done').click();
    await h.page.getByTestId('export-columns-dialog').waitFor({ state: 'hidden' });

    await h.page.getByTestId('export-activities').click();
    const { name, bytes } = await download(h.page, 'export-xlsx');
    expect(name).toMatch(/^regioscan-noord-nederland-2022-werken-met-studenten-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = XLSX.read(bytes, { type: 'buffer' });
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Activiteiten!, { header: 1 })[0]!;
    expect(header.slice(0, 3)).toEqual(['ID', 'Initiatief', 'Activiteit']);
    expect(header).toContain('Type activiteit');
    expect(header).not.toContain('Sector');
    expect(header).not.toContain('Omschrijving');
    expect(header).not.toContain('Financier');
    expect(header).toContain('Uitvoerder');
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Activiteiten!)).toHaveLength(9);
    const sheet1 = readZip(bytes).find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect(sheet1).toContain('state="frozen"');
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about[0]![0]).toBe(`Regioscan · ${await h.page.getByTestId('filter-words').innerText()}`);
  });

  it('remembers the choice after a reload, and "Alle kolommen" brings every column back', async () => {
    await h.page.reload();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    await openChooser();
    await expect.poll(() => box('sector').isChecked()).toBe(false);
    await expect.poll(() => box('role:financier').isChecked()).toBe(false);
    await expect.poll(() => box('initiative').isChecked()).toBe(true);
    await h.page.getByTestId('export-columns-reset').click();
    await expect.poll(() => box('sector').isChecked()).toBe(true);
    await h.page.getByTestId('export-columns-done').click();
  });
});
