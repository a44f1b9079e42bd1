/**
 * The import as other parts of main see it: the bundled sample, the size limits, the worker that
 * reads off the main thread, and what a restore needs (no import may be writing).
 */
export { ensureSampleScan, sampleScanPath, SAMPLE_FILE } from './sample';
export { LIMITS } from './limits';
export { sourceWorkerFactory } from './worker-factory';
export { cancelImportsForRestore } from './session-registry';
export type { WorkerFactory } from './sessions';
