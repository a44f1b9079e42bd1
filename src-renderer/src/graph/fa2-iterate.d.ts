/** graphology-layout-forceatlas2's one-iteration function (plain JS, no types of its own). */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

/** graphology-layout-noverlap's one-iteration function on an [x, y, size] matrix. */
declare module 'graphology-layout-noverlap/iterate.js' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array): { converged: boolean };
}
