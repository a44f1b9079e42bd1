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
import { edgePull } from '../../../../src-shared/graph-rules';
import { shownOrder, type EdgeAttrs, type MapGraph } from '../graphSync';
import { startForceLayout, type ForceLayout } from '../forceLayout';
import { separateNodes } from '../separate';
import type { CameraController } from './camera';
import { Store } from './store';

export interface LayoutRun {
  /** Most milliseconds the forces run before they stop, settled or not (default: by graph size, 1–6 s). */
  duration?: number;
  /** Only these nodes move; the rest keep their place. */
  only?: ReadonlySet<string>;
}

/** Hidden lines do not pull; the others as src-shared/graph-rules says (generic barely, Leer van elkaar not at all). */
const edgeWeight = (a: EdgeAttrs) => (a.hidden ? 0 : edgePull(a.kind, a.weight));

/** How often the drawn map takes the layout's positions while it runs. */
const COPY_EVERY_MS = 120;
/** A fallback stop, should the worker never say it is done. */
const GRACE_MS = 3000;

type LayoutNode = { x: number; y: number; size: number; fixed: boolean };
type LayoutGraph = UndirectedGraph<LayoutNode, { weight: number }>;

/**
 * The positions, sizes and pulls ForceAtlas2 needs, summed per node pair (the map has several edge
 * kinds). Nodes the filter left out stay where they are and push nothing.
 */
function layoutCopy(graph: MapGraph, only: ReadonlySet<string> | null): LayoutGraph {
  const copy: LayoutGraph = new UndirectedGraph();
  graph.forEachNode((key, a) => {
    if (!a.filtered) copy.addNode(key, { x: a.x, y: a.y, size: a.size, fixed: only ? !only.has(key) : false });
  });
  graph.forEachEdge((_, a, source, target) => {
    const weight = edgeWeight(a);
    if (weight <= 0 || source === target || !copy.hasNode(source) || !copy.hasNode(target)) return;
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

/**
 * One map's layout runs, at most one at a time. The camera gives the map's size on screen (for the
 * overlap removal) and converts pixels to layout units (to separate new nodes); `onSettled` runs when
 * a run has stopped and the positions are final.
 */
export class LayoutController {
  readonly running = new Store(false);
  private forces: ForceLayout | null = null;
  private copy: LayoutGraph | null = null;
  private timer: number | undefined;
  private pacer: number | undefined;
  private moving: ReadonlySet<string> | null = null;
  private counted = { count: 0, since: 0, until: null as number | null };

  constructor(
    private readonly graph: MapGraph,
    private readonly camera: CameraController,
    private readonly onSettled: () => void,
  ) {}

  private halt(): void {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.pacer);
    this.forces?.kill();
  }

  /** Takes the final positions (or the latest, when stopped early) and ends the run. */
  private finish(): void {
    const layoutGraph = this.copy;
    const forces = this.forces;
    if (!layoutGraph || !forces) return;
    forces.apply();
    this.counted = { ...this.counted, count: forces.iterations(), until: performance.now() };
    this.halt();
    this.forces = null;
    this.copy = null;
    copyPositions(layoutGraph, this.graph);
    const only = this.moving;
    this.moving = null;
    if (only) separateNodes(this.graph, only, this.camera.unitsPerPixel());
    this.running.set(false);
    this.onSettled();
  }

  start(run: LayoutRun = {}): void {
    this.halt();
    this.forces = null;
    const order = shownOrder(this.graph);
    if (order < 2) return;
    const only = run.only ?? null;
    this.moving = only;
    const layoutGraph = layoutCopy(this.graph, only);
    this.copy = layoutGraph;
    const view = this.camera.viewport();
    const maxMs = run.duration ?? autoDuration(order);
    const forces = startForceLayout(layoutGraph, {
      maxMs,
      spread: only || !view ? null : { ...view, margin: 3 },
      onDone: () => {
        if (this.forces === forces) this.finish();
      },
    });
    this.forces = forces;
    this.counted = { count: 0, since: performance.now(), until: null };
    // Copy, let the map draw (two animation frames), then wait a moment before the next copy.
    const pace = () => {
      if (this.forces !== forces) return;
      forces.apply();
      copyPositions(layoutGraph, this.graph);
      requestAnimationFrame(() => requestAnimationFrame(() => (this.pacer = window.setTimeout(pace, COPY_EVERY_MS))));
    };
    this.pacer = window.setTimeout(pace, COPY_EVERY_MS);
    this.running.set(true);
    this.timer = window.setTimeout(() => this.finish(), maxMs + GRACE_MS);
  }

  /** Stops the run now; the positions reached so far are kept. */
  stop(): void {
    this.finish();
  }

  /** Ends a run without settling (the screen goes away). */
  kill(): void {
    this.halt();
    this.forces = null;
    this.copy = null;
    this.moving = null;
    this.running.set(false);
  }

  /** ForceAtlas2 iterations of the current (or last) run, and for how long it has run (ms). */
  iterations(): { count: number; ms: number } {
    const { count, since, until } = this.counted;
    return { count: until === null && this.forces ? this.forces.iterations() : count, ms: (until ?? performance.now()) - since };
  }
}
