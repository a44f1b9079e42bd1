/**
 * The Overzicht in a real browser on the sample scan plus a second imported scan (a copy of the
 * sample workbook as another region): the tables add up over both scans, a heatmap cell opens the
 * Activiteiten list with exactly its count, and charts and tables export to PNG, SVG and .xlsx.
 * Then on the sample plus a genuinely different scan (the canonical Drenthe fixture): the dashboard
 * is the sum of what overview.build gives for each scan on its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { main } from '../../src-main/cli/main';
import { emptyFilter } from '../../src-shared/filter';
import type { OverviewResult } from '../../src-shared/model';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { callChannel } from '../helpers/channel';
import { TYPE_COUNTS, TYPE_KNELPUNT } from '../helpers/published-figures';
import { expectAccessible, screenshot, SCREENSHOTS, useBrowserApp } from './harness';
import { download, openScreen } from './steps';

describe('the Overzicht on two scans in the real UI', () => {
  const h = useBrowserApp({
    prepare: async (db) => {
      const sample = sampleScanPath(join(REPO_ROOT, 'data'));
      await ensureSampleScan(db, sample);
      let err = '';
      const code = await main(['import', sample, '--region', 'Oost-Nederland', '--year', '2024', '--keep-both', '--db', db.name], { out: () => undefined, err: (t) => (err += t) });
      expect(code, err).toBe(0);
    },
  });
  beforeAll(() => openScreen(h.page, 'overzicht', 'ov-heatmap'));

  const cell = (type: string, k: number) => h.page.getByTestId(`ov-heat-${type}-${k}`);
  /** A close-up of one card, to look at beside the full-page screenshots. */
  const part = (testId: string, name: string) => h.page.getByTestId(testId).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const activitiesCount = async () => Number((await h.page.getByTestId('activities-count').innerText()).replace(/\D/g, ''));

  it('shows both scans: every published cell doubled, with words on each heatmap cell', async () => {
    // The copy holds the same 33 initiatives in another region: a roll-up counts each once (docs/links.md §6).
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText(), { timeout: 20_000 }).toBe('200 activiteiten van 33 initiatieven');
    expect(await h.page.getByTestId('ov-joined').innerText()).toContain('33 initiatieven zijn aan een initiatief van een andere gekozen scan gekoppeld en één keer geteld');
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
      return (await download(h.page, `${testId}-export-${name.split('.').pop()}`)).bytes;
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
    await h.page.keyboard.press('Alt+z');
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
    await openScreen(h.page, 'activiteiten');
    await h.page.getByTestId('filter-text').fill('zzqqxx');
    await h.page.getByTestId('no-matches').waitFor({ timeout: 20_000 });
    await openScreen(h.page, 'overzicht', 'ov-no-matches');
    await expectAccessible(h.page, 'overzicht empty');
  });
});

