/**
 * The map's selection lives in a controller outside React (src-renderer/src/graph/controllers/
 * selection.ts) over the one graphology graph: what it highlights is the hovered node, else the
 * selected one when the map shows it, with its neighbours over the lines shown; hiding a line is
 * followed on the next frame. Components read its store (controllers/store.ts), which tells them only
 * of real changes. A map of the sample plus two regional scans, as main builds it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { MAX_TOP_PER_NODE } from '../../src-shared/graph-rules';
import type { GraphModel } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { buildGraph } from '../../src-main/graph/graph';
import { SelectionController } from '../../src-renderer/src/graph/controllers/selection';
import { Store } from '../../src-renderer/src/graph/controllers/store';
import { createMapGraph, syncGraph, type MapGraph } from '../../src-renderer/src/graph/graphSync';
import { sampleAndTwoScansDb } from '../helpers/map-fixture';

/** Animation frames run when the test says so. */
let frames: (() => void)[] = [];
const flushFrames = () => {
  const now = frames;
  frames = [];
  for (const f of now) f();
};

const neighboursOf = (graph: MapGraph, node: string) =>
  [...new Set(graph.filterEdges(node, (_, a) => !a.hidden).map((e) => (graph.source(e) === node ? graph.target(e) : graph.source(e))))].sort();

describe('the map selection controller', () => {
  let model: GraphModel;
  let graph: MapGraph;
  let selection: SelectionController;
  /** A node with at least two neighbours over shown lines, and another node. */
  let hub: string;
  let other: string;

  beforeAll(async () => {
    const db: Db = await sampleAndTwoScansDb();
    model = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'], neighbourCap: MAX_TOP_PER_NODE });
  });

  beforeEach(() => {
    frames = [];
    globalThis.requestAnimationFrame = (f: FrameRequestCallback) => frames.push(() => f(0));
    globalThis.cancelAnimationFrame = () => undefined;
    graph = createMapGraph();
    syncGraph(graph, model, new Map());
    hub = graph.nodes().find((n) => neighboursOf(graph, n).length >= 2)!;
    other = graph.nodes().find((n) => n !== hub)!;
    selection = new SelectionController(graph);
  });

  afterEach(() => selection.stop());

  it('highlights the selected node with its neighbours over the lines shown', () => {
    expect(hub).toBeDefined();
    let told = 0;
    selection.onChange(() => told++);
    selection.select(hub);
    expect(selection.current().node).toBe(hub);
    expect([...selection.current().neighbours].sort()).toEqual(neighboursOf(graph, hub));
    expect(told).toBe(1);
  });

  it('highlights the hovered node over the selection, and the selection again when the pointer leaves', () => {
    selection.select(hub);
    selection.hover(other);
    expect(selection.current().node).toBe(other);
    selection.hover(null);
    expect(selection.current().node).toBe(hub);
  });

  it('follows a hidden line on the next frame', () => {
    selection.select(hub);
    const before = [...selection.current().neighbours].sort();
    // A neighbour joined to the hub by one shown line only: hiding it takes the neighbour away.
    const shown = graph.filterEdges(hub, (_, a) => !a.hidden);
    const end = (e: string) => (graph.source(e) === hub ? graph.target(e) : graph.source(e));
    const line = shown.find((e) => shown.filter((f) => end(f) === end(e)).length === 1)!;
    expect(line).toBeDefined();
    const gone = end(line);
    graph.setEdgeAttribute(line, 'hidden', true);
    expect([...selection.current().neighbours].sort(), 'not before the frame').toEqual(before);
    flushFrames();
    expect(selection.current().neighbours.has(gone)).toBe(false);
    expect([...selection.current().neighbours].sort()).toEqual(before.filter((n) => n !== gone));
  });

  it('keeps a selection the map does not show, without highlighting it until it is shown', () => {
    graph.setNodeAttribute(hub, 'hidden', true);
    selection.select(hub);
    expect(selection.selected.get()).toBe(hub);
    expect(selection.current().node).toBeNull();
    graph.setNodeAttribute(hub, 'hidden', false);
    flushFrames();
    expect(selection.current().node).toBe(hub);
  });

  it('tells the selected store’s readers only of real changes', () => {
    const store = new Store<string | null>(null);
    let told = 0;
    const stop = store.subscribe(() => told++);
    store.set('1');
    store.set('1');
    store.update((v) => v);
    store.set(null);
    stop();
    store.set('2');
    expect(told).toBe(2);
    expect(store.get()).toBe('2');
  });
});
