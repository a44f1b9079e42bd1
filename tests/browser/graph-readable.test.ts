/**
 * The Ecosysteemkaart readable at a glance, on the realistic case of issue 14: the sample and two
 * regional scans (59 initiatives). The default lines and their rule, the slider and the re-run
 * layout, every colour mode with its legend, labels that never overlap as you zoom, and a GEXF
 * with every attribute. Screenshots at 1440×900 in test-results/screenshots/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { loadSampleAndTwoScans } from '../helpers/map-fixture';
import { expectAccessible, screenshot, type Harness, useBrowserApp } from './harness';
import { download, mapSettled, openMap } from './steps';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Probe {
  nodes(): { id: number; label: string; focus: string; color: string; hidden: boolean; x: number; y: number; size: number }[];
  edges(): { source: number; target: number; type: string; weight: number; hidden: boolean }[];
  labels(): { key: string; label: string; rect: Rect }[];
  clusters(): Record<string, number>;
}
interface CliGraph {
  nodes: { id: number; label: string; region: string; scan: string; type: string; cluster: number; focus: string }[];
  edges: { source: number; target: number; type: string; weight: number }[];
  candidateEdges: number;
}

const probe = <T,>(h: Harness, fn: (p: Probe) => T) => h.page.evaluate(`(${fn.toString()})(window.__regioscanGraph)`) as Promise<T>;

describe('the Ecosysteemkaart of the sample and two regional scans (59 initiatives)', () => {
  const h = useBrowserApp({ prepare: loadSampleAndTwoScans });
  const cli = async (extra: string[] = []) => {
    let out = '';
    expect(await main(['graph', '--db', h.databasePath, '--json', ...extra], { out: (t) => (out += t), err: () => undefined })).toBe(0);
    return JSON.parse(out) as CliGraph;
  };
  const visibleEdges = () => probe(h, (p) => p.edges().filter((e) => !e.hidden).map((e) => `${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}:${e.type}:${e.weight}`).sort());
  const cliEdges = (g: CliGraph) => g.edges.map((e) => `${e.source}-${e.target}:${e.type}:${e.weight}`).sort();
  const positions = () => probe(h, (p) => Object.fromEntries(p.nodes().map((n) => [n.id, [n.x, n.y]])));
  const overlapping = (labels: { rect: Rect }[]) =>
    labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.rect.left < b.rect.right && b.rect.left < a.rect.right && a.rect.top < b.rect.bottom && b.rect.top < a.rect.bottom)).length;

  beforeAll(() => openMap(h.page, 59));

  it('shows each initiative’s 3 strongest lines by default — the lines the CLI gives — and says so in the panel', async () => {
    const all = await cli(['--top-per-node', 'all']);
    const shown = await cli();
    expect(all.edges.length).toBe(734);
    expect(await visibleEdges()).toEqual(cliEdges(shown));
    expect(shown.edges.length).toBeLessThan(all.edges.length / 3);
    const rule = await h.page.getByTestId('graph-lines-rule').innerText();
    expect(rule).toContain('3 sterkste lijnen');
    expect(rule).toContain(`${shown.edges.length} van ${all.edges.length} lijnen getoond`);
    expect(await h.page.getByTestId('graph-node-count').innerText()).toBe(`59 initiatieven · ${shown.edges.length} verbindingen`);
    // Labels: some at the default zoom, none overlapping another.
    const labels = await probe(h, (p) => p.labels());
    expect(labels.length).toBeGreaterThan(10);
    expect(overlapping(labels)).toBe(0);
    await expectAccessible(h.page, 'ecosysteemkaart 59');
    await screenshot(h.page, 'graph-59-default');
  });

  it('the slider changes the lines at once, as --top-per-node does, and the layout re-runs', async () => {
    const before = await positions();
    const thumb = h.page.getByTestId('graph-top-per-node').getByRole('slider');
    await thumb.focus();
    const pressedAt = await h.page.evaluate(() => performance.now());
    await h.page.keyboard.press('ArrowLeft');
    await expect.poll(visibleEdges, { timeout: 10_000 }).toEqual(cliEdges(await cli(['--top-per-node', '2'])));
    expect(await h.page.getByTestId('graph-lines-rule').innerText()).toContain('2 sterkste lijnen');
    // A layout run started after the key press, and has stopped (it may be over before a poll sees it run).
    const run = () => h.page.evaluate(() => (window as unknown as { __regioscanGraph: { perf(): { layoutStartedAt: number | null; layoutRunning: boolean } } }).__regioscanGraph.perf());
    await expect.poll(async () => ((await run()).layoutStartedAt ?? 0) > pressedAt, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await run()).layoutRunning, { timeout: 30_000 }).toBe(false);
    await mapSettled(h.page);
    const after = await positions();
    const moved = Object.keys(before).filter((id) => Math.hypot(after[id]![0]! - before[id]![0]!, after[id]![1]! - before[id]![1]!) > 1e-3);
    expect(moved.length).toBeGreaterThan(30);
    await screenshot(h.page, 'graph-59-two-lines');
    // All the way up: every line, asked of main.
    for (let i = 0; i < 9; i++) await h.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await visibleEdges()).length, { timeout: 15_000 }).toBe(734);
    expect(await h.page.getByTestId('graph-lines-rule').innerText()).toContain('Alle 734 lijnen');
    await mapSettled(h.page);
    // Back to the default.
    for (let i = 0; i < 8; i++) await h.page.keyboard.press('ArrowLeft');
    await expect.poll(visibleEdges, { timeout: 15_000 }).toEqual(cliEdges(await cli()));
    await mapSettled(h.page);
  });

  it('colours by cluster (the CLI’s Louvain clusters), with counts per colour, and hides a cluster from the legend', async () => {
    await h.page.getByTestId('graph-colour-by').click();
    await h.page.getByRole('option', { name: 'Cluster (samenhang)' }).click();
    const shown = await cli();
    const clusters = await probe(h, (p) => p.clusters());
    expect(shown.nodes.map((n) => [n.id, n.cluster])).toEqual(shown.nodes.map((n) => [n.id, clusters[String(n.id)]]));
    const entries = h.page.getByTestId('graph-legend').locator('[data-testid^="legend-"]');
    await expect.poll(() => entries.count()).toBeGreaterThan(3);
    const counts = (await entries.locator('.rs-graph-legend-count').allInnerTexts()).map((t) => Number.parseInt(t, 10));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(59);
    const largest = shown.nodes.filter((n) => n.cluster === 1).length;
    expect(counts[0]).toBe(largest);
    expect(await entries.first().innerText()).toMatch(/^Cluster 1/);
    // The nodes of one cluster share one colour, and different clusters (of the eight coloured) differ.
    const nodes = await probe(h, (p) => p.nodes());
    const colourOf = (k: number) => new Set(nodes.filter((n) => clusters[String(n.id)] === k).map((n) => n.color));
    expect(colourOf(1).size).toBe(1);
    expect([...colourOf(1)][0]).not.toBe([...colourOf(2)][0]);
    await expectAccessible(h.page, 'ecosysteemkaart clusters');
    await screenshot(h.page, 'graph-59-clusters');
    await h.page.getByTestId('legend-1').click();
    await expect.poll(async () => (await probe(h, (p) => p.nodes())).filter((n) => n.hidden).length).toBe(largest);
    await h.page.getByTestId('legend-show-all').click();
  });

  it('colours by region, scan, activity type and number of activities, each legend counting all 59', async () => {
    const shown = await cli();
    for (const [mode, expected] of [
      ['Regio', new Map([['Noord-Nederland', 33], ['Utrecht', 13], ['Zeeland', 13]])],
      ['Scan', new Map([['Noord-Nederland 2022', 33], ['Utrecht 2023', 13], ['Zeeland 2024', 13]])],
    ] as const) {
      await h.page.getByTestId('graph-colour-by').click();
      await h.page.getByRole('option', { name: mode, exact: true }).click();
      for (const [key, n] of expected) await expect.poll(() => h.page.getByTestId(`legend-${key}`).locator('.rs-graph-legend-count').innerText()).toMatch(new RegExp(`^${n}\\b`));
    }
    await h.page.getByTestId('graph-colour-by').click();
    await h.page.getByRole('option', { name: 'Type activiteit' }).click();
    const byType = new Map<string, number>();
    for (const n of shown.nodes) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
    const largestType = [...byType].sort((a, b) => b[1] - a[1])[0]!;
    await expect.poll(() => h.page.getByTestId(`legend-${largestType[0]}`).locator('.rs-graph-legend-count').innerText()).toMatch(new RegExp(`^${largestType[1]}\\b`));
    await screenshot(h.page, 'graph-59-type');
    await h.page.getByTestId('graph-colour-by').click();
    await h.page.getByRole('option', { name: 'Aantal activiteiten' }).click();
    const counts = (await h.page.getByTestId('graph-legend').locator('.rs-graph-legend-count').allInnerTexts()).map((t) => Number.parseInt(t, 10));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(59);
    await expect.poll(() => h.page.getByTestId('legend-1').innerText()).toContain('1 activiteit');
    // The dark map: the same legend, still accessible.
    await h.page.getByTestId('color-scheme-toggle').click();
    // The dark map is a new renderer: it labels the map without waiting for a move.
    await expect.poll(async () => (await probe(h, (p) => p.labels())).length, { timeout: 5_000 }).toBeGreaterThan(10);
    await h.page.mouse.move(5, 450);
    await h.page.waitForTimeout(300);
    await expectAccessible(h.page, 'ecosysteemkaart dark');
    await screenshot(h.page, 'graph-59-activities-dark');
    await h.page.getByTestId('color-scheme-toggle').click();
    await h.page.getByTestId('graph-colour-by').click();
    await h.page.getByRole('option', { name: 'Focus van digitalisering' }).click();
  });

  it('shows more labels as you zoom in, never overlapping', async () => {
    await h.page.getByTestId('graph-fit').click();
    await h.page.waitForTimeout(600);
    const atDefault = await probe(h, (p) => p.labels());
    const nodes = await probe(h, (p) => p.nodes());
    expect(overlapping(atDefault)).toBe(0);
    for (let i = 0; i < 3; i++) await h.page.getByTestId('graph-zoom-in').click();
    await h.page.waitForTimeout(800);
    const zoomed = await probe(h, (p) => p.labels());
    expect(overlapping(zoomed)).toBe(0);
    // Zoomed in, the labels in view are at least as many per node in view as before, and the largest nodes keep theirs.
    const inView = await h.page.evaluate(() => {
      const p = (window as unknown as { __regioscanGraph: { nodes(): { id: number }[]; viewport(id: number): { x: number; y: number } | null } }).__regioscanGraph;
      const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      return p.nodes().filter((n) => {
        const v = p.viewport(n.id);
        return v && v.x >= 0 && v.y >= 0 && v.x <= box.width && v.y <= box.height;
      }).length;
    });
    expect(zoomed.length / Math.max(inView, 1)).toBeGreaterThan(atDefault.length / nodes.length);
    await screenshot(h.page, 'graph-59-zoomed');
    await h.page.getByTestId('graph-fit').click();
  });

  it('exports a GEXF whose nodes carry region, scan, focus, type, cluster and every dimension', async () => {
    await h.page.getByTestId('graph-export').click();
    const gexf = (await download(h.page, 'graph-export-gexf')).bytes.toString('utf8');
    const declared = [...gexf.matchAll(/<attribute id="[^"]*" title="([^"]+)"/g)].map((m) => m[1]);
    for (const title of ['region', 'scan', 'focus', 'focusLabel', 'dominantType', 'cluster', 'clusterLabel', 'activities', 'sector', 'form', 'type', 'bottleneck', 'rationale', 'organisation', 'role', 'geography'])
      expect(declared, title).toContain(title);
    expect((gexf.match(/<node /g) ?? []).length).toBe(59);
    // One node's values, as Gephi reads them: the attribute ids map to titles.
    const ids = Object.fromEntries([...gexf.matchAll(/<attribute id="([^"]*)" title="([^"]+)"/g)].map((m) => [m[2], m[1]]));
    const shown = await cli();
    const kasteel = shown.nodes.find((n) => n.label === 'Kasteel.gro')!;
    const xml = new RegExp(`<node id="${kasteel.id}"[\\s\\S]*?</node>`).exec(gexf)![0];
    const value = (title: string) => new RegExp(`<attvalue for="${ids[title]}" value="([^"]*)"`).exec(xml)?.[1];
    expect(value('region')).toBe(kasteel.region);
    expect(value('scan')).toBe(kasteel.scan);
    expect(value('focus')).toBe(kasteel.focus);
    expect(value('dominantType')).toBe(kasteel.type);
    expect(value('cluster')).toBe(String(kasteel.cluster));
    const sectors = h.db.prepare(`SELECT DISTINCT dv.code FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id AND dv.dimension = 'sector' WHERE a.initiative_id = ?`).all(kasteel.id) as { code: string }[];
    for (const { code } of sectors) expect(value('sector')!.split('; ').some((v) => v.startsWith(`${code} `))).toBe(true);
  });
});
