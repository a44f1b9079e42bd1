/**
 * The Overzicht in a real browser on the sample scan plus a second imported scan (a copy of the
 * sample workbook as another region): the tables add up over both scans, a heatmap cell opens the
 * Activiteiten list with exactly its count, and charts and tables export to PNG, SVG and .xlsx.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { main } from '../../src-main/cli/main';
import { ensureSampleScan, sampleScanPath } from '../../src-main/sample';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';
import { TYPE_COUNTS, TYPE_KNELPUNT } from '../helpers/published-figures';
import { expectAccessible, screenshot, SCREENSHOTS, startHarness, type Harness } from './harness';

describe('the Overzicht on two scans in the real UI', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      prepare: async (db) => {
        const sample = sampleScanPath(join(REPO_ROOT, 'data'));
        await ensureSampleScan(db, sample);
        let err = '';
        const code = await main(['import', sample, '--region', 'Oost-Nederland', '--year', '2024', '--keep-both', '--db', db.name], { out: () => undefined, err: (t) => (err += t) });
        expect(code, err).toBe(0);
      },
    });
    await h.page.getByTestId('nav-overzicht').click();
    await h.page.getByTestId('ov-heatmap').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await h?.close();
  });

  const cell = (type: string, k: number) => h.page.getByTestId(`ov-heat-${type}-${k}`);
  /** A close-up of one card, to look at beside the full-page screenshots. */
  const part = (testId: string, name: string) => h.page.getByTestId(testId).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const activitiesCount = async () => Number((await h.page.getByTestId('activities-count').innerText()).replace(/\D/g, ''));

  it('shows both scans: every published cell doubled, with words on each heatmap cell', async () => {
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText(), { timeout: 20_000 }).toBe('200 activiteiten van 66 initiatieven');
    expect(await h.page.getByTestId('filter-words').innerText()).toContain('Scans Noord-Nederland 2022, Oost-Nederland 2024');
    // Werken met studenten × knelpunt 6: 7 in the sample, 14 over the two copies.
    await expect(cell('werken-met-studenten', 6).innerText()).resolves.toBe(String(2 * TYPE_KNELPUNT['Werken met studenten']![6]!));
    expect(await cell('werken-met-studenten', 6).getAttribute('aria-label')).toBe('Werken met studenten met knelpunt 6 Interne kennis: 14 activiteiten. Toon deze activiteiten.');
    const row = await h.page.getByTestId('ov-heat').locator('tbody tr').filter({ hasText: 'Netwerken & coördineren' }).locator('td').last().innerText();
    expect(Number(row)).toBe(2 * TYPE_COUNTS['Netwerken & coördineren']!);
    expect(await h.page.getByTestId('ov-providers-count').innerText()).toMatch(/^\d+ van de \d+ betrokken organisaties$/);
    await expectAccessible(h.page, 'overzicht light');
    await screenshot(h.page, 'overview-two-scans-light');
    await part('ov-heatmap', 'overview-heatmap-light');
    await part('ov-dim-sector', 'overview-sector-chart-light');
  });

  it('stays accessible in dark mode', async () => {
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('dark');
    await expectAccessible(h.page, 'overzicht dark');
    await screenshot(h.page, 'overview-two-scans-dark');
    await part('ov-heatmap', 'overview-heatmap-dark');
    await part('ov-quadrant', 'overview-quadrant-dark');
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('light');
  });

  it('exports the heatmap as .xlsx with the table and the filter in words, and a chart as PNG and SVG', async () => {
    const save = async (testId: string, name: string) => {
      await h.page.getByTestId(`${testId}-export`).click();
      const download = h.page.waitForEvent('download');
      await h.page.getByTestId(`${testId}-export-${name.split('.').pop()}`).click();
      const file = join(tempDir(), name);
      await (await download).saveAs(file);
      return readFileSync(file);
    };
    const wb = XLSX.read(await save('ov-heatmap', 'heat.xlsx'));
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, blankrows: true });
    expect(rows[0]).toEqual(['Type activiteit × knelpunt']);
    expect(rows[1]).toEqual(['Scans', 'Noord-Nederland 2022; Oost-Nederland 2024']);
    expect(String(rows[2]![1])).toContain('200 activiteiten');
    const wms = rows.find((r) => r[0] === 'Werken met studenten')!;
    expect(wms.slice(1, 13)).toEqual(TYPE_KNELPUNT['Werken met studenten']!.map((n) => 2 * n));

    const svg = (await save('ov-dim-type', 'types.svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Activiteiten per type activiteit');
    expect(svg).toContain('Noord-Nederland 2022, Oost-Nederland 2024');
    expect(svg).toContain('Netwerken &amp; coördineren');
    const png = await save('ov-dim-type', 'types.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1280);
    expect(png.length).toBeGreaterThan(10_000);

    const heatSvg = (await save('ov-heatmap', 'heat.svg')).toString('utf8');
    expect(heatSvg).toContain('Type activiteit × knelpunt');
    expect(heatSvg).toMatch(/<rect [^>]*fill="rgb\(/);
    // Kept beside the screenshots, to look at.
    writeFileSync(join(SCREENSHOTS, 'overview-export-types.png'), png);
    writeFileSync(join(SCREENSHOTS, 'overview-export-heatmap.png'), await save('ov-heatmap', 'heat.png'));
    writeFileSync(join(SCREENSHOTS, 'overview-export-quadrant.png'), await save('ov-quadrant', 'quadrant.png'));
  });

  it('lists fewer organisations for a higher N in providers × role, and the same again for N = 5', async () => {
    const before = await h.page.getByTestId('ov-providers-table').locator('tbody tr').count();
    const input = h.page.getByTestId('ov-providers-min');
    await input.fill('12');
    await expect.poll(() => h.page.getByTestId('ov-providers-table').locator('tbody tr').count()).toBeLessThan(before);
    await input.fill('5');
    await expect.poll(() => h.page.getByTestId('ov-providers-table').locator('tbody tr').count()).toBe(before);
  });

  it('opens the Activiteiten list with exactly a heatmap cell’s count', async () => {
    const n = Number(await cell('onderzoek', 10).innerText());
    expect(n).toBe(2 * TYPE_KNELPUNT['Onderzoek & ontwikkeling']![10]!);
    await cell('onderzoek', 10).click();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    await expect.poll(activitiesCount, { timeout: 20_000 }).toBe(n);
    const words = await h.page.getByTestId('filter-words').innerText();
    expect(words).toContain('Type activiteit is Onderzoek & ontwikkeling');
    expect(words).toContain('Knelpunt is 10 Coördinatie');
    await screenshot(h.page, 'overview-heatmap-click');
  });

  it('follows the filter back on the Overzicht, and a bar or table value narrows it further', async () => {
    await h.page.getByTestId('nav-overzicht').click();
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText(), { timeout: 20_000 }).toMatch(/^12 activiteiten/);
    await h.page.getByTestId('ov-dim-geography').locator('label', { hasText: 'Tabel' }).click();
    const button = h.page.getByTestId('ov-dim-geography-table').getByRole('button').first();
    const label = (await button.getAttribute('aria-label'))!;
    const expected = Number(/: (\d+) activiteiten/.exec(label)![1]);
    await button.click();
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText()).toMatch(new RegExp(`^${expected} activiteit`));
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText()).toMatch(/^12 activiteiten/);
  });

  it('speaks English when switched, codebook labels included', async () => {
    await h.page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => h.page.locator('#ov-heatmap-title').innerText(), { timeout: 20_000 }).toBe('Activity type × bottleneck');
    expect(await h.page.getByTestId('ov-summary').innerText()).toMatch(/^\d+ activities of \d+ initiatives$/);
    expect(await h.page.getByTestId('ov-heatmap').locator('tbody th').first().innerText()).toBe('Research & development');
    await screenshot(h.page, 'overview-english');
    await h.page.getByTestId('language-switch').getByText('NL', { exact: true }).click();
    await expect.poll(() => h.page.locator('#ov-heatmap-title').innerText()).toBe('Type activiteit × knelpunt');
  });

  it('says so when nothing matches', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    await h.page.getByTestId('filter-text').fill('zzqqxx');
    await h.page.getByTestId('no-matches').waitFor({ timeout: 20_000 });
    await h.page.getByTestId('nav-overzicht').click();
    await h.page.getByTestId('ov-no-matches').waitFor({ timeout: 20_000 });
    await expectAccessible(h.page, 'overzicht empty');
  });
});
