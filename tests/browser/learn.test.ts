/** Leer van elkaar in a real browser: the lists agree with `regioscan pairings`, lenses switch, a pair expands, the list exports, and "Leer van…" works from a detail panel. */
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { main } from '../../src-main/cli/main';
import { partnersOf } from '../../src-main/pairings/partners';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { download, openScreen } from './steps';

interface CliPair {
  a: { initiative: string };
  b: { initiative: string };
  score: number;
  activityPairs?: number;
}

async function cliPairs(db: string, args: string[]): Promise<CliPair[]> {
  let out = '';
  expect(await main(['pairings', '--db', db, '--json', ...args], { out: (t) => (out += t), err: () => undefined })).toBe(0);
  return JSON.parse(out) as CliPair[];
}

describe('Leer van elkaar in a real browser', () => {
  const h = useBrowserApp({ prepare: withSampleScan });
  beforeAll(() => openScreen(h.page, 'leer-van-elkaar', 'learn-pairs'));

  const shownPairs = () =>
    h.page.getByTestId('pair-row').evaluateAll((rows) =>
      rows.map((r) => {
        const names = Array.from(r.querySelectorAll('.rs-pair-side'), (s) => s.querySelector('button')?.textContent ?? '');
        return { a: names[0], b: names[1], score: Number(r.querySelector('[data-testid="pair-score"]')?.textContent) };
      }),
    );

  it('lists the initiative pairs of lens A as the CLI does, best first, with the reason in words', async () => {
    const cli = await cliPairs(h.databasePath, ['--lens', 'A', '--by', 'initiative', '--top', '50']);
    expect(cli.length).toBeGreaterThan(5);
    await expect.poll(async () => (await shownPairs()).length).toBe(cli.length);
    expect(await shownPairs()).toEqual(cli.map((p) => ({ a: p.a.initiative, b: p.b.initiative, score: p.score })));
    expect(await h.page.getByTestId('pair-why').first().innerText()).toMatch(/^Beide: sector .+ · vorm /);
    await expectAccessible(h.page, 'leer-van-elkaar');
    await screenshot(h.page, 'learn-lens-a');
  });

  it('switches lenses (B, then C) and the list follows', async () => {
    for (const lens of ['B', 'C'] as const) {
      await h.page.getByTestId('learn-lens').getByText(new RegExp(`^${lens} ·`)).click();
      const cli = await cliPairs(h.databasePath, ['--lens', lens, '--by', 'initiative', '--top', '50']);
      await expect.poll(async () => JSON.stringify((await shownPairs()).slice(0, 5)), { timeout: 20_000 }).toBe(JSON.stringify(cli.slice(0, 5).map((p) => ({ a: p.a.initiative, b: p.b.initiative, score: p.score }))));
      await expect.poll(() => h.page.getByTestId('learn-question').innerText()).toMatch(lens === 'B' ? /knelpunt/ : /aanbieders/);
    }
    await screenshot(h.page, 'learn-lens-c');
  });

  it('expands a pair into the activity pairs behind it', async () => {
    const cli = await cliPairs(h.databasePath, ['--lens', 'C', '--by', 'initiative', '--top', '50']);
    await h.page.getByTestId('pair-expand').first().click();
    await expect.poll(() => h.page.getByTestId('activity-pair').count(), { timeout: 20_000 }).toBe(cli[0]!.activityPairs);
    await screenshot(h.page, 'learn-expanded');
    await expectAccessible(h.page, 'leer-van-elkaar expanded');
  });

  it('exports the list to .xlsx with the lens, the filter and the reasons', async () => {
    const wb = XLSX.read((await download(h.page, 'learn-export')).bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Paren', 'Activiteitenparen', 'Uitleg']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Paren!);
    const cli = await cliPairs(h.databasePath, ['--lens', 'C', '--by', 'initiative', '--top', '50']);
    expect(rows.map((r) => [r['Initiatief A'], r['Initiatief B'], r.Score])).toEqual(cli.map((p) => [p.a.initiative, p.b.initiative, p.score]));
    expect(String(rows[0]!.Waarom)).toMatch(/^Beide: rationale /);
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Uitleg!, { header: 1 });
    expect(about.flat().join(' ')).toContain('C · Aanbieder + beleidsrationale');
    expect(about.flat().join(' ')).toContain('Scan Noord-Nederland 2022');
  });

  it('"Leer van…" from an initiative’s detail lists its best partners per lens', async () => {
    const cli = await cliPairs(h.databasePath, ['--lens', 'A', '--by', 'initiative', '--top', '50']);
    const name = cli[0]!.a.initiative;
    await h.page.getByTestId('learn-lens').getByText(/^A ·/).click();
    await h.page.getByRole('button', { name: `Details van ${name}` }).first().click();
    await h.page.getByTestId('detail-drawer').waitFor();
    await h.page.getByTestId('detail-learn-from').click();
    await h.page.getByTestId('learn-focus').waitFor({ timeout: 20_000 });
    await expect.poll(() => h.page.getByTestId('learn-focus').innerText()).toContain(name);
    const id = Number(new URL(h.page.url()).hash.split('initiatief=')[1]);
    const partners = await cliPairs(h.databasePath, ['--lens', 'A', '--for-initiative', String(id), '--top', '50']);
    await expect.poll(async () => (await shownPairs()).map((p) => p.b), { timeout: 20_000 }).toEqual(partners.map((p) => p.b.initiative));
    await screenshot(h.page, 'learn-focus');
    await h.page.getByTestId('learn-focus-close').click();
    await expect.poll(() => h.page.getByTestId('learn-focus').count()).toBe(0);
  });

  it('"Leer van…" with no partners under the chosen lens offers the lenses that have some', async () => {
    const ids = (h.db.prepare('SELECT id FROM activity ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const count = (lens: 'A' | 'B', activity: number) => partnersOf(h.db, { filter: emptyFilter(), lens, activity, top: 50, scope: 'all', hideKnown: false }).pairs.length;
    const lonely = ids.find((id) => count('A', id) === 0 && count('B', id) > 0)!;
    expect(lonely).toBeDefined();
    await h.page.getByTestId('learn-lens').getByText(/^A ·/).click();
    await h.page.evaluate((id) => (window.location.hash = `#/leer-van-elkaar?activiteit=${id}`), lonely);
    await h.page.getByTestId('learn-none').waitFor({ timeout: 20_000 });
    await h.page.getByTestId('learn-switch-B').click();
    await expect.poll(async () => (await shownPairs()).length, { timeout: 20_000 }).toBe(count('B', lonely));
    await h.page.getByTestId('learn-focus-close').click();
    await h.page.getByTestId('learn-lens').getByText(/^A ·/).click();
  });

  it('reads in English and in dark mode, and passes the accessibility check there', async () => {
    await h.page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => h.page.getByTestId('learn-question').innerText()).toMatch(/^Which digital transitions/);
    await expect.poll(() => h.page.getByTestId('pair-why').first().innerText()).toMatch(/^Both: sector /);
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    // Mantine's segmented control fades its label colours (200 ms): check the settled colours.
    await h.page.waitForTimeout(500);
    await expectAccessible(h.page, 'learn from each other (dark, English)');
    await screenshot(h.page, 'learn-dark-en');
    await h.page.getByTestId('color-scheme-toggle').click();
    await h.page.getByTestId('language-switch').getByText('NL', { exact: true }).click();
  });
});
