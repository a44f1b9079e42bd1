/**
 * `window.__regioscanGraph`: read-only snapshots of the rendered graph, for the browser tests (they
 * compare it with `regioscan graph --json`). Only data: ids as main sends them, base colours, layout
 * positions and pixel sizes.
 */
import { useEffect, useRef } from 'react';
import type { EdgeType } from '../../../src-shared/model';
import type { MapGraph } from './graphSync';
import { drawnLabels, type MapRenderer } from './renderer';
import type { Rect } from './labelPlacement';
import type { GraphPerf } from './graphPerf';
import type { LayoutControl } from './useLayout';

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
  /** The labels drawn in the last frame and the boxes they take (CSS pixels of the map). */
  labels(): { key: string; label: string; rect: Rect }[];
  /** Louvain cluster of every node, as coloured. */
  clusters(): Record<string, number>;
  /** Where a node is drawn, in CSS pixels relative to the `graph-canvas` element (null when unknown). */
  viewport(id: number): { x: number; y: number } | null;
  /**
   * For `npm run bench:graph`: when sigma first drew a frame with nodes (`performance.now()`), frames
   * drawn, and how many position updates the layout has applied (one per ForceAtlas2 iteration).
   */
  perf(): GraphPerf;
}

export function useGraphProbe(graph: MapGraph, renderer: MapRenderer | null, layout: Pick<LayoutControl, 'running' | 'iterations'>): void {
  const layoutRunning = layout.running;
  const layoutIterations = useRef(layout.iterations);
  useEffect(() => {
    layoutIterations.current = layout.iterations;
  }, [layout.iterations]);
  const perf = useRef<GraphPerf>({ firstFrameAt: null, frames: 0, layoutIterations: 0, forcesMs: 0, layoutRunning, layoutStartedAt: null, layoutStoppedAt: null });
  useEffect(() => {
    const counters = perf.current;
    if (counters.layoutRunning === layoutRunning) return;
    counters.layoutRunning = layoutRunning;
    if (layoutRunning) {
      counters.layoutStartedAt = performance.now();
      counters.layoutStoppedAt = null;
    } else counters.layoutStoppedAt = performance.now();
  }, [layoutRunning]);
  useEffect(() => {
    const counters = perf.current;
    const onFrame = () => {
      counters.frames++;
      if (counters.firstFrameAt === null && graph.order > 0) counters.firstFrameAt = performance.now();
    };
    renderer?.on('afterRender', onFrame);
    return () => {
      renderer?.off('afterRender', onFrame);
    };
  }, [graph, renderer]);
  useEffect(() => {
    const probe: RegioscanGraphProbe = {
      nodes: () =>
        graph.mapNodes((key, a) => ({ id: Number(key), label: a.label, focus: a.focus, color: a.color, hidden: a.hidden, x: a.x, y: a.y, size: a.size })),
      edges: () =>
        graph.mapEdges((_, a, source, target) => ({ source: Number(source), target: Number(target), type: a.kind, weight: a.weight, hidden: a.hidden })),
      labels: () => (renderer ? drawnLabels(renderer) : []),
      clusters: () => Object.fromEntries(graph.mapNodes((key, a) => [key, a.cluster])),
      viewport: (id) => {
        const key = String(id);
        if (!renderer || !graph.hasNode(key)) return null;
        const { x, y } = graph.getNodeAttributes(key);
        return renderer.graphToViewport({ x, y });
      },
      perf: () => {
        const { count, ms } = layoutIterations.current();
        return { ...perf.current, layoutIterations: count, forcesMs: ms };
      },
    };
    window.__regioscanGraph = Object.freeze(probe);
    return () => {
      if (window.__regioscanGraph === probe) delete window.__regioscanGraph;
    };
  }, [graph, renderer]);
}
