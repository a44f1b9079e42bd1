/**
 * ForceAtlas2 in graphology's web-worker supervisor (the UI stays responsive), stopped after a few
 * seconds, then a noverlap pass so no two nodes cover each other. With `only`, the other nodes are
 * held still and only the new ones find their place (and step off any node they cover).
 */
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EdgeAttrs, MapGraph, NodeAttrs } from './graphSync';
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
}

/** Generic edges (a large clique) barely pull; hidden edges not at all. */
const edgeWeight = (_: string, a: EdgeAttrs) => (a.hidden ? 0 : a.kind === 'generic' ? 0.08 : a.weight);

export function autoDuration(order: number): number {
  return Math.min(8000, 2500 + order * 10);
}

/**
 * `unitsPerPixel` converts screen pixels to layout units (for noverlap's node sizes); `onSettled`
 * runs when a layout has stopped and the positions are final.
 */
export function useLayout(graph: MapGraph, unitsPerPixel: () => number, onSettled: () => void): LayoutControl {
  const supervisor = useRef<FA2Layout<NodeAttrs, EdgeAttrs> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const moving = useRef<ReadonlySet<string> | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef({ unitsPerPixel, onSettled });
  useEffect(() => {
    latest.current = { unitsPerPixel, onSettled };
  });

  const halt = useCallback(() => {
    window.clearTimeout(timer.current);
    supervisor.current?.kill();
    supervisor.current = null;
  }, []);

  const finish = useCallback(() => {
    if (!supervisor.current) return;
    halt();
    const only = moving.current;
    moving.current = null;
    if (only) separateNodes(graph, only, latest.current.unitsPerPixel());
    else if (graph.order > 1) {
      // Spreading nodes widens the map, which sigma then shrinks to fit: repeat with the new scale.
      for (let round = 0; round < 4; round++) {
        const upp = latest.current.unitsPerPixel();
        noverlap.assign(graph, {
          maxIterations: 60,
          settings: { margin: 3 * upp, ratio: 1.1, expansion: 1.1 },
          inputReducer: (_, a) => ({ x: a.x, y: a.y, size: (a.size ?? 4) * upp }),
        });
      }
    }
    graph.updateEachNodeAttributes((_, a) => (a.fixed ? { ...a, fixed: false } : a));
    setRunning(false);
    latest.current.onSettled();
  }, [graph, halt]);

  const start = useCallback(
    (run: LayoutRun = {}) => {
      halt();
      if (graph.order < 2) return;
      const only = run.only ?? null;
      moving.current = only;
      if (only) graph.updateEachNodeAttributes((key, a) => ({ ...a, fixed: !only.has(key) }));
      const settings = { ...inferSettings(graph.order), gravity: 0.4, scalingRatio: 12, barnesHutOptimize: graph.order > 400 };
      const layout = new FA2Layout<NodeAttrs, EdgeAttrs>(graph, { settings, getEdgeWeight: edgeWeight });
      supervisor.current = layout;
      layout.start();
      setRunning(true);
      timer.current = window.setTimeout(finish, run.duration ?? autoDuration(graph.order));
    },
    [graph, halt, finish],
  );

  // The graph lives as long as the screen; so does at most one worker.
  useEffect(() => halt, [halt]);

  return { running, start, stop: finish };
}
