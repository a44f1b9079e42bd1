/**
 * What the map's probe reports about drawing and layout (`window.__regioscanGraph.perf()`), read by
 * `scripts/bench/graph-browser.ts`. Types only, so the benchmark can share them without the renderer.
 */
export interface GraphPerf {
  /** `performance.now()` when sigma first drew a frame with nodes. */
  firstFrameAt: number | null;
  frames: number;
  /** ForceAtlas2 iterations of the last layout run, and how long its force phase ran. */
  layoutIterations: number;
  forcesMs: number;
  layoutRunning: boolean;
  /** `performance.now()` when the last layout run started and stopped (null while unknown). */
  layoutStartedAt: number | null;
  layoutStoppedAt: number | null;
}
