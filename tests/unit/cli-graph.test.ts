/** `regioscan graph`: the same map as the app's graph.build channel, with the per-initiative line limit and clusters. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import { louvainClusters } from '../../src-shared/graph-clusters';
import type { GraphModel } from '../../src-shared/model';
import { tempDir, TEST_ENV } from '../helpers/db';
import { loadSampleAndTwoScans } from '../helpers/map-fixture';

const cli = runCli;

interface CliGraph {
  nodes: { id: number; focus: string; region: string; scan: string; type: string; cluster: number }[];
  edges: { source: number; target: number; type: string; weight: number }[];
  clusters: { id: number; size: number }[];
  candidateEdges: number;
  topPerNode: number | null;
}

describe('regioscan graph', () => {
  const db = join(tempDir(), 'map.sqlite');
  beforeAll(async () => {
    const conn = await openDatabase(db);
    await loadSampleAndTwoScans(conn);
    conn.close();
  });

  const app = async (args: Record<string, unknown>) => {
    const conn = await openDatabase(db);
    try {
      const res = await dispatch(conn, 'graph.build', { filter: emptyFilter(), edges: ['sector', 'generic'], ...args }, TEST_ENV);
      if (!res.ok) throw new Error(res.error.message.en);
      return res.value as GraphModel;
    } finally {
      conn.close();
    }
  };
  const json = async (extra: string[] = []) => {
    const r = await cli(['graph', '--db', db, '--json', ...extra]);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as CliGraph;
  };
  const edgeList = (edges: { source: number; target: number; type: string; weight: number }[]) => edges.map((e) => `${e.type}:${e.source}-${e.target}:${e.weight}`).sort();

  it('by default keeps 3 lines per initiative and kind, as the screen does, with clusters and every colour attribute', async () => {
    const out = await json();
    const model = await app({});
    expect(out.topPerNode).toBe(3);
    expect(out.nodes).toHaveLength(59);
    expect(edgeList(out.edges)).toEqual(edgeList(model.edges));
    expect(out.candidateEdges).toBe(model.candidateEdges);
    expect(out.nodes.map((n) => [n.id, n.region, n.scan, n.type, n.focus])).toEqual(model.nodes.map((n) => [n.id, n.region, n.scan, n.type, n.focus]));
    // The map clusters the lines it shows with the same function.
    const { clusterOf, clusters } = louvainClusters(model.nodes.map((n) => n.id), model.edges);
    expect(out.clusters).toEqual(clusters);
    expect(out.nodes.map((n) => n.cluster)).toEqual(model.nodes.map((n) => clusterOf.get(n.id)));
    const text = await cli(['graph', '--db', db]);
    expect(text.out).toContain(`59 initiatives, ${model.edges.length} edges (of ${model.candidateEdges}; each initiative keeps its 3 strongest per kind)`);
  });

  it('--top-per-node N and all change the line limit like the slider', async () => {
    expect(edgeList((await json(['--top-per-node', '1'])).edges)).toEqual(edgeList((await app({ neighbourCap: 1 })).edges));
    const every = await json(['--top-per-node', 'all']);
    expect(every.topPerNode).toBeNull();
    expect(every.edges).toHaveLength(every.candidateEdges);
    expect(edgeList(every.edges)).toEqual(edgeList((await app({ neighbourCap: null })).edges));
  });

  it('refuses a wrong --top-per-node with one sentence', async () => {
    for (const bad of ['0', 'three', '2.5']) {
      const r = await cli(['graph', '--db', db, '--top-per-node', bad]);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain('--top-per-node');
    }
  });
});
