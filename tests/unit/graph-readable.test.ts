/**
 * The Ecosysteemkaart's readable defaults on the realistic 59-initiative case (the sample and two
 * regional scans): each initiative's strongest lines, Louvain clusters, the node attributes the
 * colour modes and the GEXF export use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { DEFAULT_TOP_PER_NODE, dominantType, edgePull } from '../../src-shared/graph-rules';
import type { GraphEdge, GraphModel } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { buildGraph } from '../../src-main/graph/graph';
import { sampleAndTwoScansDb } from '../helpers/map-fixture';

const pairOf = (e: GraphEdge) => `${e.type}:${e.source}-${e.target}`;

/** Newman's modularity of a partition of a weighted graph (the quality Louvain maximises). */
function modularity(model: GraphModel): number {
  const w = new Map<string, number>();
  const strength = new Map<number, number>();
  let total = 0;
  for (const e of model.edges) {
    const pull = edgePull(e.type, e.weight);
    if (pull <= 0) continue;
    w.set(`${e.source}-${e.target}`, (w.get(`${e.source}-${e.target}`) ?? 0) + pull);
    strength.set(e.source, (strength.get(e.source) ?? 0) + pull);
    strength.set(e.target, (strength.get(e.target) ?? 0) + pull);
    total += pull;
  }
  const cluster = new Map(model.nodes.map((n) => [n.id, n.cluster]));
  let inside = 0;
  for (const [key, weight] of w) {
    const [a, b] = key.split('-').map(Number);
    if (cluster.get(a!) === cluster.get(b!)) inside += weight;
  }
  const perCluster = new Map<number, number>();
  for (const [id, s] of strength) perCluster.set(cluster.get(id)!, (perCluster.get(cluster.get(id)!) ?? 0) + s);
  let expected = 0;
  for (const s of perCluster.values()) expected += (s / (2 * total)) ** 2;
  return inside / total - expected;
}

