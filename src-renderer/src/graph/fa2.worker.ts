/**
 * The map's layout in one worker: ForceAtlas2 (graphology's iteration function) in batches of about
 * BATCH_MS, the positions posted after each batch, until the layout has settled (the nodes move less
 * than SETTLED per iteration, relative to the map's span) or `maxMs` has passed; then, for a whole
 * layout, noverlap (graphology's iteration function) pushes overlapping nodes apart, with node radii
 * converted from screen pixels to layout units for the map's size on screen. Posts `done` with the
 * final positions. (graphology's own supervisor waits for the main thread before every iteration, so
 * a map that takes long to draw slowed the layout to one iteration per frame.)
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import noverlapIterate from 'graphology-layout-noverlap/iterate.js';

const BATCH_MS = 30;
/** Settled: the average node moves less than this share of the map's span per iteration. */
const SETTLED = 0.0004;
const MIN_ITERATIONS = 60;
/** Noverlap rounds (each with the scale of the map it starts from) and their time budget. */
const SPREAD_ROUNDS = 3;
const SPREAD_MS = 250;
const PPN = 10;

export interface Spread {
  /** The map's size on screen and its padding, in CSS pixels. */
  width: number;
  height: number;
  padding: number;
  /** Gap between nodes, in pixels. */
  margin: number;
}

interface Start {
  type: 'start';
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
  maxMs: number;
  spread: Spread | null;
}

let run = 0;

function span(nodes: Float32Array): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < nodes.length; i += PPN) {
    minX = Math.min(minX, nodes[i]!); maxX = Math.max(maxX, nodes[i]!);
    minY = Math.min(minY, nodes[i + 1]!); maxY = Math.max(maxY, nodes[i + 1]!);
  }
  return Math.max(maxX - minX, maxY - minY) || 1;
}

/** Noverlap on the node matrix, node radii (matrix slot 8, in pixels) scaled to layout units. */
function spreadNodes(nodes: Float32Array, spread: Spread): void {
  const n = nodes.length / PPN;
  const until = performance.now() + SPREAD_MS;
  for (let round = 0; round < SPREAD_ROUNDS && performance.now() < until; round++) {
    const upp = span(nodes) / Math.max(Math.min(spread.width, spread.height) - 2 * spread.padding, 50);
    const matrix = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) matrix.set([nodes[i * PPN]!, nodes[i * PPN + 1]!, (nodes[i * PPN + 8] || 4) * upp], i * 3);
    const settings = { margin: spread.margin * upp, ratio: 1.1, expansion: 1.1, gridSize: 20, speed: 3 };
    let converged = false;
    for (let k = 0; k < 200 && !converged && performance.now() < until; k++) converged = noverlapIterate(settings, matrix).converged;
    for (let i = 0; i < n; i++) {
      nodes[i * PPN] = matrix[i * 3]!;
      nodes[i * PPN + 1] = matrix[i * 3 + 1]!;
    }
    if (converged && round > 0) break;
  }
}

function loop(id: number, start: Start, total: number, startedAt: number): void {
  if (id !== run) return;
  const { nodes, edges, settings } = start;
  const before = nodes.slice();
  const until = performance.now() + BATCH_MS;
  let count = 0;
  do {
    iterate(settings, nodes, edges);
    count++;
  } while (performance.now() < until);
  let moved = 0;
  for (let i = 0; i < nodes.length; i += PPN) moved += Math.abs(nodes[i]! - before[i]!) + Math.abs(nodes[i + 1]! - before[i + 1]!);
  const perIteration = moved / count / Math.max(1, nodes.length / PPN) / span(nodes);
  const settled = total + count >= MIN_ITERATIONS && perIteration < SETTLED;
  const done = settled || performance.now() - startedAt >= start.maxMs;
  if (done && start.spread) spreadNodes(nodes, start.spread);
  const copy = nodes.slice();
  self.postMessage({ nodes: copy, iterations: total + count, done, settled }, { transfer: [copy.buffer] });
  // Let a `stop` message in between batches.
  if (!done) setTimeout(() => loop(id, start, total + count, startedAt), 0);
}

self.onmessage = (event: MessageEvent<Start | { type: 'stop' }>) => {
  run++;
  const data = event.data;
  if (data.type === 'start') loop(run, data, 0, performance.now());
};
