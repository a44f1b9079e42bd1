/**
 * Starts the import worker from the TypeScript sources (CLI, `regioscan serve`, tests): a tiny
 * bootstrap registers tsx in the worker, then loads worker.ts. The desktop app uses electron-vite's
 * bundled `?nodeWorker` instead.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LIMITS } from './limits';
import type { WorkerFactory } from './sessions';

// The ESM build of tsx's API (require.resolve would find the CommonJS one).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
const entry = new URL('./worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

/** The worker from the sources, with its heap capped (tests pass a smaller cap). */
export function sourceWorker(heapMb: number = LIMITS.workerHeapMb): Worker {
  return new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

export const sourceWorkerFactory: WorkerFactory = () => sourceWorker();
