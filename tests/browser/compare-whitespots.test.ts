/**
 * Vergelijken and Witte vlekken in the real UI, on the sample plus a copy of it imported under
 * another region and year (and a small Drenthe fixture, so that some values are absent in one scan).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { emptyFilter } from '../../src-shared/filter';
import type { CompareResult, WhiteSpotResult } from '../../src-shared/model';
import { main } from '../../src-main/cli/main';
import { REPO_ROOT } from '../../src-main/version';
import { callChannel } from '../helpers/channel';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { download, openScreen } from './steps';

async function cliImport(db: string, file: string, extra: string[] = []): Promise<void> {
  let err = '';
  const code = await main(['import', file, '--db', db, '--keep-both', ...extra], { out: () => undefined, err: (s) => (err += s) });
  expect(code, err).toBe(0);
}

describe('Vergelijken and Witte vlekken in a real browser', () => {
  let scans: number[];
  const h = useBrowserApp({ prepare: withSampleScan });
  const call = <T,>(channel: string, args: unknown) => callChannel<T>(h.db, channel, args);
  beforeAll(async () => {
    await cliImport(h.databasePath, join(REPO_ROOT, 'data', 'regioscan-noord-nederland-2022.xlsx'), ['--region', 'Oost-Nederland', '--year', '2023']);
    await cliImport(h.databasePath, join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx'));
    // In the order of the scans list, which is the order the header selects them in.
    scans = (await call<{ id: number }[]>('scans.list', {})).map((s) => s.id);
    expect(scans).toHaveLength(3);
    // The app loads the scans list at start: reload so it sees the two imported by the CLI.
    await h.page.reload();
    await h.page.waitForSelector('[data-testid^="screen-"]');
  });
  const workbook = async (testId: string) => XLSX.read((await download(h.page, testId)).bytes, { type: 'buffer' });

  it('compares the three scans side by side, with the counts main computes and absent values marked', async () => {
    await openScreen(h.page, 'vergelijken', 'compare-table-type');
    const expected = await call<CompareResult>('compare.build', { scans, filter: emptyFilter(scans) });
    const totals = await h.page.getByTestId('compare-totals').innerText();
    for (const s of expected.scans) expect(totals).toContain(s.label);
    const net = expected.dimensions.find((d) => d.key === 'type')!.values.find((v) => v.code === 'netwerken')!;
    const cells = await h.page.getByTestId('compare-row-type-netwerken').locator('td').allInnerTexts();
    // Per scan: count, then share per 100 (Dutch decimal comma); a count of 0 where another scan has it reads "afwezig".
    expect(cells.slice(0, 6)).toEqual(net.counts.flatMap((n, i) => [n === 0 ? 'afwezig' : String(n), net.shares[i]!.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })]));
    const absent = expected.dimensions.find((d) => d.key === 'type')!.values.filter((v) => v.presence === 'some').flatMap((v) => v.counts.filter((n) => n === 0)).length;
    expect(absent).toBeGreaterThan(0);
    await expect.poll(() => h.page.getByTestId('compare-absent').count()).toBe(absent);
    await expectAccessible(h.page, 'vergelijken');
    await screenshot(h.page, 'compare-type');
    await h.page.getByTestId('compare-tab-sector').click();
    await h.page.getByTestId('compare-table-sector').waitFor();
    await screenshot(h.page, 'compare-sector');
  });

  it('marks "groot verschil" on exactly the values whose shares main puts 10 points or more apart', async () => {
    await openScreen(h.page, 'vergelijken', 'compare-tab-type');
    const expected = await call<CompareResult>('compare.build', { scans, filter: emptyFilter(scans) });
    // Spreads are floats: exactly ten points may compute as 9.999999999999996.
    const big = (v: CompareResult['dimensions'][number]['values'][number]) => v.spread > 10 - 1e-9;
    const rowId = (dim: string, v: { code: string | null; label: string }) => `compare-row-${dim}-${v.code ?? v.label}`;
    for (const key of ['type', 'sector', 'bottleneck']) {
      await h.page.getByTestId(`compare-tab-${key}`).click();
      const table = h.page.getByTestId(`compare-table-${key}`);
      await table.waitFor();
      const dim = expected.dimensions.find((d) => d.key === key)!;
      const shown = dim.values.filter((v) => v.presence !== 'none');
      const marked = shown.filter(big).map((v) => rowId(key, v));
      // The comparison has to tell both kinds apart to test anything.
      expect(marked.length, key).toBeGreaterThan(0);
      expect(marked.length, key).toBeLessThan(shown.length);
      await expect.poll(() => table.locator('tbody tr').count()).toBe(shown.length);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-testid'), big: tr.querySelector('[data-testid="compare-big"]') !== null, text: tr.textContent ?? '' })));
      expect(rows.filter((r) => r.big).map((r) => r.id), key).toEqual(marked);
      expect(rows.filter((r) => r.big).every((r) => r.text.includes('groot verschil'))).toBe(true);
      // The tab's badge counts the values that differ: absent somewhere or far apart.
      const differing = dim.values.filter((v) => v.presence === 'some' || big(v)).length;
      expect(differing, key).toBeGreaterThan(0);
      expect((await h.page.getByTestId(`compare-tab-${key}`).innerText()).trim().split(/\s+/).pop(), key).toBe(String(differing));
    }
    await h.page.getByTestId('compare-tab-type').click();
  });

  it('exports the comparison as .xlsx with a summary and a sheet per dimension', async () => {
    const wb = await workbook('compare-export');
    const expected = await call<CompareResult>('compare.build', { scans, filter: emptyFilter(scans) });
    expect(wb.SheetNames).toEqual(['Samenvatting', ...expected.dimensions.map((d) => d.label)]);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Samenvatting!, { header: 1 });
    expect(summary.slice(1, 4)).toEqual(expected.scans.map((s) => [s.label, s.total, s.initiatives]));
  });

  it('shows the 1694 combinations of the default matrix, and a cell opens exactly its activities', async () => {
    await openScreen(h.page, 'witte-vlekken', 'whitespots-matrix');
    const expected = await call<WhiteSpotResult>('whitespots.build', { filter: emptyFilter(scans) });
    expect(expected.combinations).toBe(1694);
    await expect.poll(() => h.page.getByTestId('ws-summary').innerText()).toContain(`1.694 combinaties, waarvan ${expected.empty.toLocaleString('nl-NL')} leeg`);
    // Layer 0 (knelpunt 0) as main computed it, cell by cell; empty cells show a dash.
    const shown = await h.page.locator('[data-testid="whitespots-matrix"] button').evaluateAll((els) => els.map((e) => [e.getAttribute('data-count'), e.textContent]));
    expect(shown.map(([n]) => Number(n))).toEqual(expected.counts.slice(0, 22 * 7));
    expect(shown.every(([n, text]) => (n === '0' ? text === '–' : text === n))).toBe(true);
    await expectAccessible(h.page, 'witte vlekken');
    await screenshot(h.page, 'whitespots-default');

    // The busiest cell of layer 0: hover says it in words, click lands on the filtered list.
    const counts = expected.counts.slice(0, 22 * 7);
    const best = counts.indexOf(Math.max(...counts));
    const cell = h.page.getByTestId(`ws-cell-${Math.floor(best / 7)}-${best % 7}`);
    await cell.hover();
    const words = await h.page.getByTestId('whitespots-readout').innerText();
    expect(words).toContain(expected.rows.values[Math.floor(best / 7)]!.label);
    expect(words).toContain(`Knelpunten 0 ${expected.layers!.values[0]!.label}`);
    expect(words).toContain(`${counts[best]} activiteiten`);
    expect(await cell.getAttribute('aria-label')).toBe(words);
    await cell.click();
    await h.page.getByTestId('screen-activiteiten').waitFor();
    await expect.poll(async () => Number((await h.page.getByTestId('activities-count').innerText()).replace(/\D/g, '')), { timeout: 20_000 }).toBe(counts[best]);
    expect(await h.page.getByTestId('filter-words').innerText()).toContain('Knelpunt is 0 Probleemsignalering en vraagarticulatie');
  });

  it('moves through the matrix with the keyboard, and exports the long table and the pivot', async () => {
    await openScreen(h.page, 'witte-vlekken', 'whitespots-matrix');
    await h.page.getByTestId('ws-cell-0-0').focus();
    await h.page.keyboard.press('ArrowRight');
    await h.page.keyboard.press('ArrowDown');
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1-1');
    const wb = await workbook('ws-export');
    expect(wb.SheetNames).toEqual(['Combinaties', 'Matrix', 'Filter']);
    // The filter from the clicked cell narrows the counts, but the frame keeps its 1694 combinations.
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Combinaties!)).toHaveLength(1694);
  });

  it('reads in dark mode and passes the accessibility check there', async () => {
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await expectAccessible(h.page, 'witte vlekken (dark)');
    await screenshot(h.page, 'whitespots-dark');
    await openScreen(h.page, 'vergelijken', 'compare-table-type');
    await expectAccessible(h.page, 'vergelijken (dark)');
    await screenshot(h.page, 'compare-dark');
    await h.page.getByTestId('color-scheme-toggle').click();
  });
});
