/**
 * `window.__regioscanGraph`: read-only snapshots of the rendered graph, for the browser tests (they
 * compare it with `regioscan graph --json`) and `npm run bench:graph`. Only data: ids as main sends
 * them, base colours, layout positions and pixel sizes. Installed only in the test build
 * (`out-test/renderer`, see GraphView); the app that ships has none of this.
 */
import type { EdgeType } from '../../../src-shared/model';
import type { MapController } from './controllers/map';
import type { GraphPerf } from './graphPerf';
import type { Rect } from './labelPlacement';
import { drawnLabels, type MapRenderer } from './renderer';

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
  /** The initiatives of the current model (those the filter left out are not on the map). */
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

/** Puts the probe on `window` for as long as the map lives; returns the function that takes it away. */
export function installGraphProbe(map: MapController): () => void {
  const { graph } = map;
  const perf: GraphPerf = { firstFrameAt: null, frames: 0, layoutIterations: 0, forcesMs: 0, layoutRunning: map.layout.running.get(), layoutStartedAt: null, layoutStoppedAt: null };
  const stopRunning = map.layout.running.subscribe(() => {
    const running = map.layout.running.get();
    if (perf.layoutRunning === running) return;
    perf.layoutRunning = running;
    if (running) {
      perf.layoutStartedAt = performance.now();
      perf.layoutStoppedAt = null;
    } else perf.layoutStoppedAt = performance.now();
  });
  const onFrame = () => {
    perf.frames++;
    if (perf.firstFrameAt === null && graph.order > 0) perf.firstFrameAt = performance.now();
  };
  let counted: MapRenderer | null = null;
  const follow = () => {
    counted?.off('afterRender', onFrame);
    counted = map.renderer.get();
    counted?.on('afterRender', onFrame);
  };
  follow();
  const stopRenderer = map.renderer.subscribe(follow);
  const shown = () => graph.filterNodes((_, a) => !a.filtered);
  const probe: RegioscanGraphProbe = {
    nodes: () =>
      shown().map((key) => {
        const a = graph.getNodeAttributes(key);
        return { id: Number(key), label: a.label, focus: a.focus, color: a.color, hidden: a.hidden, x: a.x, y: a.y, size: a.size };
      }),
    edges: () => graph.mapEdges((_, a, source, target) => ({ source: Number(source), target: Number(target), type: a.kind, weight: a.weight, hidden: a.hidden })),
    labels: () => {
      const renderer = map.renderer.get();
      return renderer ? drawnLabels(renderer) : [];
    },
    clusters: () => Object.fromEntries(shown().map((key) => [key, graph.getNodeAttribute(key, 'cluster')])),
    viewport: (id) => {
      const key = String(id);
      const renderer = map.renderer.get();
      if (!renderer || !graph.hasNode(key)) return null;
      const { x, y } = graph.getNodeAttributes(key);
      return renderer.graphToViewport({ x, y });
    },
    perf: () => {
      const { count, ms } = map.layout.iterations();
      return { ...perf, layoutIterations: count, forcesMs: ms };
    },
  };
  window.__regioscanGraph = Object.freeze(probe);
  return () => {
    stopRunning();
    stopRenderer();
    counted?.off('afterRender', onFrame);
    if (window.__regioscanGraph === probe) delete window.__regioscanGraph;
  };
}
