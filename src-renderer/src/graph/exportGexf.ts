/**
 * GEXF export of the visible graph for Gephi users: positions, sizes and colours as viz data; as node
 * attributes the region, scan, focus, dominant activity type, cluster, activities and reach, and
 * every dimension of the initiative's matching activities (codes with their labels, "; "-separated:
 * Gephi can partition and filter on them); lens, weight and what is shared as edge attributes.
 */
import { MultiUndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { MapGraph } from './graphSync';

export interface GexfNames {
  focus(focus: string): string;
  type(code: string): string;
  cluster(id: number): string;
}

/** `codes`: per node key, the codes of every dimension (graph.build with `attributes`). */
export function renderGexf(graph: MapGraph, names: GexfNames, codes: ReadonlyMap<string, Record<string, string[]>> = new Map()): string {
  const visible = new MultiUndirectedGraph();
  graph.forEachNode((key, a) => {
    if (a.hidden) return;
    const dimensions = Object.fromEntries(Object.entries(codes.get(key) ?? {}).map(([dimension, values]) => [dimension, values.join('; ')]));
    visible.addNode(key, {
      label: a.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      region: a.region,
      scan: a.scan,
      focus: a.focus,
      focusLabel: names.focus(a.focus),
      dominantType: a.type,
      dominantTypeLabel: names.type(a.type),
      cluster: a.cluster,
      clusterLabel: names.cluster(a.cluster),
      activities: a.activities,
      ...(a.reach === null ? {} : { reach: a.reach }),
      ...dimensions,
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (a.hidden || !visible.hasNode(source) || !visible.hasNode(target)) return;
    visible.addEdgeWithKey(key, source, target, { weight: a.weight, lens: a.kind, shared: a.shared.join('; ') });
  });
  return write(visible, { version: '1.3' });
}