describe('the map of the sample and two regional scans (59 initiatives)', () => {
  let db: Db;
  let all: GraphModel;
  let shown: GraphModel;
  beforeAll(async () => {
    db = await sampleAndTwoScansDb();
    all = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], neighbourCap: null });
    shown = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], clusters: true });
  });

  it('has 59 initiatives of three scans, and by default draws a few strong lines per initiative instead of every pair', () => {
    expect(shown.nodes).toHaveLength(59);
    expect(new Set(shown.nodes.map((n) => n.scan))).toEqual(new Set(['Noord-Nederland 2022', 'Utrecht 2023', 'Zeeland 2024']));
    expect(shown.nodes.find((n) => n.scan === 'Utrecht 2023')!.region).toBe('Utrecht');
    expect(shown.neighbourCap).toBe(DEFAULT_TOP_PER_NODE);
    expect(all.edges.length).toBe(all.candidateEdges);
    expect(shown.candidateEdges).toBe(all.edges.length);
    // Every shown line is one of all the lines, with the same weight.
    const weights = new Map(all.edges.map((e) => [pairOf(e), e.weight]));
    for (const e of shown.edges) expect(weights.get(pairOf(e))).toBe(e.weight);
    expect(shown.edges.length).toBeLessThan(all.edges.length / 3);
  });

  it('drops a line only where both ends keep 3 lines of that kind at least as strong', () => {
    const kept = new Set(shown.edges.map(pairOf));
    const keptOf = (id: number, type: string) => shown.edges.filter((e) => e.type === type && (e.source === id || e.target === id));
    for (const e of all.edges) {
      if (kept.has(pairOf(e))) continue;
      for (const end of [e.source, e.target]) {
        const stronger = keptOf(end, e.type).filter((k) => k.weight >= e.weight);
        expect(stronger.length, `${pairOf(e)} at ${end}`).toBeGreaterThanOrEqual(DEFAULT_TOP_PER_NODE);
      }
    }
    // And no initiative that had a line loses all of them.
    const had = new Set(all.edges.flatMap((e) => [e.source, e.target]));
    const has = new Set(shown.edges.flatMap((e) => [e.source, e.target]));
    expect([...had].filter((id) => !has.has(id))).toEqual([]);
  });

  it('grows with the number per initiative, and "all" is every line', () => {
    const counts = [1, 2, 3, 5, 10].map((k) => buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], neighbourCap: k }).edges.length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThan(counts[i - 1]!);
    expect(counts[4]!).toBeLessThanOrEqual(all.edges.length);
  });

  it('numbers Louvain clusters by size, the same every time, and they are real communities', () => {
    const again = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], clusters: true });
    expect(again.nodes.map((n) => n.cluster)).toEqual(shown.nodes.map((n) => n.cluster));
    const sizes = shown.clusters.map((c) => c.size);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(59);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(shown.clusters.map((c) => c.id)).toEqual(sizes.map((_, i) => i + 1));
    for (const c of shown.clusters) expect(shown.nodes.filter((n) => n.cluster === c.id)).toHaveLength(c.size);
    expect(shown.clusters.filter((c) => c.size >= 3).length).toBeGreaterThanOrEqual(3);
    // Louvain's partition is far better than chance, and better than one cluster per scan.
    expect(modularity(shown)).toBeGreaterThan(0.3);
    const byScan = { ...shown, nodes: shown.nodes.map((n) => ({ ...n, cluster: n.scanId })) };
    expect(modularity(shown)).toBeGreaterThan(modularity(byScan));
    // A cluster is named by what its inner lines share most.
    const first = shown.clusters.find((c) => c.shared !== undefined)!;
    const members = new Set(shown.nodes.filter((n) => n.cluster === first.id).map((n) => n.id));
    const inner = shown.edges.filter((e) => e.type === first.sharedType && members.has(e.source) && members.has(e.target));
    const tally = new Map<string, number>();
    for (const e of inner) for (const s of e.shared) tally.set(s, (tally.get(s) ?? 0) + 1);
    expect(tally.get(first.shared!)).toBe(Math.max(...tally.values()));
  });

  it('gives each initiative its dominant activity type, and with `attributes` the codes of every dimension', () => {
    const rows = db.prepare(`SELECT a.initiative_id AS id, dv.code, count(*) AS n FROM activity a JOIN activity_value av ON av.activity_id = a.id
        JOIN dimension_value dv ON dv.id = av.value_id AND dv.dimension = 'type' GROUP BY a.initiative_id, dv.code`).all() as { id: number; code: string; n: number }[];
    for (const node of shown.nodes) {
      const mine = rows.filter((r) => r.id === node.id);
      const most = Math.max(...mine.map((r) => r.n));
      expect(mine.find((r) => r.code === node.type)?.n, node.label).toBe(most);
    }
    expect(new Set(shown.nodes.map((n) => n.type)).size).toBeGreaterThan(5);
    const withCodes = buildGraph(db, { filter: emptyFilter(), edges: ['sector'], attributes: true });
    const node = withCodes.nodes.find((n) => n.label === 'Kasteel.gro')!;
    const expected = db.prepare(`SELECT DISTINCT dv.dimension, dv.code FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id WHERE a.initiative_id = ?`).all(node.id) as { dimension: string; code: string }[];
    for (const { dimension, code } of expected) expect(node.codes![dimension]!.some((v) => v.startsWith(`${code} `)), `${dimension} ${code}`).toBe(true);
    expect(node.codes!.organisation!.length).toBeGreaterThan(0);
    expect(shown.nodes[0]!.codes).toBeUndefined();
  });
});

describe('dominant activity type', () => {
  it('is the type of most activities; a tie goes to the larger known reach, then codebook order', () => {
    expect(dominantType([])).toBe('none');
    expect(dominantType([{ code: 'a', count: 1, reach: 0 }, { code: 'b', count: 2, reach: 0 }])).toBe('b');
    expect(dominantType([{ code: 'a', count: 2, reach: 10 }, { code: 'b', count: 2, reach: 50 }])).toBe('b');
    expect(dominantType([{ code: 'a', count: 1, reach: 0 }, { code: 'b', count: 1, reach: 0 }])).toBe('a');
  });
});
