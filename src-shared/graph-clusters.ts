/**
 * Clusters of the Ecosysteemkaart: Louvain communities (graphology-communities-louvain, seeded, so
 * the same map gives the same clusters) of the lines the map shows, weighted by how strongly each
 * line pulls in the layout (`edgePull`), so clusters are the groups the eye sees. Leer van elkaar
 * lines are an overlay and do not count. Clusters are numbered by size (1 = largest; ties by their
 * lowest initiative id); an initiative without lines is a cluster of its own. Each cluster is named
 * by what its inner lines share most often (a sector code or an organisation; the generic target
 * group when that is all). Main (the model, the CLI) and the map (for the lines it shows) use this
 * one function.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { edgePull } from './graph-rules';
import type { GraphCluster, GraphEdge } from './model';
import { mulberry32 } from './prng';

const SEED = 14;

export type ClusterEdge = Pick<GraphEdge, 'source' | 'target' | 'type' | 'weight' | 'shared'>;

export function louvainClusters(nodeIds: readonly number[], edges: readonly ClusterEdge[]): { clusterOf: Map<number, number>; clusters: GraphCluster[] } {
  // Louvain's result depends on the order it visits nodes and edges: a canonical order makes the
  // map and the CLI agree whatever order they hold them in.
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of [...nodeIds].sort((x, y) => x - y)) graph.addNode(String(id));
  const ordered = [...edges].map((e) => (e.source <= e.target ? e : { ...e, source: e.target, target: e.source }));
  ordered.sort((x, y) => x.source - y.source || x.target - y.target || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
  for (const e of ordered) {
    const pull = edgePull(e.type, e.weight);
    if (pull <= 0 || e.source === e.target) continue;
    graph.updateEdge(String(e.source), String(e.target), (a) => ({ weight: (a.weight ?? 0) + pull }));
  }
  const community = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(SEED) }) : {};
  // Group by community; an isolated node is its own group.
  const groups = new Map<string, number[]>();
  for (const id of [...nodeIds].sort((x, y) => x - y)) {
    const key = graph.degree(String(id)) > 0 ? `c${community[String(id)]}` : `n${id}`;
    const list = groups.get(key);
    if (list) list.push(id);
    else groups.set(key, [id]);
  }
  const bySize = [...groups.values()].map((members) => members.sort((a, b) => a - b)).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const clusterOf = new Map<number, number>();
  bySize.forEach((members, k) => {
    for (const id of members) clusterOf.set(id, k + 1);
  });
  // What the lines inside each cluster share most often (ties: the first in sorted order); generic
  // lines name a cluster only when nothing more specific does.
  const sharedCounts = bySize.map(() => new Map<string, number>());
  const generic = new Set<number>();
  for (const e of edges) {
    if (e.type === 'learn') continue;
    if (e.type === 'generic') {
      const k = clusterOf.get(e.source);
      if (k !== undefined && k === clusterOf.get(e.target)) generic.add(k);
      continue;
    }
    const k = clusterOf.get(e.source);
    if (k === undefined || k !== clusterOf.get(e.target)) continue;
    for (const s of e.shared) sharedCounts[k - 1]!.set(`${e.type}\u0000${s}`, (sharedCounts[k - 1]!.get(`${e.type}\u0000${s}`) ?? 0) + 1);
  }
  const clusters: GraphCluster[] = bySize.map((members, k) => {
    const top = [...sharedCounts[k]!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const [type, value] = top ? top[0].split('\u0000') : [];
    if (top) return { id: k + 1, size: members.length, sharedType: type as 'sector' | 'providers', shared: value! };
    return { id: k + 1, size: members.length, ...(generic.has(k + 1) ? { sharedType: 'generic' as const, shared: 'geen' } : {}) };
  });
  return { clusterOf, clusters };
}
