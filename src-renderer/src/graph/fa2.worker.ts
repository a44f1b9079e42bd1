/**
 * ForceAtlas2 in a worker that keeps iterating on its own: graphology's iteration function, run in
 * batches of about BATCH_MS, with the positions posted after each batch. (graphology's own supervisor
 * waits for the main thread before every single iteration, so a map that takes long to draw slows
 * the layout down to one iteration per frame.)
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';

const BATCH_MS = 40;

interface Start {
  type: 'start';
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
}

let run = 0;

function loop(id: number, nodes: Float32Array, edges: Float32Array, settings: Record<string, unknown>, total: number): void {
  if (id !== run) return;
  const until = performance.now() + BATCH_MS;
  let count = 0;
  do {
    iterate(settings, nodes, edges);
    count++;
  } while (performance.now() < until);
  const copy = nodes.slice();
  self.postMessage({ nodes: copy, iterations: total + count }, { transfer: [copy.buffer] });
  // Let a `stop` message in between batches.
  setTimeout(() => loop(id, nodes, edges, settings, total + count), 0);
}

self.onmessage = (event: MessageEvent<Start | { type: 'stop' }>) => {
  run++;
  const data = event.data;
  if (data.type === 'start') loop(run, data.nodes, data.edges, data.settings, 0);
};
