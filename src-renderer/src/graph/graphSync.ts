/**
 * The map keeps ONE graphology graph per set of scans. A new model from main is merged into it: nodes
 * that stay keep their place, nodes that appear are added (at their remembered place, near a placed
 * neighbour, or on a circle), nodes the filter leaves out are marked `filtered` and hidden — they keep
 * their place for when the filter lets them back — and their lines (the model's) go. Options that
 * only change what is shown (colour, legend entries, minimum weight, size) flip attributes and never
 * rebuild.
 */
import { MultiUndirectedGraph } from 'graphology';
import { louvainClusters } from '../../../src-shared/graph-clusters';
import type { EdgeType, GraphCluster, GraphEdge, GraphModel } from '../../../src-shared/model';
import { categoryOf, type Colouring } from './colorBy';
import { focusColor } from './focusColors';
import { edgeSize, MIN_NODE_SIZE, nodeSize, sizeValue, type SizeBy } from './styles';

export type NodeAttrs = {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  focus: string;
  scanId: number;
  region: string;
  scan: string;
  type: string;
  cluster: number;
  activities: number;
  reach: number | null;
  /** Its change between two scans (the Ontwikkeling screen's map); '' elsewhere. */
  change: string;
  /** Left out by the filter: not in the current model (kept, hidden, with its place). */
  filtered: boolean;
  /** Not drawn: filtered, or its legend entry is switched off. */
  hidden: boolean;
};

export type EdgeAttrs = {
  kind: EdgeType;
  weight: number;
  /** Best place among the strongest lines of either end (GraphEdge.rank). */
  rank: number;
  shared: string[];
  size: number;
  /** Left out by the line rule (lines per initiative, minimum weight). */
  off: boolean;
  /** Not drawn: off, or an end is hidden. */
  hidden: boolean;
};

/** The clusters of the lines shown, with what names them (assignClusters). */
export type GraphAttrs = { clusters: GraphCluster[] };

export type MapGraph = MultiUndirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
export type Point = [number, number];

export function createMapGraph(): MapGraph {
  const graph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  graph.setAttribute('clusters', []);
  return graph;
}

