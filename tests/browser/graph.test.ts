import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { download, mapSettled, openScreen } from './steps';

interface Probe {
  nodes(): { id: number; label: string; focus: string; hidden: boolean; color: string }[];
  edges(): { source: number; target: number; type: string; weight: number; hidden: boolean }[];
}

async function cliGraph(db: string, extra: string[] = []) {
  let out = '';
  expect(await main(['graph', '--db', db, '--json', ...extra], { out: (t) => (out += t), err: () => undefined })).toBe(0);
  return JSON.parse(out) as { nodes: { id: number; focus: string }[]; edges: { source: number; target: number; type: string; weight: number }[] };
}

describe('the Ecosysteemkaart in a real browser (WebGL, software)', () => {
  const h = useBrowserApp({ prepare: withSampleScan });
  beforeAll(() => openScreen(h.page, 'ecosysteemkaart', 'graph-canvas'));

  const visibleNodes = () => h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.nodes().filter((n) => !n.hidden).map((n) => ({ id: n.id, focus: n.focus })));
  const visibleEdges = () =>
    h.page.evaluate(() =>
      (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph
        .edges()
        .filter((e) => !e.hidden)
        .map((e) => `${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}:${e.type}:${e.weight}`)
        .sort(),
    );

  it('draws the 33 initiatives of the sample with the focus and edges `regioscan graph --json` gives', async () => {
    await expect.poll(async () => (await visibleNodes()).length, { timeout: 30_000 }).toBe(33);
    const cli = await cliGraph(h.databasePath);
    expect((await visibleNodes()).sort((a, b) => a.id - b.id)).toEqual(cli.nodes.map((n) => ({ id: n.id, focus: n.focus })));
    expect(await visibleEdges()).toEqual(cli.edges.map((e) => `${e.source}-${e.target}:${e.type}:${e.weight}`).sort());
    await expectAccessible(h.page, 'ecosysteemkaart');
    // The picture people will show: after the layout (forces, then noverlap) has settled.
    await mapSettled(h.page);
    await screenshot(h.page, 'graph-sample');
  });

  it('hides a focus category from the legend, and shows it again', async () => {
    const before = (await visibleNodes()).length;
    const varied = (await visibleNodes()).filter((n) => n.focus === 'varied').length;
    await h.page.getByTestId('legend-varied').click();
    await expect.poll(async () => (await visibleNodes()).length).toBe(before - varied);
    await h.page.getByTestId('legend-varied').click();
    await expect.poll(async () => (await visibleNodes()).length).toBe(before);
  });

  it('follows the global filter, and still agrees with the CLI', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('facet-type-werken-met-studenten').check();
    await h.page.getByTestId('nav-ecosysteemkaart').click();
    await expect.poll(async () => (await visibleNodes()).length, { timeout: 20_000 }).toBe(9);
    const cli = await cliGraph(h.databasePath, ['--where', 'type=Werken met studenten']);
    expect((await visibleNodes()).map((n) => n.id).sort((a, b) => a - b)).toEqual(cli.nodes.map((n) => n.id));
    expect(await visibleEdges()).toEqual(cli.edges.map((e) => `${e.source}-${e.target}:${e.type}:${e.weight}`).sort());
    await mapSettled(h.page);
    await screenshot(h.page, 'graph-filtered');
  });

  it('exports a PNG of at least twice the map’s size, with legend and caption', async () => {
    const box = (await h.page.getByTestId('graph-canvas').boundingBox())!;
    await h.page.getByTestId('graph-export').click();
    const png = (await download(h.page, 'graph-export-png')).bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
    expect(height).toBeGreaterThanOrEqual(Math.floor(box.height * 2));
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('shows Leer van elkaar’s best pairs as a layer of lines, the same the CLI gives', async () => {
    await h.page.getByTestId('graph-learn').click();
    await h.page.getByRole('option', { name: /^B ·/ }).click();
    const cli = await cliGraph(h.databasePath, ['--where', 'type=Werken met studenten', '--edges', 'sector', '--edges', 'generic', '--edges', 'learn', '--lens', 'B']);
    const learn = cli.edges.filter((e) => e.type === 'learn');
    expect(learn.length).toBeGreaterThan(0);
    await expect.poll(async () => (await visibleEdges()).filter((e) => e.includes(':learn:')), { timeout: 20_000 }).toEqual(learn.map((e) => `${e.source}-${e.target}:learn:${e.weight}`).sort());
    await mapSettled(h.page);
    await screenshot(h.page, 'graph-learn-layer');
  });
});