describe('the Overzicht on the sample and a different scan is the sum of the two', () => {
  /** The sample first, then the Drenthe fixture. */
  let perScan: OverviewResult[];
  /** Both together: initiatives linked across the two (equal names) count once. */
  let both: OverviewResult;
  let sampleId = 0;
  const h = useBrowserApp({
    prepare: async (db) => {
      sampleId = (await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))!;
      let err = '';
      const code = await main(['import', join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx'), '--keep-both', '--db', db.name], { out: () => undefined, err: (t) => (err += t) });
      expect(code, err).toBe(0);
    },
  });
  beforeAll(async () => {
    const call = <T,>(channel: string, args: unknown) => callChannel<T>(h.db, channel, args);
    const scans = (await call<{ id: number }[]>('scans.list', {})).map((s) => s.id).sort((a, b) => (a === sampleId ? -1 : b === sampleId ? 1 : 0));
    expect(scans).toHaveLength(2);
    expect(scans[0]).toBe(sampleId);
    perScan = await Promise.all(scans.map((id) => call<OverviewResult>('overview.build', { filter: emptyFilter([id]) })));
    both = await call<OverviewResult>('overview.build', { filter: emptyFilter(scans) });
    await openScreen(h.page, 'overzicht', 'ov-heatmap');
  });

  /** The heatmap's test id part for a value, as CrossTable makes it. */
  const key = (v: { code: string | null; label: string }) => (v.code ?? `u-${v.label}`).replace(/[^A-Za-z0-9-]+/g, '_');
  const sum = (f: (o: OverviewResult) => number) => perScan.reduce((s, o) => s + f(o), 0);

  it('shows the two scans’ activities and initiatives added up, and the scans differ', async () => {
    const [sample, other] = perScan as [OverviewResult, OverviewResult];
    expect(sample.total).toBe(100);
    expect(other.total).toBeGreaterThan(0);
    expect(other.total).not.toBe(sample.total);
    // Activities add up; an initiative linked across the scans counts once (docs/links.md §6).
    expect(both.initiatives + both.initiativesJoined).toBe(sum((o) => o.initiatives));
    await expect.poll(() => h.page.getByTestId('ov-summary').innerText(), { timeout: 20_000 }).toBe(`${sum((o) => o.total)} activiteiten van ${both.initiatives} initiatieven`);
  });

  it('has every type × knelpunt cell equal to the sum of the cells of each scan on its own', async () => {
    const expected = new Map<string, number>();
    for (const o of perScan) {
      o.typeBottleneck.rows.forEach((r, ri) =>
        o.typeBottleneck.columns.forEach((c, ci) => {
          const id = `ov-heat-${key(r)}-${key(c)}`;
          expected.set(id, (expected.get(id) ?? 0) + o.typeBottleneck.cells[ri]![ci]!);
        }),
      );
    }
    const shown = new Map(await h.page.getByTestId('ov-heat').locator('tbody [data-testid^="ov-heat-"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!, Number(e.textContent)] as [string, number])));
    expect(shown).toEqual(expected);
    // The second scan is not a copy: some cell differs from twice the sample's.
    const sample = perScan[0]!.typeBottleneck;
    expect(sample.rows.some((r, ri) => sample.columns.some((c, ci) => shown.get(`ov-heat-${key(r)}-${key(c)}`) !== 2 * sample.cells[ri]![ci]!))).toBe(true);
    // Row totals: activities per type over both scans.
    const rowTotals = await h.page.getByTestId('ov-heat').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, Number(tr.querySelector('td:last-child')!.textContent)]));
    const typeCount = (o: OverviewResult, label: string) => o.typeBottleneck.rows.find((r) => r.label === label)?.count ?? 0;
    for (const [label, n] of rowTotals) expect(n, String(label)).toBe(sum((o) => typeCount(o, String(label))));
  });

  it('adds up the quadrant’s cells: matching activities, known reaches and their sum', async () => {
    const cells = perScan[0]!.quadrant.cells.filter((c) => c.types.length > 0);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const per = perScan.map((o) => o.quadrant.cells.find((x) => x.reachClass === c.reachClass && x.effort === c.effort)!);
      const total = h.page.getByTestId(`ov-quadrant-total-${c.reachClass}-${c.effort}`);
      const name = `${c.reachClass}/${c.effort}`;
      expect(Number(await total.getAttribute('data-count')), name).toBe(per.reduce((s, x) => s + x.count, 0));
      expect(Number(await total.getAttribute('data-known')), name).toBe(per.reduce((s, x) => s + x.known, 0));
      const known = per.filter((x) => x.sum !== null);
      expect(await total.getAttribute('data-sum'), name).toBe(known.length === 0 ? '' : String(known.reduce((s, x) => s + x.sum!, 0)));
      expect(await total.innerText(), name).toContain(`Samen ${per.reduce((s, x) => s + x.count, 0)} activiteiten`);
    }
    // Per type, the number beside its name is the type's activities over both scans.
    for (const e of perScan[0]!.quadrant.entries) {
      const n = sum((o) => o.quadrant.entries.find((x) => x.type.code === e.type.code)?.type.count ?? 0);
      expect(await h.page.getByTestId(`ov-quadrant-type-${e.type.code}`).innerText()).toBe(`${e.type.label} (${n})`);
    }
    await expectAccessible(h.page, 'overzicht sample + Drenthe');
    await screenshot(h.page, 'overview-sample-and-drenthe');
    await h.page.getByTestId('ov-quadrant').screenshot({ path: join(SCREENSHOTS, 'overview-quadrant-sample-and-drenthe.png') });
  });
});
