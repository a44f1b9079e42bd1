/**
 * Ontwikkeling in a real browser: the bundled sample (Noord-Nederland 2022) and a generated 2024
 * re-scan whose truth the test knows (scripts/sample/scan-pair.ts). A proposal that is a true link
 * is accepted in the review table; the summary follows main's change report, and the change map
 * shows the later scan's initiatives coloured by change with the stopped ones as ghosts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { ChangeReport, LinkView } from '../../src-shared/links';
import { callChannel } from '../helpers/channel';
import { loadScanPair, type LoadedPair } from '../helpers/link-fixture';
import { runCli } from '../helpers/run-cli';
import { expectAccessible, screenshot, useBrowserApp } from './harness';
import { download, openScreen } from './steps';

interface ProbeNode {
  id: number;
  color: string;
  hidden: boolean;
}
interface Probe {
  nodes(): ProbeNode[];
  perf(): { layoutRunning: boolean };
  viewport(id: number): { x: number; y: number } | null;
}

describe('Ontwikkeling in a real browser', () => {
  let pair: LoadedPair;
  const h = useBrowserApp({
    prepare: (db) => {
      pair = loadScanPair(db, 3);
    },
  });
  beforeAll(() => openScreen(h.page, 'ontwikkeling', 'dev-summary'));
  const call = <T,>(channel: string, args: unknown) => callChannel<T>(h.db, channel, args);
  const report = () => call<ChangeReport>('links.changes', { from: pair.fromScan, to: pair.toScan, filter: emptyFilter() });
  const count = async (kind: string) => Number((await h.page.getByTestId(`dev-count-${kind}`).innerText()).split('\n')[0]);
  const nodes = () => h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.nodes());

  it('starts on the two scans of the region, earlier → later, with main\'s change report', async () => {
    expect(await h.page.getByTestId('dev-from').inputValue()).toBe('Noord-Nederland 2022');
    expect(await h.page.getByTestId('dev-to').inputValue()).toBe('Noord-Nederland 2024');
    const r = await report();
    for (const kind of ['new', 'stopped', 'continued', 'renamed', 'merged', 'split', 'gap'] as const) expect(await count(kind), kind).toBe(r.initiatives[kind].length);
    expect(await h.page.getByTestId('dev-reach').innerText()).toMatch(/contacten, geen unieke bedrijven/);
    expect(await h.page.getByTestId('dev-reach').innerText()).toContain('Onbekend telt niet als nul');
  });

  it('accepts a proposal that is a true link; the review table and the summary follow', async () => {
    const links = await call<LinkView[]>('links.list', { from: pair.fromScan, to: pair.toScan });
    const truth = new Set(pair.truth.map((p) => `${p.from}\u0000${p.to}`));
    const before = await report();
    const unlinked = new Set(before.initiatives.stopped.map((i) => i.id));
    const proposal = links.find((l) => l.status === 'proposed' && truth.has(`${l.from.name}\u0000${l.to.name}`) && unlinked.has(l.from.id));
    expect(proposal, 'a true proposal whose earlier initiative is still unlinked').toBeDefined();
    const key = `${proposal!.from.id}-${proposal!.to.id}`;
    const row = h.page.getByTestId(`dev-link-${key}`);
    expect(await row.getAttribute('data-status')).toBe('proposed');
    // The evidence is in words.
    expect(await row.innerText()).toMatch(/Naam lijkt \d+%|Dezelfde naam/);
    await h.page.getByTestId(`dev-link-accept-${key}`).click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('confirmed');
    const after = await report();
    expect(after.initiatives.stopped.length).toBe(before.initiatives.stopped.length - 1);
    await expect.poll(() => count('stopped'), { timeout: 15_000 }).toBe(after.initiatives.stopped.length);
    for (const kind of ['new', 'continued', 'renamed', 'merged', 'split'] as const) await expect.poll(() => count(kind), { timeout: 15_000 }).toBe(after.initiatives[kind].length);
    // The decision is one change group in the history, with origin link.
    const history = JSON.parse((await runCli(['history', '--db', h.databasePath, '--json'])).out) as { origin: string; field: string }[];
    expect(history.filter((e) => e.origin === 'link').map((e) => e.field)).toEqual([`initiative[${proposal!.from.id}].link`]);
  });

  it('draws the change map: the later scan by change, stopped initiatives as ghosts, with a legend', async () => {
    const r = await report();
    await h.page.getByTestId('change-map').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await nodes()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const stopped = new Set(r.initiatives.stopped.map((i) => i.id));
    const fresh = new Set(r.initiatives.new.map((i) => i.id));
    await expect.poll(async () => (await nodes()).filter((n) => stopped.has(n.id) && n.color.startsWith('rgba')).length, { timeout: 15_000 }).toBe(stopped.size);
    // Every new initiative is drawn, in the colour for new (the check would pass vacuously on none).
    const freshDrawn = (await nodes()).filter((n) => fresh.has(n.id));
    expect(fresh.size).toBeGreaterThan(0);
    expect(freshDrawn.length).toBe(fresh.size);
    expect(freshDrawn.every((n) => n.color === '#009E73')).toBe(true);
    // Linked earlier initiatives are left out: their successors stand for them.
    const linkedFrom = new Set([...r.initiatives.continued, ...r.initiatives.renamed].map((p) => p.from.id));
    const successors = new Set([...r.initiatives.continued, ...r.initiatives.renamed].map((p) => p.to.id));
    expect(linkedFrom.size).toBeGreaterThan(0);
    expect((await nodes()).some((n) => linkedFrom.has(n.id))).toBe(false);
    expect((await nodes()).filter((n) => successors.has(n.id)).length).toBe(successors.size);
    const legend = await h.page.getByTestId('change-map').getByTestId('graph-legend').innerText();
    expect(legend).toContain('Gestopt');
    expect(legend).toContain('Nieuw');
    expect(await h.page.getByTestId('change-map').getByTestId('legend-stopped').innerText()).toContain(String(stopped.size));
    await expect.poll(() => h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.perf().layoutRunning), { timeout: 30_000 }).toBe(false);
    // A click on a ghost opens the stopped initiative's details, as on the Ecosysteemkaart.
    const ghost = r.initiatives.stopped[0]!;
    const at = await h.page.evaluate((id) => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.viewport(id), ghost.id);
    const canvas = await h.page.getByTestId('change-map').getByTestId('graph-canvas').boundingBox();
    await h.page.mouse.click(canvas!.x + at!.x, canvas!.y + at!.y);
    await expect.poll(() => h.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText(), { timeout: 10_000 }).toBe(ghost.name);
    await h.page.getByTestId('detail-close').click();
    await expectAccessible(h.page, 'ontwikkeling');
    await h.page.getByTestId('change-map').screenshot({ path: await screenshot(h.page, 'development').then((p) => p.replace(/\.png$/, '-map.png')) });
  });

  it('stays accessible in the dark colour scheme', async () => {
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('dark');
    await expectAccessible(h.page, 'ontwikkeling dark');
    await h.page.getByTestId('change-map').screenshot({ path: (await screenshot(h.page, 'development-dark')).replace(/\.png$/, '-map.png') });
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('light');
  });

  it('exports the change report as .xlsx and the timeline as GEXF', async () => {
    expect((await download(h.page, 'dev-export-xlsx')).name).toMatch(/^regioscan-ontwikkeling-.*\.xlsx$/);
    expect((await download(h.page, 'dev-export-gexf')).name).toMatch(/\.gexf$/);
  });
});
