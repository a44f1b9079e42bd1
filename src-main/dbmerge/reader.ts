/**
 * Reads a `.sqlite` file in a worker thread that is stopped at a time limit (and has a capped heap),
 * so a file built to make SQLite work for minutes, or to fill memory, costs the app nothing but a
 * refusal. The main thread never opens the file: it gets the checked rows back.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors';
import { counted } from '../../src-shared/plural';
import { LIMITS } from '../import';
import type { ReadDatabase } from './read-database';
import type { ReaderReply, ReaderRequest } from './reader-protocol';

/** Starts the reader worker (the desktop app passes electron-vite's bundled one). */
export type ReaderFactory = () => Worker;

/** Time a file may take to be checked and read: the largest file allowed takes a few seconds. */
export const READ_TIME_LIMIT_MS = 60_000;

// The worker from the TypeScript sources (CLI, serve, tests), as the import's worker-factory.ts does.
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
const entry = new URL('./worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

export const sourceReader: ReaderFactory = () => new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb } });

function tookTooLong(file: string, ms: number): UserError {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return new UserError('database-too-slow', {
    nl: `${file} kon niet binnen ${s} ${s === 1 ? 'seconde' : 'seconden'} worden gelezen; dat is geen scan. Er is niets gewijzigd.`,
    en: `${file} could not be read within ${counted(s, 'second', 'seconds')}; that is not a scan. Nothing was changed.`,
  });
}

/** Checks and reads the bytes off the main thread; refuses with one sentence. */
export function readInWorker(bytes: Buffer, file: string, options: { factory?: ReaderFactory; timeLimitMs?: number } = {}): Promise<ReadDatabase> {
  const limit = options.timeLimitMs ?? READ_TIME_LIMIT_MS;
  const worker = (options.factory ?? sourceReader)();
  return new Promise<ReadDatabase>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(tookTooLong(file, limit))), limit);
    worker.on('message', (reply: ReaderReply) =>
      finish(() => {
        if (reply.type === 'read') resolve(reply.result);
        else if (reply.type === 'refused') reject(new UserError(reply.code, reply.error));
        else reject(new Error(`reading ${file} failed: ${reply.error}`));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UserError('database-too-large', { nl: `${file} is te groot om te lezen; er is niets gewijzigd.`, en: `${file} is too large to read; nothing was changed.` })
            : error,
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`the database reader stopped (exit ${code})`))));
    const request: ReaderRequest = { file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    worker.postMessage(request);
  });
}
