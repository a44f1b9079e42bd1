/** The Ecosysteemkaart as people use it: SVG and GEXF export, search with details, remembered places, size by reach, "Toon op kaart". */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { buildGraph } from '../../src-main/graph/graph';
import { useBrowserApp, withSampleScan } from './harness';
import { download, openMap } from './steps';

interface Probe {
  nodes(): { id: number; label: string; hidden: boolean; x: number; y: number; size: number }[];
  edges(): { source: number; target: number; type: string; hidden: boolean }[];
}

describe('working with the Ecosysteemkaart', () => {
  const h = useBrowserApp({ prepare: withSampleScan });
  const nodes = () => h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.nodes());
  beforeAll(() => openMap(h.page, 33));

  const exported = async (format: 'svg' | 'gexf') => {
    await h.page.getByTestId('graph-export').click();
    return (await download(h.page, `graph-export-${format}`)).bytes.toString('utf8');
  };

  it('exports an SVG with every visible node, the legend and the filter as caption, and a GEXF of the visible graph', async () => {
    const visibleEdges = (await h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.edges())).filter((e) => !e.hidden);
    const svg = await exported('svg');
    expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
    // Nodes are circles (legend swatches may be circles too, so at least the 33 nodes).
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(33);
    expect((svg.match(/<line /g) ?? []).length).toBeGreaterThanOrEqual(visibleEdges.length);
    expect(svg).toContain('Focus op diensten');
    expect(svg).toContain('Noord-Nederland 2022');
    const gexf = await exported('gexf');
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(33);
    expect((gexf.match(/<edge /g) ?? []).length).toBe(visibleEdges.length);
  });

  it('finds an initiative by name and opens its details with the neighbours on the map', async () => {
    const all = await nodes();
    const target = all.find((n) => n.label === 'Kasteel.gro')!;
    const neighbours = new Set(
      (await h.page.evaluate(() => (window as unknown as { __regioscanGraph: Probe }).__regioscanGraph.edges()))
        .filter((e) => !e.hidden && (e.source === target.id || e.target === target.id))
        .map((e) => (e.source === target.id ? e.target : e.source)),
    );
    await h.page.getByTestId('graph-search').fill('Kasteel');
    await h.page.getByRole('option', { name: 'Kasteel.gro' }).click();
    await h.page.getByTestId('graph-selected-details').click();
    await h.page.getByTestId('graph-neighbours').waitFor();
    expect(await h.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText()).toBe('Kasteel.gro');
    await expect.poll(() => h.page.locator('[data-testid^="graph-neighbour-"]').count()).toBe(neighbours.size);
    await h.page.getByTestId('detail-close').click();
  });

  it('keeps every node in its place after going elsewhere and coming back (no new layout)', async () => {
    const before = new Map((await nodes()).map((n) => [n.id, [n.x, n.y]]));
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.getByTestId('nav-ecosysteemkaart').click();
    await expect.poll(async () => (await nodes()).length, { timeout: 30_000 }).toBe(33);
    expect(await h.page.getByTestId('graph-layout-toggle').getAttribute('data-running')).toBe('false');
    for (const n of await nodes()) {
      const [x, y] = before.get(n.id)!;
      expect(Math.abs(n.x - x!)).toBeLessThan(0.02);
      expect(Math.abs(n.y - y!)).toBeLessThan(0.02);
    }
  });

  it('sizes nodes by known reach on request: unknown reach is the smallest size, more reach is never smaller', async () => {
    const reach = buildGraph(h.db, { filter: emptyFilter(), edges: ['sector'] }).nodes;
    await h.page.getByTestId('graph-size-by').getByText('Bereik').click();
    await expect.poll(async () => new Set((await nodes()).map((n) => n.size)).size).toBeGreaterThan(2);
    const sized = await nodes();
    {
      const byId = new Map(reach.map((n) => [n.id, n.reach]));
      const known = sized.filter((n) => (byId.get(n.id) ?? 0) > 0).sort((a, b) => byId.get(a.id)! - byId.get(b.id)!);
      for (let i = 1; i < known.length; i++) expect(known[i]!.size).toBeGreaterThanOrEqual(known[i - 1]!.size);
      const unknown = sized.filter((n) => !byId.get(n.id));
      expect(unknown.length).toBeGreaterThan(0);
      for (const n of unknown) expect(n.size).toBe(Math.min(...sized.map((m) => m.size)));
    }
    await h.page.getByTestId('graph-size-by').getByText('Activiteiten').click();
  });

  it('"Toon op kaart" from an initiative’s details opens the map with that initiative selected', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.locator('[data-testid^="activity-row-"]').first().click();
    await h.page.getByTestId('detail-initiative-link').click();
    const name = await h.page.getByTestId('initiative-detail').getByRole('heading', { level: 2 }).innerText();
    await h.page.getByTestId('detail-show-in-map').click();
    await h.page.getByTestId('graph-selected-details').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('graph-selected-details').getAttribute('aria-label')).toContain(name);
  });
});
