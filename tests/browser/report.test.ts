/**
 * *Rapport* in the real UI: on the Activiteiten screen with a filter and on the Ecosysteemkaart, the
 * button beside the filter in words downloads the factsheet of that filter (read back with poppler),
 * in the app's language; "Lijst als PDF" above the initiatives downloads the list to hand out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db';
import { literal, pdfFonts, pdfText } from '../helpers/pdf-read';
import { TYPE_COUNTS, WMS } from '../helpers/published-figures';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, startHarness, type Harness, withSampleScan } from './harness';

describe('the Rapport button', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      prepare: withSampleScan,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Clicks Rapport and returns the downloaded file's name and text. */
  const report = async () => {
    const download = h.page.waitForEvent('download', { timeout: 60_000 });
    await h.page.getByTestId('report-build').click();
    const file = await download;
    const path = join(tempDir('regioscan-report-'), file.suggestedFilename());
    await file.saveAs(path);
    const bytes = readFileSync(path);
    return { name: file.suggestedFilename(), text: pdfText(bytes), bytes };
  };
  const count = async () => Number((await h.page.getByTestId('activities-count').innerText()).replace(/\D/g, ''));

  it('on Activiteiten downloads the factsheet of the active filter, with the filter in words in its title', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await expect.poll(count, { timeout: 20_000 }).toBe(100);
    await h.page.getByTestId('referral-menu').click();
    await h.page.getByTestId('referral-werken-met-studenten').click();
    await expect.poll(() => h.page.getByTestId('filter-words').innerText(), { timeout: 20_000 }).toContain('Werken met studenten');
    await screenshot(h.page, 'report-button');
    await expectAccessible(h.page, 'Rapport button');
    const { name, text, bytes } = await report();
    expect(name).toMatch(/^regioscan-factsheet-noord-nederland-2022-werken-met-studenten-\d{4}-\d{2}-\d{2}\.pdf$/);
    // The date stands beside the filter and pdftotext puts it between the filter's two lines.
    const flat = text.replace(/\s+/g, ' ').replace(/ Opgesteld op \d{1,2} [a-z]+ \d{4}/, '');
    expect(flat).toContain('Filter: Type activiteit is Werken met studenten · Scan Noord-Nederland 2022 — 9 activiteiten, 9 initiatieven');
    expect(text).toMatch(new RegExp(`^\\s*Werken met studenten\\s+${TYPE_COUNTS['Werken met studenten']}\\s*$`, 'm'));
    expect(text).toMatch(/^\s*Totaal\s+9\s*$/m);
    expect(pdfFonts(bytes).every((f) => f.embedded)).toBe(true);
    await expect.poll(() => h.page.getByTestId('toast').innerText()).toContain(`${name} is gedownload.`);
  });

  it('prints the initiatives to refer to as a PDF that names the region and the contact organisations', async () => {
    const download = h.page.waitForEvent('download', { timeout: 60_000 });
    await h.page.getByTestId('print-initiatives').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^regioscan-initiatieven-noord-nederland-2022-werken-met-studenten-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = join(tempDir('regioscan-list-'), file.suggestedFilename());
    await file.saveAs(path);
    const text = pdfText(readFileSync(path), 'raw').replace(/\s+/g, ' ');
    expect(text).toContain('Voor ondernemers in Noord-Nederland: deze 9 initiatieven passen bij uw vraag.');
    for (const name of Object.keys(WMS)) expect(text).toContain(name);
    expect(text).toContain('Ik Ben Drents Ondernemer (IBDO)');
  });

  it('is on the Ecosysteemkaart too, and speaks English when the app does', async () => {
    await h.page.getByTestId('filter-clear').click();
    await expect.poll(() => h.page.getByTestId('filter-words').innerText()).toBe('Scan Noord-Nederland 2022 — 100 activiteiten, 33 initiatieven');
    await h.page.getByTestId('nav-ecosysteemkaart').click();
    await h.page.getByTestId('screen-ecosysteemkaart').waitFor();
    await h.page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => h.page.getByTestId('report-build').innerText()).toBe('Report');
    await screenshot(h.page, 'report-button-map');
    await expectAccessible(h.page, 'Report button on the map');
    const { name, text } = await report();
    expect(name).toMatch(/^regioscan-factsheet-noord-nederland-2022-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(text).toContain('1 Activities per type');
    expect(text).toMatch(new RegExp(`^\\s*${literal('Working with students')}\\s+${TYPE_COUNTS['Werken met studenten']}\\s*$`, 'm'));
    expect(text).toMatch(/^\s*Total\s+100\s*$/m);
    await h.page.getByTestId('language-switch').getByText('NL', { exact: true }).click();
    expectOnlyOwnOrigin(h);
    expect(h.consoleErrors).toEqual([]);
  });
});
