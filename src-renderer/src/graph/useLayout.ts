/**
 * ForceAtlas2 in a web worker (the UI stays responsive), stopped after a few seconds, then noverlap
 * (in its worker) so no two nodes cover each other. With `only`, the other nodes are held still and
 * only the new ones find their place (and step off any node they cover).
 *
 * The layout runs on a bare copy of the map (positions, sizes, weights) in a worker that iterates on
 * its own (forceLayout.ts), not in step with the main thread: graphology's supervisor asks for each
 * next iteration only after the main thread has taken the last one, so a map that draws slowly (a
 * software-rendered 2,000-node map takes most of a second a frame) got one iteration per frame. The
 * drawn graph takes the latest positions a few times per second.
 */
import { UndirectedGraph } from 'graphology';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EdgeAttrs, MapGraph } from './graphSync';
import { startForceLayout, type ForceLayout } from './forceLayout';
import { separateNodes } from './separate';

export interface LayoutRun {
  /** Milliseconds before the layout stops by itself (default: by graph size, 2.5–8 s). */
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

/** Generic edges (a large clique) barely pull; hidden edges and the Leer van elkaar layer (an overlay, not a structure) not at all. */
const edgeWeight = (a: EdgeAttrs) => (a.hidden || a.kind === 'learn' ? 0 : a.kind === 'generic' ? 0.08 : a.weight);

/** How often the drawn map takes the layout's positions while it runs. */
const COPY_EVERY_MS = 250;

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

export function autoDuration(order: number): number {
  return Math.min(8000, 2500 + order * 10);
}

/** Noverlap rounds at the end (spreading widens the map, which sigma shrinks to fit), each capped in time. */
const NOVERLAP_ROUNDS = 3;
const NOVERLAP_ROUND_MS = 1500;

/**
 * Runs noverlap in its worker for NOVERLAP_ROUNDS rounds (each until it converges, at most
 * NOVERLAP_ROUND_MS), copying the positions to the map before each round so the scale is current.
 * Returns a handle that cancels whatever round is running.
 */
function spreadInRounds(layoutGraph: LayoutGraph, graph: MapGraph, unitsPerPixel: () => number, done: () => void): { kill(): void } {
  let current: { kill(): void } | null = null;
  let timer: number | undefined;
  let cancelled = false;
  const round = (n: number) => {
    if (cancelled) return;
    if (n >= NOVERLAP_ROUNDS) return done();
    copyPositions(layoutGraph, graph);
    const upp = unitsPerPixel();
    let over = false;
    const next = () => {
      if (over) return;
      over = true;
      window.clearTimeout(timer);
      current?.kill();
      current = null;
      round(n + 1);
    };
    const worker = new NoverlapLayout(layoutGraph, {
      settings: { margin: 3 * upp, ratio: 1.1, expansion: 1.1 },
      inputReducer: (_, a) => ({ x: a.x, y: a.y, size: (a.size ?? 4) * upp }),
      onConverged: () => window.setTimeout(next, 0),
    });
    current = worker;
    worker.start();
    timer = window.setTimeout(next, NOVERLAP_ROUND_MS);
  };
  round(0);
  return {
    kill() {
      cancelled = true;
      window.clearTimeout(timer);
      current?.kill();
    },
  };
}

/**
 * `unitsPerPixel` converts screen pixels to layout units (for noverlap's node sizes); `onSettled`
 * runs when a layout has stopped and the positions are final.
 */
export function useLayout(graph: MapGraph, unitsPerPixel: () => number, onSettled: () => void): LayoutControl {
  const supervisor = useRef<{ kill(): void } | null>(null);
  const copy = useRef<LayoutGraph | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pacer = useRef<number | undefined>(undefined);
  const moving = useRef<ReadonlySet<string> | null>(null);
  const iterations = useRef({ count: 0, since: 0, until: null as number | null });
  const forces = useRef<ForceLayout | null>(null);
  const phase = useRef<'forces' | 'spread' | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef({ unitsPerPixel, onSettled });
  useEffect(() => {
    latest.current = { unitsPerPixel, onSettled };
  });

  const halt = useCallback(() => {
    window.clearTimeout(timer.current);
    window.clearTimeout(pacer.current);
    supervisor.current?.kill();
    supervisor.current = null;
  }, []);

  const settle = useCallback(() => {
    halt();
    phase.current = null;
    if (copy.current) copyPositions(copy.current, graph);
    copy.current = null;
    setRunning(false);
    latest.current.onSettled();
  }, [graph, halt]);

  /** Noverlap in its own worker on the layout copy, round after round, then the positions are final. */
  const spread = useCallback(
    (layoutGraph: LayoutGraph) => {
      supervisor.current = spreadInRounds(layoutGraph, graph, () => latest.current.unitsPerPixel(), settle);
    },
    [graph, settle],
  );

  const finish = useCallback(() => {
    const layoutGraph = copy.current;
    if (phase.current === 'spread') return settle();
    if (phase.current !== 'forces' || !layoutGraph) return;
    forces.current?.apply();
    iterations.current = { ...iterations.current, count: forces.current?.iterations() ?? 0, until: performance.now() };
    halt();
    phase.current = 'spread';
    const only = moving.current;
    moving.current = null;
    if (only) {
      copyPositions(layoutGraph, graph);
      copy.current = null;
      separateNodes(graph, only, latest.current.unitsPerPixel());
      settle();
    } else spread(layoutGraph);
  }, [graph, halt, spread, settle]);

  const start = useCallback(
    (run: LayoutRun = {}) => {
      halt();
      if (graph.order < 2) return;
      const only = run.only ?? null;
      moving.current = only;
      const layoutGraph = layoutCopy(graph, only);
      copy.current = layoutGraph;
      const layout = startForceLayout(layoutGraph);
      forces.current = layout;
      iterations.current = { count: 0, since: performance.now(), until: null };
      supervisor.current = layout;
      phase.current = 'forces';
      // Copy, let the map draw (two animation frames), then wait a moment before the next copy.
      const pace = () => {
        layout.apply();
        copyPositions(layoutGraph, graph);
        requestAnimationFrame(() => requestAnimationFrame(() => (pacer.current = window.setTimeout(pace, COPY_EVERY_MS))));
      };
      pacer.current = window.setTimeout(pace, COPY_EVERY_MS);
      setRunning(true);
      timer.current = window.setTimeout(finish, run.duration ?? autoDuration(graph.order));
    },
    [graph, halt, finish],
  );

  // The graph lives as long as the screen; so does at most one worker.
  useEffect(() => halt, [halt]);

  const readIterations = useCallback(() => {
    const { count, since, until } = iterations.current;
    return { count: until === null && forces.current ? forces.current.iterations() : count, ms: (until ?? performance.now()) - since };
  }, []);

  return { running, start, stop: finish, iterations: readIterations };
}
