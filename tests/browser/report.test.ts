/**
 * *Rapport* in the real UI: on the Activiteiten screen with a filter and on the Ecosysteemkaart, the
 * button beside the filter in words downloads the factsheet of that filter (read back with poppler),
 * in the app's language; "Lijst als PDF" above the initiatives downloads the list to hand out.
 */
import { describe, expect, it } from 'vitest';
import { literal, pdfFonts, pdfText } from '../helpers/pdf-read';
import { TYPE_COUNTS, WMS } from '../helpers/published-figures';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp, withSampleScan } from './harness';
import { activitiesCount, download, openScreen, refer } from './steps';

describe('the Rapport button', () => {
  const h = useBrowserApp({ prepare: withSampleScan });

  /** Clicks Rapport and returns the downloaded file's name and text. */
  const report = async () => {
    const { name, bytes } = await download(h.page, 'report-build', { timeout: 60_000 });
    return { name, text: pdfText(bytes), bytes };
  };

  it('on Activiteiten downloads the factsheet of the active filter, with the filter in words in its title', async () => {
    await openScreen(h.page, 'activiteiten');
    await expect.poll(() => activitiesCount(h.page), { timeout: 20_000 }).toBe(100);
    await refer(h.page, 'werken-met-studenten');
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
    const file = await download(h.page, 'print-initiatives', { timeout: 60_000 });
    expect(file.name).toMatch(/^regioscan-initiatieven-noord-nederland-2022-werken-met-studenten-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(file.bytes, 'raw').replace(/\s+/g, ' ');
    expect(text).toContain('Voor ondernemers in Noord-Nederland: deze 9 initiatieven passen bij uw vraag.');
    for (const name of Object.keys(WMS)) expect(text).toContain(name);
    expect(text).toContain('Ik Ben Drents Ondernemer (IBDO)');
  });

  it('is on the Ecosysteemkaart too, and speaks English when the app does', async () => {
    await h.page.getByTestId('filter-clear').click();
    await expect.poll(() => h.page.getByTestId('filter-words').innerText()).toBe('Scan Noord-Nederland 2022 — 100 activiteiten, 33 initiatieven');
    await openScreen(h.page, 'ecosysteemkaart');
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
