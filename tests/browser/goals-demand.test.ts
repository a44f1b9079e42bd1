/**
 * Issue 19 in the real UI, on the sample scan: an analyst defines a goal from the filter and sees
 * met / not met with the numbers, edits it, opens what serves it, lists only the white spots inside
 * the goals, imports a demand table and reads the heatmap with demand without supply first, and
 * reads the list of possible double work with the funders side by side. Expected figures come from
 * main's own channels on the same database.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { main } from '../../src-main/cli/main';
import { REPO_ROOT } from '../../src-main/version';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { WhiteSpotResult } from '../../src-shared/model';
import type { GoalComparison } from '../../src-shared/goals-model';
import type { DemandResult, GoalResult, OverlapGroup } from '../../src-shared/surveys-model';
import { callChannel } from '../helpers/channel';
import { expectAccessible, screenshot, SCREENSHOTS, useBrowserApp, withSampleScan } from './harness';
import { download, openScreen } from './steps';

describe('Beleidsdoelen, Witte vlekken within goals, Vraag en aanbod and Dubbel werk in a real browser', () => {
  const h = useBrowserApp({ prepare: withSampleScan });
  let scan: number;
  const call = <T,>(channel: string, args: unknown) => callChannel<T>(h.db, channel, args);
  const goalFilter = (): Filter => ({ ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }, { dimension: 'bottleneck', mode: 'any', values: ['6'] }] });

  beforeAll(async () => {
    scan = (await call<{ id: number }[]>('scans.list', {}))[0]!.id;
  });

  it('defines a goal from the active filter and shows it not met, then met, with the numbers', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('facet-type-werken-met-studenten').check();
    await h.page.getByTestId('facet-bottleneck').scrollIntoViewIfNeeded();
    await h.page.getByTestId('facet-bottleneck-6').check();
    const truth = await call<{ total: number; initiatives: number }>('query.facets', { filter: goalFilter() });
    expect(truth.total).toBeGreaterThan(1);

    await openScreen(h.page, 'beleidsdoelen', 'goals-none');
    await h.page.getByTestId('goal-add').click();
    await expect.poll(() => h.page.getByTestId('goal-dialog-filter').innerText()).toContain('Werken met studenten');
    await h.page.getByTestId('goal-name').fill('Studenten aan interne kennis');
    await h.page.getByTestId('goal-target').fill(String(truth.total + 3));
    await h.page.getByTestId('goal-save').click();
    await h.page.getByTestId('goals-list').waitFor();
    const [goal] = await call<GoalResult[]>('goals.list', { scans: [scan] });
    expect(goal).toMatchObject({ name: 'Studenten aan interne kennis', count: truth.total, initiatives: truth.initiatives, target: truth.total + 3, met: false });
    const card = h.page.getByTestId(`goal-${goal!.id}`);
    await expect.poll(() => card.getByTestId('goal-status').getAttribute('data-status')).toBe('not-met');
    const numbers = await card.getByTestId('goal-numbers').innerText();
    expect(numbers).toContain(`${truth.total} van ${truth.total + 3} activiteiten`);
    expect(numbers).toContain('nog 3 tekort');
    expect(await card.getByTestId('goal-status').innerText()).toContain('Niet gehaald');
    await screenshot(h.page, 'goals-not-met');

    // Edit: a target the goal reaches, and a minimum reach it reaches too.
    await card.getByTestId('goal-edit').click();
    await h.page.getByTestId('goal-target').fill(String(truth.total));
    await h.page.getByTestId('goal-min-reach').fill(String(goal!.reach));
    await h.page.getByTestId('goal-save').click();
    await expect.poll(() => card.getByTestId('goal-status').getAttribute('data-status')).toBe('met');
    expect(await card.getByTestId('goal-status').innerText()).toContain('Gehaald');
    expect(await card.getByTestId('goal-numbers').innerText()).toContain(`${truth.total} van ${truth.total} activiteiten`);
    // The edit is one change group in the history, with origin goal.
    const history = await call<{ origin: string; field: string }[]>('history.list', {});
    expect(history.filter((e) => e.origin === 'goal').map((e) => e.field)).toEqual(expect.arrayContaining([`goal[${goal!.id}]`, `goal[${goal!.id}].target`]));
  });

  it('opens the activities, initiatives and beleidsrationale that serve the goal', async () => {
    const [goal] = await call<GoalResult[]>('goals.list', { scans: [scan] });
    const card = h.page.getByTestId(`goal-${goal!.id}`);
    await card.getByTestId('goal-toggle').click();
    await card.getByTestId('goal-activities').waitFor({ timeout: 20_000 });
    await expect.poll(() => card.getByTestId('goal-activity').count()).toBe(goal!.count);
    await expect.poll(() => card.getByTestId('goal-initiatives').locator('li').count()).toBe(goal!.initiatives);
    const facets = await call<{ facets: { rationale: { label: string; count: number }[] } }>('query.facets', { filter: goal!.filter });
    const rationale = facets.facets.rationale.filter((r) => r.count > 0);
    expect(rationale.length).toBeGreaterThan(0);
    const shown = await card.getByTestId('goal-rationale').innerText();
    for (const r of rationale) expect(shown).toContain(`${r.label}: ${r.count}`);
    await h.page.getByTestId('goals-compare-table').waitFor();
    await expectAccessible(h.page, 'beleidsdoelen');
    await screenshot(h.page, 'goals-met-details');
    const first = card.getByTestId('goal-activity').first();
    const name = await first.innerText();
    await first.click();
    await expect.poll(() => h.page.getByTestId('detail-drawer').innerText()).toContain(name);
    await screenshot(h.page, 'goals-detail-panel');
    await h.page.keyboard.press('Escape');
  });

  it('lists only the white-spot combinations inside the goals, white spots first', async () => {
    await openScreen(h.page, 'witte-vlekken', 'ws-summary');
    await h.page.getByTestId('ws-goals-only').click();
    await h.page.getByTestId('ws-goals').waitFor({ timeout: 20_000 });
    // The goal names knelpunt 6: every sector × form combination in the layer of knelpunt 6 is inside it.
    const result = await call<WhiteSpotResult>('whitespots.build', { filter: goalFilter(), rows: 'sector', cols: 'form', layers: 'bottleneck', includeGeneric: true, includeOther: false });
    const layer = result.layers!.values.findIndex((v) => v.value === '6');
    const per = result.rows.values.length * result.cols.values.length;
    const counts = result.counts.slice(layer * per, (layer + 1) * per);
    const rows = h.page.getByTestId('ws-goal-cell');
    await expect.poll(() => rows.count()).toBe(Math.min(50, per));
    await h.page.screenshot({ path: join(SCREENSHOTS, 'whitespots-goals-only.png') });
    if (per > 50) await h.page.getByTestId('ws-goals-all').click();
    await expect.poll(() => rows.count()).toBe(per);
    const shown = (await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))) as number[];
    expect(shown).toEqual([...counts].sort((a, b) => a - b));
    expect(shown[0]).toBe(0);
    expect(await h.page.getByTestId('ws-goals-summary').innerText()).toContain(`waarvan ${counts.filter((n) => n === 0).length} zonder activiteit`);
    expect(await h.page.getByTestId('ws-summary').count()).toBe(0);
    await h.page.getByTestId('ws-goals-only').click();
    await h.page.getByTestId('ws-summary').waitFor();
  });

  it('imports a demand table and shows demand beside supply, demand without supply first', async () => {
    await openScreen(h.page, 'vraag-en-aanbod', 'demand-none');
    const csv = 'Sector;Knelpunt;Gewicht;Bron\nR;6;120;mkb-enquête\nA;11;300;sectormonitor\nC;3;45;sectormonitor\nZ;3;10;typo\n';
    // A table with a bad cell is refused whole, with the cell named.
    await h.page.getByTestId('demand-import-input').setInputFiles({ name: 'vraag-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await h.page.getByTestId('demand-refused').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('demand-refused').innerText()).toContain('"Z"');
    expect((await call<DemandResult>('demand.view', { filter: goalFilter() })).rows).toEqual([]);
    const good = csv.replace('Z;3;10;typo\n', '');
    await h.page.getByTestId('demand-import-input').setInputFiles({ name: 'vraag.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'utf8') });
    await h.page.getByTestId('demand-heatmap').waitFor({ timeout: 20_000 });
    const expected = await call<DemandResult>('demand.view', { filter: goalFilter() });
    const gaps = expected.cells.filter((c) => c.demand > 0 && c.supply === 0);
    expect(gaps.length).toBeGreaterThan(0);
    const listed = await h.page.getByTestId('demand-gap').allInnerTexts();
    expect(listed).toHaveLength(gaps.length);
    expect(listed[0]).toContain(`${gaps[0]!.sector} ${gaps[0]!.sectorLabel}`);
    expect(listed[0]).toContain(`vraag ${gaps[0]!.demand}`);
    // Rows: the sector with the most demand first; its gap cell is marked.
    const sectors = await h.page.getByTestId('demand-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-sector')));
    expect(sectors.slice(0, 3)).toEqual(['A', 'R', 'C']);
    const gapCell = h.page.locator(`[data-sector="${gaps[0]!.sector}"] td[data-kind="gap"]`);
    expect(await gapCell.count()).toBe(1);
    const r6 = expected.cells.find((c) => c.sector === 'R' && c.bottleneck === '6')!;
    const rRow = await h.page.locator('[data-sector="R"] td').nth(6).innerText();
    expect(rRow.replace(/\s+/g, ' ')).toContain(`V ${r6.demand} A ${r6.supply}`);
    await expectAccessible(h.page, 'vraag en aanbod');
    await screenshot(h.page, 'demand-heatmap');
  });

  it('lists possible double work with the funders side by side', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('facet-type-werken-met-studenten').uncheck();
    await h.page.getByTestId('facet-bottleneck').scrollIntoViewIfNeeded();
    await h.page.getByTestId('facet-bottleneck-6').uncheck();
    await h.page.getByTestId('nav-vraag-en-aanbod').click();
    await h.page.getByTestId('overlap-tab').click();
    const expected = await call<OverlapGroup[]>('nextdoor.overlap', { filter: emptyFilter([scan]) });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => h.page.getByTestId('overlap-group').count(), { timeout: 20_000 }).toBe(expected.length);
    const first = await h.page.getByTestId('overlap-group').first().innerText();
    for (const a of expected[0]!.activities) {
      expect(first).toContain(a.name);
      expect(first).toContain(a.initiative);
      for (const f of a.funders) expect(first).toContain(f);
    }
    await expectAccessible(h.page, 'dubbel werk');
    await screenshot(h.page, 'demand-overlap');
  });

  it('compares the goal across an earlier and a later scan', async () => {
    let err = '';
    const code = await main(['import', join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx'), '--db', h.databasePath, '--keep-both'], { out: () => undefined, err: (s) => (err += s) });
    expect(code, err).toBe(0);
    const scans = (await call<{ id: number }[]>('scans.list', {})).map((s) => s.id);
    expect(scans).toHaveLength(2);
    await h.page.reload();
    await h.page.getByTestId('nav-beleidsdoelen').click();
    const table = h.page.getByTestId('goals-compare-table');
    await table.waitFor({ timeout: 20_000 });
    await expect.poll(() => table.locator('thead th').count()).toBe(3);
    const expected = await call<GoalComparison>('goals.compare', { scans });
    const cells = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toHaveLength(2);
    expected.goals[0]!.perScan.forEach((s, i) => {
      expect(cells[i]).toContain(`${s.count} act.`);
      expect(cells[i]).toContain(s.met ? 'Gehaald' : 'Niet gehaald');
    });
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.slice(1).sort()).toEqual(expected.scans.map((s) => s.label).sort());
    await table.scrollIntoViewIfNeeded();
    await screenshot(h.page, 'goals-compare');
  });

  it('exports the goals to .xlsx, shares them as a file and reads that file back', async () => {
    await openScreen(h.page, 'beleidsdoelen', 'goals-list');
    const wb = XLSX.read((await download(h.page, 'goals-export')).bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Doelen', 'Per scan', 'Activiteiten per doel', 'Over']);
    const [goal] = await call<GoalResult[]>('goals.list', {});
    expect(XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Doelen!)[0]).toMatchObject({ Doel: goal!.name });
    const shared = (await download(h.page, 'goals-share')).path;
    expect(shared).toMatch(/\.regioscan-goals\.json$/);
    await h.page.getByTestId('goals-import-input').setInputFiles(shared);
    await expect.poll(() => h.page.getByTestId('goals-list').locator('> li').count(), { timeout: 20_000 }).toBe(2);
    expect((await call<GoalResult[]>('goals.list', {})).map((g) => g.name)).toEqual([goal!.name, `${goal!.name} (2)`]);
    await h.page.getByTestId('goals-import-input').setInputFiles({ name: 'kapot.regioscan-goals.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"regioscan-goals","version":1,"goals":[{"name":""}]}') });
    await expect.poll(() => h.page.getByText('Dit doelenbestand is niet ingelezen', { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await call<GoalResult[]>('goals.list', {})).toHaveLength(2);
    // Deleting asks first, then the goal is gone.
    const copy = h.page.getByTestId('goals-list').locator('> li').nth(1);
    await copy.getByTestId('goal-delete').click();
    await h.page.getByTestId('goal-delete-confirm').click();
    await expect.poll(() => h.page.getByTestId('goals-list').locator('> li').count()).toBe(1);
  });

  it('reads in English and in the dark, and stays accessible', async () => {
    await h.page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => h.page.getAttribute('html', 'lang')).toBe('en');
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('dark');
    await h.page.getByTestId('nav-beleidsdoelen').click();
    await expect.poll(() => h.page.getByTestId('goal-status').first().innerText(), { timeout: 20_000 }).toMatch(/^(Met|Not met)/);
    await expectAccessible(h.page, 'dark english goals');
    await screenshot(h.page, 'goals-en-dark');
    await openScreen(h.page, 'vraag-en-aanbod', 'demand-heatmap');
    expect(await h.page.getByTestId('demand-summary').innerText()).toMatch(/3 demand rows from 1 file/);
    expect((await h.page.locator('[data-sector="A"] td').nth(11).innerText()).replace(/\s+/g, ' ')).toMatch(/^D 300 S \d+$/);
    await expectAccessible(h.page, 'dark english demand');
    await screenshot(h.page, 'demand-en-dark');
    await h.page.getByTestId('nav-witte-vlekken').click();
    await h.page.getByTestId('ws-goals-only').click();
    await h.page.getByTestId('ws-goals').waitFor({ timeout: 20_000 });
    await expectAccessible(h.page, 'dark english white spots within goals');
    await h.page.getByTestId('nav-vraag-en-aanbod').click();
    await h.page.getByTestId('overlap-tab').click();
    await h.page.getByTestId('overlap-group').first().waitFor({ timeout: 20_000 });
    await expectAccessible(h.page, 'dark english double work');
    await h.page.getByTestId('color-scheme-toggle').click();
    await h.page.getByTestId('language-switch').getByText('NL', { exact: true }).click();
  });
});
