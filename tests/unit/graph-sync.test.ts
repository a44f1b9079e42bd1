/**
 * The map's line rule (graphSync): the slider keeps exactly the lines of rank ≤ k, which are the
 * lines main keeps for a limit of k; clusters of the lines shown are the CLI's whatever the order
 * the map holds its nodes and lines in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { louvainClusters } from '../../src-shared/graph-clusters';
import { MAX_TOP_PER_NODE } from '../../src-shared/graph-rules';
import type { GraphModel } from '../../src-shared/model';
import { shuffled, mulberry32 } from '../../scripts/sample/prng';
import type { Db } from '../../src-main/db/open';
import { buildGraph } from '../../src-main/graph/graph';
import { applyLineRule, assignClusters, createMapGraph, lineSignature, syncGraph } from '../../src-renderer/src/graph/graphSync';
import { sampleAndTwoScansDb } from '../helpers/map-fixture';

const lines = (model: GraphModel) => model.edges.map((e) => `${e.type}:${Math.min(e.source, e.target)}-${Math.max(e.source, e.target)}`).sort();

describe('the line rule on the map', () => {
  let db: Db;
  let ranked: GraphModel;
  beforeAll(async () => {
    db = await sampleAndTwoScansDb();
    ranked = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], neighbourCap: MAX_TOP_PER_NODE });
  });

  it('keeps, for each k, exactly the lines main keeps for a limit of k, and their clusters', () => {
    const graph = createMapGraph();
    syncGraph(graph, ranked, new Map());
    let previous = '';
    for (const k of [1, 2, 3, 5, MAX_TOP_PER_NODE]) {
      expect(applyLineRule(graph, { topPerNode: k, minWeight: 1 }), `k=${k}`).toBe(true);
      // Edge keys are `type:low-high`, as `lines` writes them.
      const shown = graph.filterEdges((_, a) => !a.off).sort();
      const main = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], neighbourCap: k, clusters: true });
      expect(shown, `k=${k}`).toEqual(lines(main));
      assignClusters(graph);
      expect(Object.fromEntries(graph.mapNodes((key, a) => [key, a.cluster])), `clusters k=${k}`).toEqual(Object.fromEntries(main.nodes.map((n) => [String(n.id), n.cluster])));
      const signature = lineSignature(graph);
      expect(signature).not.toBe(previous);
      previous = signature;
    }
    // The same rule again changes nothing.
    expect(applyLineRule(graph, { topPerNode: MAX_TOP_PER_NODE, minWeight: 1 })).toBe(false);
    // A minimum weight of 2 leaves only sector lines sharing two sectors or more.
    applyLineRule(graph, { topPerNode: null, minWeight: 2 });
    expect(graph.filterEdges((_, a) => !a.off).every((key) => graph.getEdgeAttribute(key, 'kind') === 'generic' || graph.getEdgeAttribute(key, 'weight') >= 2)).toBe(true);
  });

  it('finds the same clusters whatever the order of nodes and lines', () => {
    const main = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'] });
    const expected = louvainClusters(main.nodes.map((n) => n.id), main.edges);
    const rng = mulberry32(5);
    for (let round = 0; round < 3; round++) {
      const flipped = shuffled(main.edges, rng).map((e, i) => (i % 2 ? { ...e, source: e.target, target: e.source } : e));
      const again = louvainClusters(shuffled(main.nodes.map((n) => n.id), rng), flipped);
      expect(again.clusters).toEqual(expected.clusters);
      expect([...again.clusterOf].sort((a, b) => a[0] - b[0])).toEqual([...expected.clusterOf].sort((a, b) => a[0] - b[0]));
    }
  });
});
