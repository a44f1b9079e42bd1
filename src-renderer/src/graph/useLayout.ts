/**
 * The map's layout: ForceAtlas2 in a web worker (the UI stays responsive) until it has settled, then
 * noverlap in the same worker so no two nodes cover each other (fa2.worker.ts). The drawn map takes
 * the latest positions a few times per second, so the layout is seen moving into place. With
 * `only`, the other nodes are held still and only the new ones find their place (and step off any
 * node they cover).
 *
 * The layout runs on a bare copy of the map (positions, sizes, pulls) in a worker that iterates on
 * its own (forceLayout.ts), not in step with the main thread: graphology's supervisor asks for each
 * next iteration only after the main thread has taken the last one, so a map that draws slowly (a
 * software-rendered 2,000-node map takes most of a second a frame) got one iteration per frame.
 */
import { UndirectedGraph } from 'graphology';
import { useCallback, useEffect, useRef, useState } from 'react';
import { edgePull } from '../../../src-shared/graph-rules';
import type { EdgeAttrs, MapGraph } from './graphSync';
import { startForceLayout, type ForceLayout } from './forceLayout';
import { separateNodes } from './separate';

export interface LayoutRun {
  /** Most milliseconds the forces run before they stop, settled or not (default: by graph size, 1–6 s). */
  duration?: number;
  /** Only these nodes move; the rest keep their place. */
  only?: ReadonlySet<string>;
}

export interface LayoutControl {
  running: boolean;
  start(run?: LayoutRun): void;
  stop(): void;
  /** ForceAtlas2 iterations of the current (or last) run, and for how long it has run (ms). */
  iterations(): { count: number; ms: number };
}

/** Hidden lines do not pull; the others as src-shared/graph-rules says (generic barely, Leer van elkaar not at all). */
const edgeWeight = (a: EdgeAttrs) => (a.hidden ? 0 : edgePull(a.kind, a.weight));

/** How often the drawn map takes the layout's positions while it runs. */
const COPY_EVERY_MS = 120;
/** A fallback stop, should the worker never say it is done. */
const GRACE_MS = 3000;

type LayoutNode = { x: number; y: number; size: number; fixed: boolean };
type LayoutGraph = UndirectedGraph<LayoutNode, { weight: number }>;

/** The positions, sizes and pulls ForceAtlas2 needs, summed per node pair (the map has several edge kinds). */
function layoutCopy(graph: MapGraph, only: ReadonlySet<string> | null): LayoutGraph {
  const copy: LayoutGraph = new UndirectedGraph();
  graph.forEachNode((key, a) => copy.addNode(key, { x: a.x, y: a.y, size: a.size, fixed: only ? !only.has(key) : false }));
  graph.forEachEdge((_, a, source, target) => {
    const weight = edgeWeight(a);
    if (weight <= 0 || source === target) return;
    copy.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + weight }));
  });
  return copy;
}

/** Copies the layout's positions onto the drawn map (one bulk update, hinted as positions only). */
function copyPositions(from: LayoutGraph, to: MapGraph): void {
  to.updateEachNodeAttributes(
    (key, a) => {
      if (!from.hasNode(key)) return a;
      const { x, y } = from.getNodeAttributes(key);
      a.x = x;
      a.y = y;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/** The longest the forces may run: most maps settle well before. */
export function autoDuration(order: number): number {
  return Math.min(6000, 1000 + order * 2.5);
}

/** The map's size on screen, for the overlap removal (null while unknown). */
export type Viewport = () => { width: number; height: number; padding: number } | null;

/**
 * `unitsPerPixel` converts screen pixels to layout units (to separate new nodes); `viewport` gives
 * the map's size on screen (for noverlap's node sizes); `onSettled` runs when a layout has stopped
 * and the positions are final.
 */
export function useLayout(graph: MapGraph, unitsPerPixel: () => number, viewport: Viewport, onSettled: () => void): LayoutControl {
  const layout = useRef<ForceLayout | null>(null);
  const copy = useRef<LayoutGraph | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pacer = useRef<number | undefined>(undefined);
  const moving = useRef<ReadonlySet<string> | null>(null);
  const iterations = useRef({ count: 0, since: 0, until: null as number | null });
  const [running, setRunning] = useState(false);
  const latest = useRef({ unitsPerPixel, viewport, onSettled });
  useEffect(() => {
    latest.current = { unitsPerPixel, viewport, onSettled };
  });

  const halt = useCallback(() => {
    window.clearTimeout(timer.current);
    window.clearTimeout(pacer.current);
    layout.current?.kill();
  }, []);

  /** Takes the final positions (or the latest, when stopped early) and ends the run. */
  const finish = useCallback(() => {
    const layoutGraph = copy.current;
    const forces = layout.current;
    if (!layoutGraph || !forces) return;
    forces.apply();
    iterations.current = { ...iterations.current, count: forces.iterations(), until: performance.now() };
    halt();
    layout.current = null;
    copy.current = null;
    copyPositions(layoutGraph, graph);
    const only = moving.current;
    moving.current = null;
    if (only) separateNodes(graph, only, latest.current.unitsPerPixel());
    setRunning(false);
    latest.current.onSettled();
  }, [graph, halt]);

  const start = useCallback(
    (run: LayoutRun = {}) => {
      halt();
      layout.current = null;
      if (graph.order < 2) return;
      const only = run.only ?? null;
      moving.current = only;
      const layoutGraph = layoutCopy(graph, only);
      copy.current = layoutGraph;
      const view = latest.current.viewport();
      const maxMs = run.duration ?? autoDuration(graph.order);
      const forces = startForceLayout(layoutGraph, {
        maxMs,
        spread: only || !view ? null : { ...view, margin: 3 },
        onDone: () => {
          if (layout.current === forces) finish();
        },
      });
      layout.current = forces;
      iterations.current = { count: 0, since: performance.now(), until: null };
      // Copy, let the map draw (two animation frames), then wait a moment before the next copy.
      const pace = () => {
        if (layout.current !== forces) return;
        forces.apply();
        copyPositions(layoutGraph, graph);
        requestAnimationFrame(() => requestAnimationFrame(() => (pacer.current = window.setTimeout(pace, COPY_EVERY_MS))));
      };
      pacer.current = window.setTimeout(pace, COPY_EVERY_MS);
      setRunning(true);
      timer.current = window.setTimeout(finish, maxMs + GRACE_MS);
    },
    [graph, halt, finish],
  );

  // The graph lives as long as the screen; so does at most one worker.
  useEffect(() => halt, [halt]);

  const readIterations = useCallback(() => {
    const { count, since, until } = iterations.current;
    return { count: until === null && layout.current ? layout.current.iterations() : count, ms: (until ?? performance.now()) - since };
  }, []);

  return { running, start, stop: finish, iterations: readIterations };
}
