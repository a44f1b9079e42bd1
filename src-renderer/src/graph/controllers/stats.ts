/**
 * What the panels show about the graph (counts, legend categories, search entries, lenses present),
 * kept from graph events as a store (subscribe/get, as useSyncExternalStore reads it). Layout moves
 * (x/y only) are ignored, so a running layout does not re-render the panels. Nodes the filter left
 * out do not count.
 */
import type { EdgeType, GraphCluster } from '../../../../src-shared/model';
import type { Colourable } from '../colorBy';
import type { MapGraph } from '../graphSync';
import type { ReadableStore } from './store';

export interface GraphStats {
  /** Initiatives of the current model (not filtered away). */
  nodes: number;
  visibleNodes: number;
  edges: number;
  visibleEdges: number;
  /** Lines the line rule shows (Leer van elkaar's left out), whether or not their ends are hidden. */
  ruleEdges: number;
  /** What the colour modes read of every node (hidden ones included), for the legend. */
  colourables: Colourable[];
  /** Visible nodes, for the search box. */
  entries: { value: string; label: string }[];
  kinds: EdgeType[];
  maxWeight: number;
  /** Clusters of the lines shown (graphSync.assignClusters). */
  clusters: GraphCluster[];
}

function computeStats(graph: MapGraph): GraphStats {
  const colourables: Colourable[] = [];
  const entries: { value: string; label: string }[] = [];
  let nodes = 0;
  graph.forEachNode((key, a) => {
    if (a.filtered) return;
    nodes++;
    colourables.push({ focus: a.focus, region: a.region, scan: a.scan, type: a.type, cluster: a.cluster, activities: a.activities, change: a.change });
    if (!a.hidden) entries.push({ value: key, label: a.label });
  });
  const kinds = new Set<EdgeType>();
  let visibleEdges = 0;
  let ruleEdges = 0;
  let maxWeight = 1;
  graph.forEachEdge((_, a) => {
    if (a.kind === 'sector' || a.kind === 'providers') maxWeight = Math.max(maxWeight, a.weight);
    if (!a.off && a.kind !== 'learn') ruleEdges++;
    if (a.hidden) return;
    visibleEdges++;
    kinds.add(a.kind);
  });
  return { nodes, visibleNodes: entries.length, edges: graph.size, visibleEdges, ruleEdges, colourables, entries, kinds: [...kinds], maxWeight, clusters: graph.getAttribute('clusters') };
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

const sameColourable = (x: Colourable, y: Colourable) => x.focus === y.focus && x.region === y.region && x.scan === y.scan && x.type === y.type && x.cluster === y.cluster && x.activities === y.activities && x.change === y.change;

/** Equal content keeps the old object, so a layout step (positions only) re-renders nothing. */
function sameStats(a: GraphStats, b: GraphStats): boolean {
  return (
    a.nodes === b.nodes && a.visibleNodes === b.visibleNodes && a.edges === b.edges && a.visibleEdges === b.visibleEdges && a.ruleEdges === b.ruleEdges && a.maxWeight === b.maxWeight && a.clusters === b.clusters &&
    sameList(a.kinds, b.kinds) && sameList(a.colourables, b.colourables, sameColourable) && sameList(a.entries, b.entries, (x, y) => x.value === y.value && x.label === y.label)
  );
}

const LAYOUT_ONLY = new Set(['x', 'y']);
const STRUCTURE = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated'] as const;

export type GraphStatsStore = ReadableStore<GraphStats>;

/** The graph's stats, computed when read after a change; graph events are followed while someone subscribes. */
export function graphStatsStore(graph: MapGraph): GraphStatsStore {
  let dirty = true;
  let stats: GraphStats | null = null;

  const subscribe = (notify: () => void) => {
    // Building a graph fires one event per node and edge; React reads the snapshot on every
    // notification, so notify once per burst (a microtask later) instead of 20,000 times.
    let pending = false;
    const changed = () => {
      dirty = true;
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        notify();
      });
    };
    const bulk = (payload: { hints?: { attributes?: string[] } }) => {
      const attributes = payload.hints?.attributes;
      if (attributes && attributes.every((a) => LAYOUT_ONLY.has(a))) return;
      changed();
    };
    // Every bulk node update in the map is a layout step (ForceAtlas2, noverlap, the separation of new
    // nodes, pinning) and most give no hints; code that bulk-updates anything else must pass
    // `hints.attributes`, or the panels will not see it.
    const bulkNodes = (payload: { hints?: { attributes?: string[] } }) => {
      if (payload.hints?.attributes) bulk(payload);
    };
    const single = (payload: object) => {
      if ('name' in payload && LAYOUT_ONLY.has(String(payload.name))) return;
      if ('data' in payload && typeof payload.data === 'object' && payload.data && Object.keys(payload.data).every((k) => LAYOUT_ONLY.has(k))) return;
      changed();
    };
    // One place says what is followed, so that unsubscribing removes exactly what subscribing added.
    const follow = (method: 'on' | 'off') => {
      for (const event of STRUCTURE) graph[method](event, changed);
      graph[method]('nodeAttributesUpdated', single);
      graph[method]('edgeAttributesUpdated', single);
      graph[method]('eachNodeAttributesUpdated', bulkNodes);
      graph[method]('eachEdgeAttributesUpdated', bulk);
    };
    follow('on');
    // Changes while nobody listened are not known: read afresh.
    dirty = true;
    return () => {
      follow('off');
      dirty = true;
    };
  };

  const get = () => {
    if (dirty || !stats) {
      const next = computeStats(graph);
      if (!stats || !sameStats(stats, next)) stats = next;
      dirty = false;
    }
    return stats;
  };

  return { get, subscribe };
}