export function edgeKey(edge: Pick<GraphEdge, 'type' | 'source' | 'target'>): string {
  const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${edge.type}:${a}-${b}`;
}

/** The nodes of the current model (not filtered away). */
export function shownNodes(graph: MapGraph): string[] {
  return graph.filterNodes((_, a) => !a.filtered);
}

export function shownOrder(graph: MapGraph): number {
  let n = 0;
  graph.forEachNode((_, a) => {
    if (!a.filtered) n++;
  });
  return n;
}

export interface SyncResult {
  added: string[];
  /** Nodes the filter now leaves out (they stay in the graph, hidden). */
  removed: string[];
  /** Added nodes that had no remembered place (placed near a neighbour or on a circle). */
  unplaced: string[];
  /** Lines were added or dropped (the layout should follow). */
  edgesChanged: boolean;
}

/** Merges `model` into `graph`; `known` holds remembered places for nodes the graph has not seen. */
export function syncGraph(graph: MapGraph, model: GraphModel, known: ReadonlyMap<string, Point>): SyncResult {
  const wanted = new Map(model.nodes.map((n) => [String(n.id), n]));
  const removed = graph.filterNodes((key, a) => !wanted.has(key) && !a.filtered);
  for (const key of removed) graph.mergeNodeAttributes(key, { filtered: true, hidden: true });
  // Their lines are the model's: lines of nodes left out are not in it, and go below.
  const added: string[] = [];
  const unplaced: string[] = [];
  for (const [key, node] of wanted) {
    const data = { label: node.label, focus: node.focus, scanId: node.scanId, region: node.region, scan: node.scan, type: node.type, cluster: node.cluster, activities: node.activities, reach: node.reach };
    if (graph.hasNode(key)) {
      graph.mergeNodeAttributes(key, { ...data, filtered: false });
      continue;
    }
    const place = known.get(key);
    graph.addNode(key, { ...data, x: place?.[0] ?? 0, y: place?.[1] ?? 0, size: MIN_NODE_SIZE, color: focusColor(node.focus), change: '', filtered: false, hidden: false });
    added.push(key);
    if (!place) unplaced.push(key);
  }

  const wantedEdges = new Map(model.edges.map((e) => [edgeKey(e), e]));
  const dropped = graph.filterEdges((key) => !wantedEdges.has(key));
  for (const key of dropped) graph.dropEdge(key);
  let edgesChanged = dropped.length > 0;
  for (const [key, edge] of wantedEdges) {
    const source = String(edge.source);
    const target = String(edge.target);
    if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) continue;
    if (graph.hasEdge(key)) {
      const a = graph.getEdgeAttributes(key);
      if (a.weight !== edge.weight || a.rank !== edge.rank || a.shared.join('\u0000') !== edge.shared.join('\u0000')) graph.mergeEdgeAttributes(key, { weight: edge.weight, rank: edge.rank, shared: edge.shared });
    } else {
      graph.addEdgeWithKey(key, source, target, { kind: edge.type, weight: edge.weight, rank: edge.rank, shared: edge.shared, size: edgeSize(edge.type, edge.weight), off: false, hidden: false });
      edgesChanged = true;
    }
  }
  placeNewNodes(graph, unplaced);
  return { added, removed, unplaced, edgesChanged };
}

/** Bounding box of the given nodes, or null when there are none. */
function extent(graph: MapGraph, keys: Iterable<string>): { cx: number; cy: number; span: number } | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const key of keys) {
    const { x, y } = graph.getNodeAttributes(key);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return null;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, span: Math.max(maxX - minX, maxY - minY) };
}

/** New nodes go near a random already-placed neighbour; those without one go on a circle around the rest (on a new map: a filled disk). */
export function placeNewNodes(graph: MapGraph, unplaced: readonly string[], random: () => number = Math.random): void {
  if (unplaced.length === 0) return;
  const waiting = new Set(unplaced);
  const placed = graph.filterNodes((key, a) => !waiting.has(key) && !a.filtered);
  const box = extent(graph, placed);
  const span = box && box.span > 0 ? box.span : 100;
  let progress = true;
  while (progress && placed.length > 0) {
    progress = false;
    for (const key of waiting) {
      const anchors = graph.filterNeighbors(key, (n) => !waiting.has(n));
      if (anchors.length === 0) continue;
      const anchor = graph.getNodeAttributes(anchors[Math.floor(random() * anchors.length)]!);
      const angle = random() * 2 * Math.PI;
      const distance = span * (0.03 + 0.04 * random());
      graph.mergeNodeAttributes(key, { x: anchor.x + distance * Math.cos(angle), y: anchor.y + distance * Math.sin(angle) });
      waiting.delete(key);
      progress = true;
    }
  }
  const rest = [...waiting];
  if (!box) {
    // A new map: a filled disk (a sunflower spiral), which ForceAtlas2 unfolds much sooner than a ring.
    rest.forEach((key, i) => {
      const r = 10 * Math.sqrt(i + 0.5);
      const angle = i * 2.39996;
      graph.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
    return;
  }
  const radius = Math.max(span * 0.6, 10);
  rest.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / rest.length;
    graph.mergeNodeAttributes(key, { x: box.cx + radius * Math.cos(angle), y: box.cy + radius * Math.sin(angle) });
  });
}

export interface ShowOptions {
  sizeBy: SizeBy;
  /** What the colour shows, and its legend. */
  colouring: Colouring;
  /** Legend entries switched off. */
  hidden: ReadonlySet<string>;
}

export interface LineRule {
  /** Lines each initiative keeps per kind (rank ≤ this); null: all. */
  topPerNode: number | null;
  /** Sector and provider lines below this weight are left out (generic lines always weigh 1; learn lines are scores). */
  minWeight: number;
}

/** Marks the lines the rule leaves out (`off`); true when that changed any line. */
export function applyLineRule(graph: MapGraph, rule: LineRule): boolean {
  let changed = false;
  graph.forEachEdge((key, a) => {
    const tooMany = rule.topPerNode !== null && a.kind !== 'learn' && a.rank > rule.topPerNode;
    const tooWeak = (a.kind === 'sector' || a.kind === 'providers') && a.weight < rule.minWeight;
    const off = tooMany || tooWeak;
    if (off !== a.off) {
      graph.setEdgeAttribute(key, 'off', off);
      changed = true;
    }
  });
  return changed;
}

/** Which lines the rule shows, as one string (to tell whether the shown structure changed). */
export function lineSignature(graph: MapGraph): string {
  const keys: string[] = [];
  graph.forEachEdge((key, a) => {
    if (!a.off) keys.push(key);
  });
  return keys.sort().join(' ');
}

/** Louvain clusters of the lines the rule shows (src-shared/graph-clusters.ts), written to the nodes and the graph. */
export function assignClusters(graph: MapGraph): void {
  const edges: { source: number; target: number; type: EdgeType; weight: number; shared: string[] }[] = [];
  graph.forEachEdge((_, a, source, target) => {
    if (!a.off) edges.push({ source: Number(source), target: Number(target), type: a.kind, weight: a.weight, shared: a.shared });
  });
  const { clusterOf, clusters } = louvainClusters(shownNodes(graph).map(Number), edges);
  graph.forEachNode((key, a) => {
    if (a.filtered) return;
    const cluster = clusterOf.get(Number(key)) ?? 0;
    if (cluster !== a.cluster) graph.setNodeAttribute(key, 'cluster', cluster);
  });
  graph.setAttribute('clusters', clusters);
}

/**
 * Sizes, colours and visibility: attribute flips only, nodes and edges stay in the graph. Only what
 * changes is written, item by item (sigma's bulk-update path cannot repaint items added since its
 * last frame).
 */
export function applyShowOptions(graph: MapGraph, options: ShowOptions): void {
  let max = 0;
  graph.forEachNode((_, a) => {
    if (!a.filtered) max = Math.max(max, sizeValue(a, options.sizeBy));
  });
  const order = shownOrder(graph);
  graph.forEachNode((node, a) => {
    const entry = options.colouring.keyOf(categoryOf(a, options.colouring.mode));
    const next = { size: nodeSize(sizeValue(a, options.sizeBy), max, order), color: options.colouring.colorOf(entry), hidden: a.filtered || options.hidden.has(entry) };
    if (next.size !== a.size || next.color !== a.color || next.hidden !== a.hidden) graph.mergeNodeAttributes(node, next);
  });
  graph.forEachEdge((key, a, _s, _t, source, target) => {
    const next = { size: edgeSize(a.kind, a.weight), hidden: a.off || source.hidden || target.hidden };
    if (next.size !== a.size || next.hidden !== a.hidden) graph.mergeEdgeAttributes(key, next);
  });
}

/** Current places of all nodes (those filtered away too), rounded (what is stored per set of scans). */
export function currentPlaces(graph: MapGraph): Map<string, Point> {
  const places = new Map<string, Point>();
  graph.forEachNode((key, { x, y }) => places.set(key, [Math.round(x * 100) / 100, Math.round(y * 100) / 100]));
  return places;
}
