/**
 * The published map's layout, made once at publish time (a page opened from file:// may start no
 * worker of its own file): the app's stored positions for this set of scans when it has one for
 * every initiative; otherwise ForceAtlas2 with the app's settings (LinLog, the map's own pull and
 * spread; graphology's synchronous layout), started from the stored positions where there are any and
 * from a fixed spiral elsewhere — so publishing the same data twice gives the same map — and then
 * noverlap, which keeps nodes of the size the site draws them apart on a map of about NOMINAL_PX.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { edgePull, mapForceSettings } from '../../src-shared/graph-rules';
import { layoutSpan } from '../graph';
import type { EdgeType } from '../../src-shared/model';
import { siteNodeSize } from '../../src-shared/site-model';

export interface LayoutNode {
  id: number;
  activities: number;
}

export interface LayoutEdge {
  source: number;
  target: number;
  type: EdgeType;
  weight: number;
}

export interface Layout {
  positions: Map<number, [number, number]>;
  source: 'stored' | 'computed';
}

/** The map's shorter side in pixels that node sizes are kept apart for. */
const NOMINAL_PX = 480;
const GOLDEN_ANGLE = 2.399963229728653;

export function mapLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], stored: Readonly<Record<string, [number, number]>>): Layout {
  if (nodes.length > 0 && nodes.every((n) => stored[String(n.id)] !== undefined)) {
    return { positions: new Map(nodes.map((n) => [n.id, stored[String(n.id)]!])), source: 'stored' };
  }
  const graph = new Graph({ type: 'undirected', multi: false });
  const maxActivities = Math.max(1, ...nodes.map((n) => n.activities));
  [...nodes]
    .sort((a, b) => a.id - b.id)
    .forEach((n, i) => {
      const known = stored[String(n.id)];
      const r = 10 * Math.sqrt(i + 1);
      const [x, y] = known ?? [r * Math.cos(i * GOLDEN_ANGLE), r * Math.sin(i * GOLDEN_ANGLE)];
      graph.addNode(String(n.id), { x, y, px: siteNodeSize(n.activities, maxActivities, nodes.length) });
    });
  for (const e of edges) {
    const pull = edgePull(e.type, e.weight);
    if (pull <= 0) continue;
    const [s, t] = [String(e.source), String(e.target)];
    if (!graph.hasNode(s) || !graph.hasNode(t) || s === t) continue;
    if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 0) + pull);
    else graph.addEdge(s, t, { weight: pull });
  }
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph.order), ...mapForceSettings(graph.order) };
    forceAtlas2.assign(graph, { iterations: graph.order > 500 ? 300 : 800, settings, getEdgeWeight: 'weight' });
    spread(graph);
  }
  const positions = new Map<number, [number, number]>();
  graph.forEachNode((key, a) => positions.set(Number(key), [a.x as number, a.y as number]));
  return { positions, source: 'computed' };
}


/** Noverlap in a few rounds, each with node radii converted to layout units for the map's span as it is then. */
function spread(graph: Graph): void {
  for (let round = 0; round < 3; round++) {
    const unitsPerPixel = layoutSpan(graph) / NOMINAL_PX;
    noverlap.assign(graph, {
      maxIterations: 150,
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: ((a as { px?: number }).px ?? 4) * unitsPerPixel }),
      settings: { margin: 3 * unitsPerPixel, ratio: 1.1, expansion: 1.1, gridSize: 20, speed: 3 },
    });
  }
}
