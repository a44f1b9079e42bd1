/**
 * The map's selection and hover: the selected initiative (search box, "Toon op kaart", a click), the
 * node under the pointer, and what is highlighted — the hovered node, else the selected one, with its
 * neighbours over the lines shown. Hiding lines or legend entries changes who the neighbours are:
 * that is followed once per frame while something is highlighted. The renderer redraws on `onChange`.
 */
import type { Highlight } from '../renderer';
import type { MapGraph } from '../graphSync';
import { Store } from './store';

const NONE: Highlight = { node: null, neighbours: new Set() };

/** Neighbours over visible lines. */
function visibleNeighbours(graph: MapGraph, node: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_, a, source, target) => {
    if (!a.hidden) out.add(source === node ? target : source);
  });
  return out;
}

const GRAPH_CHANGES = ['edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'edgeAdded', 'edgeDropped', 'nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'cleared'] as const;

export class SelectionController {
  /** The selected initiative's node key (it may be one the map does not show now). */
  readonly selected: Store<string | null>;
  private hovered: string | null = null;
  private highlight: Highlight = NONE;
  private readonly listeners = new Set<() => void>();
  private frame = 0;
  private readonly onGraphChange = () => {
    // Also when nothing is highlighted yet: the selected initiative may just have appeared.
    if ((!this.highlight.node && this.selected.get() === null) || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.recompute();
    });
  };

  /** Follows the graph for as long as both live (they are made and dropped together). */
  constructor(private readonly graph: MapGraph, initial: string | null = null) {
    this.selected = new Store(initial);
    for (const event of GRAPH_CHANGES) graph.on(event, this.onGraphChange);
  }

  /** The selected node when the map shows it, else null. */
  shownSelection(): string | null {
    const key = this.selected.get();
    return key !== null && this.graph.hasNode(key) && !this.graph.getNodeAttribute(key, 'hidden') ? key : null;
  }

  select(key: string | null): void {
    this.selected.set(key);
    this.recompute();
  }

  hover(key: string | null): void {
    this.hovered = key;
    this.recompute();
  }

  /** What the renderer dims around (read on every frame). */
  current(): Highlight {
    return this.highlight;
  }

  /** Called whenever the highlight changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private recompute(): void {
    const node = this.hovered ?? this.shownSelection();
    this.highlight = node && this.graph.hasNode(node) ? { node, neighbours: visibleNeighbours(this.graph, node) } : NONE;
    for (const listener of [...this.listeners]) listener();
  }

  /** Drops a pending recompute (the screen goes away). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
