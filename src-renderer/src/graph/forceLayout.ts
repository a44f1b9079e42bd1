/**
 * Runs ForceAtlas2 on a graph in `fa2.worker.ts` (inlined as a blob: it needs no file of its own
 * and runs under the CSP's worker-src blob:). The worker iterates continuously; `positions()` reads the
 * latest positions into the graph. Matrices as graphology builds them (helpers.graphToByteArrays).
 */
import type Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Worker from './fa2.worker.ts?worker&inline';

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

export function startForceLayout<N extends { x: number; y: number; size: number; fixed: boolean }, E extends { weight: number }>(graph: Graph<N, E>): ForceLayout {
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
  const settings = { ...FA2_DEFAULTS, ...inferSettings(graph.order), gravity: 0.4, scalingRatio: 12, barnesHutOptimize: graph.order > 400 };
  let latest: Float32Array | null = null;
  let count = 0;
  const worker = new FA2Worker();
  worker.onmessage = (event: MessageEvent<{ nodes: Float32Array; iterations: number }>) => {
    latest = event.data.nodes;
    count = event.data.iterations;
  };
  worker.postMessage({ type: 'start', nodes, edges, settings });
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
