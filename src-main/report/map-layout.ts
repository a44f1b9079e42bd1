/**
 * Where the factsheet draws each initiative of the Ecosysteemkaart. The map's own layout, stored per
 * set of scans when the app drew it, comes first, so the factsheet shows the map people know. Where
 * none is stored (or for initiatives added since), ForceAtlas2 places them here in Node: the same
 * settings as the app's layout worker, a fixed number of iterations from seeded starting points, so
 * the same map always gets the same layout; stored places stay where they are. Overlaps are then
 * removed (noverlap) for the size the map has on the page.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { edgePull, mapForceSettings } from '../../src-shared/graph-rules';
import { layoutSpan } from '../graph';
import type { GraphModel } from '../../src-shared/model';
import { mulberry32 } from '../../src-shared/prng';
import type { FactsheetMap, MapNode } from './model';

const SEED = 2022;
/** The map on the page, in points: what node radii and gaps are measured against. */
export const MAP_BOX = { width: 507, height: 360, padding: 14 };
const MIN_RADIUS = 3;
const MAX_RADIUS = 10;

/** A node's radius in points: by its number of activities, on a square-root scale. */
export function nodeRadius(activities: number, max: number): number {
  if (max <= 0) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(Math.max(activities, 0), max) / max);
}

function iterationsFor(order: number): number {
  if (order <= 100) return 600;
  if (order <= 1000) return 300;
  return 120;
}

type LayoutGraph = UndirectedGraph<{ x: number; y: number; size: number; fixed: boolean }, { weight: number }>;


function layout(model: GraphModel, stored: Record<string, [number, number]>, radius: (activities: number) => number): Map<number, [number, number]> {
  const graph: LayoutGraph = new UndirectedGraph();
  const rng = mulberry32(SEED);
  const nodes = [...model.nodes].sort((a, b) => a.id - b.id);
  const storedSpan = Object.values(stored).reduce((m, [x, y]) => Math.max(m, Math.abs(x), Math.abs(y)), 0) || 100;
  for (const node of nodes) {
    const place = stored[String(node.id)];
    const [x, y] = place ?? [(rng() * 2 - 1) * storedSpan, (rng() * 2 - 1) * storedSpan];
    graph.addNode(String(node.id), { x, y, size: radius(node.activities), fixed: place !== undefined });
  }
  const edges = [...model.edges].sort((a, b) => a.source - b.source || a.target - b.target || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  for (const edge of edges) {
    const pull = edgePull(edge.type, edge.weight);
    if (pull <= 0 || edge.source === edge.target) continue;
    graph.updateEdge(String(edge.source), String(edge.target), (e) => ({ weight: (e.weight ?? 0) + pull }));
  }
  // graphology's settings for this size, and the app's own pull and spread (src-renderer/src/graph/forceLayout.ts).
  const settings = { ...forceAtlas2.inferSettings(graph.order), ...mapForceSettings(graph.order) };
  forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings, getEdgeWeight: 'weight' });
  // Overlaps removed only when nothing was stored: noverlap would move stored places too. Node
  // radii go from points to layout units, for the map's size on the page.
  if (!nodes.some((n) => stored[String(n.id)])) {
    const unitsPerPoint = layoutSpan(graph) / (Math.min(MAP_BOX.width, MAP_BOX.height) - 2 * MAP_BOX.padding);
    noverlap.assign(graph, {
      maxIterations: 200,
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? MIN_RADIUS) * unitsPerPoint }),
      settings: { margin: 2 * unitsPerPoint, ratio: 1.1, expansion: 1.1, gridSize: 20, speed: 3 },
    });
  }
  const out = new Map<number, [number, number]>();
  graph.forEachNode((key, a) => out.set(Number(key), [a.x, a.y]));
  return out;
}

export function placeMap(model: GraphModel, stored: Record<string, [number, number]>): FactsheetMap {
  const max = Math.max(0, ...model.nodes.map((n) => n.activities));
  const missing = model.nodes.filter((n) => !stored[String(n.id)]).length;
  const placement: FactsheetMap['placement'] = missing === 0 && model.nodes.length > 0 ? 'stored' : missing === model.nodes.length ? 'computed' : 'partly-stored';
  const places = placement === 'stored' ? new Map(model.nodes.map((n) => [n.id, stored[String(n.id)]!])) : layout(model, stored, (a) => nodeRadius(a, max));
  const nodes: MapNode[] = [...model.nodes]
    .sort((a, b) => a.id - b.id)
    .map((n) => {
      const [x, y] = places.get(n.id) ?? [0, 0];
      return { id: n.id, label: n.label, focus: n.focus, activities: n.activities, x, y };
    });
  return {
    nodes,
    edges: model.edges.map((e) => ({ source: e.source, target: e.target, type: e.type, weight: e.weight })),
    placement,
    neighbourCap: model.neighbourCap,
    candidateEdges: model.candidateEdges,
  };
}
