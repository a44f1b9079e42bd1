/**
 * `window.__regioscanGraph`: read-only snapshots of the rendered graph, for the browser tests (they
 * compare it with `regioscan graph --json`). Only data: ids as main sends them, base colours, layout
 * positions and pixel sizes.
 */
import { useEffect } from 'react';
import type { EdgeType } from '../../../src-shared/model';
import type { MapGraph } from './graphSync';
import type { MapRenderer } from './renderer';

export interface GraphNodeSnapshot {
  id: number;
  label: string;
  focus: string;
  color: string;
  hidden: boolean;
  x: number;
  y: number;
  size: number;
}

export interface GraphEdgeSnapshot {
  source: number;
  target: number;
  type: EdgeType;
  weight: number;
  hidden: boolean;
}

export interface RegioscanGraphProbe {
  nodes(): GraphNodeSnapshot[];
  edges(): GraphEdgeSnapshot[];
  /** Where a node is drawn, in CSS pixels relative to the `graph-canvas` element (null when unknown). */
  viewport(id: number): { x: number; y: number } | null;
}

export function useGraphProbe(graph: MapGraph, renderer: MapRenderer | null): void {
  useEffect(() => {
    const probe: RegioscanGraphProbe = {
      nodes: () =>
        graph.mapNodes((key, a) => ({ id: Number(key), label: a.label, focus: a.focus, color: a.color, hidden: a.hidden, x: a.x, y: a.y, size: a.size })),
      edges: () =>
        graph.mapEdges((_, a, source, target) => ({ source: Number(source), target: Number(target), type: a.kind, weight: a.weight, hidden: a.hidden })),
      viewport: (id) => {
        const key = String(id);
        if (!renderer || !graph.hasNode(key)) return null;
        const { x, y } = graph.getNodeAttributes(key);
        return renderer.graphToViewport({ x, y });
      },
    };
    window.__regioscanGraph = Object.freeze(probe);
    return () => {
      if (window.__regioscanGraph === probe) delete window.__regioscanGraph;
    };
  }, [graph, renderer]);
}
