/**
 * One Ecosysteemkaart's state, outside React (as gephi-lite keeps its sigma state in controllers):
 * the one graphology graph, the sigma renderer drawn over it, and the controllers of its selection,
 * camera, layout, appearance and stored places. Components render what these hold (through their
 * stores) and call their methods; they keep no map state of their own.
 *
 * A model main builds for the filter is merged into the graph (graphSync.ts): a node the filter
 * leaves out is hidden, not dropped, and keeps its place. Another set of scans is another map.
 */
import type { GraphModel } from '../../../../src-shared/model';
import { createMapGraph, shownOrder, syncGraph, type MapGraph } from '../graphSync';
import { createMapRenderer, type MapRenderer } from '../renderer';
import type { Rect } from '../labelPlacement';
import type { Scheme } from '../styles';
import { AppearanceController } from './appearance';
import { CameraController } from './camera';
import { autoDuration, LayoutController } from './layout';
import { PlacesController, scansKey } from './places';
import { SelectionController } from './selection';
import { graphStatsStore, type GraphStatsStore } from './stats';
import { Store } from './store';

type Box = { x: [number, number]; y: [number, number] };

/** The extent of the nodes the filter keeps, when it leaves some out (else null: sigma's own, of every node). */
function shownExtent(graph: MapGraph): Box | null {
  let any = false;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_, a) => {
    if (a.filtered) {
      any = true;
      return;
    }
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  return any && minX !== Infinity ? { x: [minX, maxX], y: [minY, maxY] } : null;
}

const sameBox = (a: Box | null, b: Box | null) => a === b || (a !== null && b !== null && a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1]);

export interface MapEvents {
  /** A node was clicked (not dragged): open its details. */
  open(key: string): void;
}

export class MapController {
  readonly graph: MapGraph = createMapGraph();
  readonly stats: GraphStatsStore;
  readonly selection: SelectionController;
  readonly camera: CameraController;
  readonly layout: LayoutController;
  readonly appearance: AppearanceController;
  readonly places: PlacesController;
  /** The live sigma renderer (null while the canvas is not on screen). */
  readonly renderer = new Store<MapRenderer | null>(null);
  private readonly events: MapEvents = { open: () => undefined };
  /** The set of scans the graph holds (another set is another map). */
  private syncedScans: string | null = null;
  private modelRun = 0;
  private sessionReady = false;
  private relayoutFrame = 0;

  constructor(options: { selected?: string | null } = {}) {
    this.stats = graphStatsStore(this.graph);
    this.selection = new SelectionController(this.graph, options.selected ?? null);
    this.camera = new CameraController(this.graph);
    this.places = new PlacesController(this.graph);
    this.layout = new LayoutController(this.graph, this.camera, () => this.places.save());
    this.appearance = new AppearanceController(this.graph);
  }

  on(events: Partial<MapEvents>): void {
    Object.assign(this.events, events);
  }

  /** The view is remembered once the session (where the user left off) is known. */
  setSessionReady(ready: boolean): void {
    this.sessionReady = ready;
    this.rememberView();
  }

  private rememberView(): void {
    this.camera.remember(this.sessionReady ? (this.places.current()?.key ?? null) : null);
  }

  /**
   * Merges a model of the filtered initiatives of `scans` into the graph (after their stored places
   * are in); only what has no place yet is laid out. A newer call wins over one still loading places.
   */
  async showModel(model: GraphModel, scans: readonly number[]): Promise<void> {
    const run = ++this.modelRun;
    const stored = await this.places.load(scans);
    if (run !== this.modelRun) return;
    this.rememberView();
    if (this.syncedScans !== stored.key) {
      // Another set of scans is another map, with its own stored places.
      this.layout.kill();
      this.graph.clear();
      this.syncedScans = stored.key;
    }
    const result = syncGraph(this.graph, model, stored.places);
    const linesChanged = this.appearance.applyLines();
    if (result.unplaced.length === 0) {
      if (linesChanged && result.removed.length + result.added.length === 0) this.relayout();
      return;
    }
    const fresh = result.unplaced.length > shownOrder(this.graph) / 2;
    this.layout.start(fresh ? {} : { only: new Set(result.unplaced), duration: 1500 });
  }

  /** The lines slider and the minimum weight pick among the lines at once, and the layout follows. */
  setRule(rule: { topPerNode?: number | null; minWeight?: number }): void {
    if (this.appearance.setRule(rule)) this.relayout();
  }

  /**
   * Other lines are another structure: the whole map moves to it from where it is, in a short run.
   * It starts after the next frame, so the new lines are drawn first.
   */
  private relayout(): void {
    cancelAnimationFrame(this.relayoutFrame);
    this.relayoutFrame = requestAnimationFrame(() => window.setTimeout(() => this.layout.start({ duration: Math.min(1500, autoDuration(shownOrder(this.graph))) }), 0));
  }

  /**
   * Draws the map in `container` with sigma: hover highlighting of a node's neighbours, click to open,
   * drag to move a node (its place is stored), a click on the empty map clears the selection. Returns
   * the function that takes the renderer down again (another colour scheme is another renderer).
   */
  attach(container: HTMLElement, scheme: Scheme, reserved: (size: { width: number; height: number }) => Rect[]): () => void {
    const graph = this.graph;
    const sigma = createMapRenderer(graph, container, { scheme, highlight: () => this.selection.current(), reserved });
    const redraw = () => sigma.refresh({ skipIndexation: true });
    const stopHighlight = this.selection.onChange(redraw);
    // Nodes the filter leaves out keep their place but not the frame: the map is framed on the others.
    sigma.on('beforeProcess', () => {
      const box = shownExtent(graph);
      if (!sameBox(box, sigma.getCustomBBox())) sigma.setCustomBBox(box);
    });
    let dragged: string | null = null;
    let moved = false;
    sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      this.selection.hover(node);
    });
    sigma.on('leaveNode', () => {
      container.style.cursor = '';
      this.selection.hover(null);
    });
    sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
    });
    sigma.on('moveBody', ({ event }) => {
      if (!dragged) return;
      const point = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const drop = () => {
      if (dragged && moved) this.places.save();
      dragged = null;
    };
    sigma.on('upNode', drop);
    sigma.on('upStage', drop);
    sigma.on('clickNode', ({ node }) => {
      if (!moved) {
        this.selection.select(node);
        this.events.open(node);
      }
      moved = false;
    });
    sigma.on('clickStage', () => this.selection.select(null));
    this.renderer.set(sigma);
    this.camera.attach(sigma);
    return () => {
      stopHighlight();
      this.camera.attach(null);
      if (this.renderer.get() === sigma) this.renderer.set(null);
      sigma.kill();
    };
  }

  /** Selects an initiative and moves the camera to it. */
  focus(key: string | null): void {
    this.selection.select(key);
    if (key) this.camera.focus(key);
  }

  /** The screen goes away: no layout keeps running, no frame is waited for. */
  stop(): void {
    cancelAnimationFrame(this.relayoutFrame);
    this.layout.kill();
    this.selection.stop();
  }
}

export { scansKey };
