/**
 * What the map shows of its graph, as attribute flips (nodes and lines stay in the graph): the line
 * rule (lines per initiative, minimum weight) and the clusters of the lines it keeps, the colour mode
 * with its legend and the entries switched off, and what a node's size shows. Legend labels are in
 * the UI's language (`setNames`).
 */
import type { GraphCluster } from '../../../../src-shared/model';
import { DEFAULT_TOP_PER_NODE } from '../../../../src-shared/graph-rules';
import { colouring, type Colourable, type Colouring, type ColourBy } from '../colorBy';
import { applyLineRule, applyShowOptions, assignClusters, lineSignature, type LineRule, type MapGraph } from '../graphSync';
import type { SizeBy } from '../styles';
import { Store } from './store';

export interface Appearance {
  colourBy: ColourBy;
  /** Legend entries switched off (for the current colour mode). */
  hidden: ReadonlySet<string>;
  sizeBy: SizeBy;
  /** Lines each initiative keeps per kind (null: all). */
  topPerNode: number | null;
  minWeight: number;
}

/** A legend entry's label, given the mode, its key and the clusters of the lines shown. */
export type LegendNames = (mode: ColourBy, key: string, clusters: readonly GraphCluster[]) => string;

export const INITIAL_APPEARANCE: Appearance = { colourBy: 'focus', hidden: new Set(), sizeBy: 'activities', topPerNode: DEFAULT_TOP_PER_NODE, minWeight: 1 };

function colourables(graph: MapGraph): Colourable[] {
  const out: Colourable[] = [];
  graph.forEachNode((_, a) => {
    if (!a.filtered) out.push({ focus: a.focus, region: a.region, scan: a.scan, type: a.type, cluster: a.cluster, activities: a.activities, change: a.change });
  });
  return out;
}

export class AppearanceController {
  readonly state = new Store<Appearance>(INITIAL_APPEARANCE);
  readonly colouring: Store<Colouring>;
  private names: LegendNames = (_mode, key) => key;
  private shownLines = '';

  constructor(private readonly graph: MapGraph) {
    this.colouring = new Store(this.colour());
  }

  private colour(): Colouring {
    const { colourBy, hidden } = this.state.get();
    const clusters = this.graph.getAttribute('clusters');
    return colouring(colourBy, colourables(this.graph), hidden, (key) => this.names(colourBy, key, clusters));
  }

  /** Colours, legend and sizes from the graph as it is now. */
  refresh(): void {
    const next = this.colour();
    this.colouring.set(next);
    const { sizeBy, hidden } = this.state.get();
    applyShowOptions(this.graph, { sizeBy, colouring: next, hidden });
  }

  /**
   * The line rule, the clusters of the lines it keeps, and the colours that follow; true when other
   * lines are shown than before (the layout should follow).
   */
  applyLines(): boolean {
    const { topPerNode, minWeight } = this.state.get();
    applyLineRule(this.graph, { topPerNode, minWeight } satisfies LineRule);
    assignClusters(this.graph);
    this.refresh();
    const lines = lineSignature(this.graph);
    const changed = lines !== this.shownLines;
    this.shownLines = lines;
    return changed;
  }

  setNames(names: LegendNames): void {
    this.names = names;
    this.colouring.set(this.colour());
  }

  setColourBy(colourBy: ColourBy): void {
    this.state.update((s) => ({ ...s, colourBy, hidden: new Set() }));
    this.refresh();
  }

  /** Hides or shows a legend entry's initiatives. */
  toggle(key: string): void {
    this.state.update((s) => {
      const hidden = new Set(s.hidden);
      if (!hidden.delete(key)) hidden.add(key);
      return { ...s, hidden };
    });
    this.refresh();
  }

  showAll(): void {
    this.state.update((s) => ({ ...s, hidden: new Set() }));
    this.refresh();
  }

  /** Each node's change between two scans (node key → kind; the rest ''), then colours and legend. */
  setChanges(kinds: ReadonlyMap<string, string>): void {
    this.graph.forEachNode((key, a) => {
      const change = kinds.get(key) ?? '';
      if (a.change !== change) this.graph.setNodeAttribute(key, 'change', change);
    });
    this.refresh();
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.state.update((s) => ({ ...s, sizeBy }));
    this.refresh();
  }

  /** A new line rule; true when it shows other lines (the layout should follow). */
  setRule(rule: Partial<Pick<Appearance, 'topPerNode' | 'minWeight'>>): boolean {
    this.state.update((s) => ({ ...s, ...rule }));
    return this.graph.order > 1 && this.applyLines();
  }
}
