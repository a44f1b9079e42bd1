/**
 * GEXF export of the visible graph for Gephi users: positions, sizes and colours as viz data, focus,
 * activities and reach as node attributes, lens, weight and what is shared as edge attributes.
 */
import { MultiUndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { MapGraph } from './graphSync';

export function renderGexf(graph: MapGraph, focusName: (focus: string) => string): string {
  const visible = new MultiUndirectedGraph();
  graph.forEachNode((key, a) => {
    if (a.hidden) return;
    visible.addNode(key, {
      label: a.label,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      focus: a.focus,
      focusLabel: focusName(a.focus),
      activities: a.activities,
      ...(a.reach === null ? {} : { reach: a.reach }),
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (a.hidden || !visible.hasNode(source) || !visible.hasNode(target)) return;
    visible.addEdgeWithKey(key, source, target, { weight: a.weight, lens: a.kind, shared: a.shared.join('; ') });
  });
  return write(visible, { version: '1.3' });
}
