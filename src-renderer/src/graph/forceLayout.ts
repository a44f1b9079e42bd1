/**
 * Runs the layout of a graph in `fa2.worker.ts` (inlined as a blob: it needs no file of its own and
 * runs under the CSP's worker-src blob:): ForceAtlas2 until settled (or `maxMs`), then, with `spread`,
 * overlap removal. `apply()` reads the latest positions into the graph; `onDone` runs when the
 * worker has posted its final positions. Matrices as graphology builds them (helpers.graphToByteArrays).
 */
import type Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { mapForceSettings } from '../../../src-shared/graph-rules';
import FA2Worker from './fa2.worker.ts?worker&inline';
import type { Spread } from './fa2.worker';

/** Floats per node in graphology's node matrix; x and y come first. */
const PPN = 10;
const PPE = 3;
/** graphology-layout-forceatlas2/defaults.js */
const FA2_DEFAULTS = { linLogMode: false, outboundAttractionDistribution: false, adjustSizes: false, edgeWeightInfluence: 1, scalingRatio: 1, strongGravityMode: false, gravity: 1, slowDown: 1, barnesHutOptimize: false, barnesHutTheta: 0.5 };

export interface ForceLayout {
  /** Writes the latest positions into the graph (x/y of the nodes it was started with). */
  apply(): void;
  iterations(): number;
  kill(): void;
}

export interface ForceLayoutOptions {
  /** The forces stop after this long even if not settled. */
  maxMs: number;
  /** Remove overlaps at the end, for a map of this size on screen (null: leave them). */
  spread: Spread | null;
  onDone(): void;
}

export function startForceLayout<N extends { x: number; y: number; size: number; fixed: boolean }, E extends { weight: number }>(graph: Graph<N, E>, options: ForceLayoutOptions): ForceLayout {
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const nodes = new Float32Array(keys.length * PPN);
  keys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    nodes.set([a.x, a.y, 0, 0, 0, 0, 1, 1, a.size || 1, a.fixed ? 1 : 0], i * PPN);
  });
  const edges = new Float32Array(graph.size * PPE);
  let j = 0;
  graph.forEachEdge((_, a, source, target) => {
    const s = index.get(source)! * PPN;
    const t = index.get(target)! * PPN;
    // Mass is the weighted degree, as graphology sets it.
    nodes[s + 6] = nodes[s + 6]! + a.weight;
    nodes[t + 6] = nodes[t + 6]! + a.weight;
    edges.set([s, t, a.weight], j);
    j += PPE;
  });
  // graphology's defaults, its settings for this size, and the map's own pull and spread.
  const settings = { ...FA2_DEFAULTS, ...inferSettings(graph.order), ...mapForceSettings(graph.order) };
  let latest: Float32Array | null = null;
  let count = 0;
  const worker = new FA2Worker();
  worker.onmessage = (event: MessageEvent<{ nodes: Float32Array; iterations: number; done: boolean }>) => {
    latest = event.data.nodes;
    count = event.data.iterations;
    if (event.data.done) options.onDone();
  };
  worker.postMessage({ type: 'start', nodes, edges, settings, maxMs: options.maxMs, spread: options.spread });
  return {
    apply() {
      const m = latest;
      if (!m) return;
      graph.updateEachNodeAttributes(
        (key, a) => {
          const i = index.get(key);
          if (i !== undefined) {
            a.x = m[i * PPN]!;
            a.y = m[i * PPN + 1]!;
          }
          return a;
        },
        { attributes: ['x', 'y'] },
      );
    },
    iterations: () => count,
    kill() {
      worker.terminate();
    },
  };
}
