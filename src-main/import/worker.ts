/**
 * The import worker thread: reads and matches a workbook off the main thread, reports progress,
 * waits for the user's decision, then writes with its own database connection (WAL lets the app
 * keep reading meanwhile). Terminating it at any point leaves the database as it was: the write is
 * one transaction that was never committed.
 */
import { parentPort } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open';
import { asUserError, clip, UserError } from '../errors';
import { commitImport, prepareImport, remapImport, type PreparedImport } from './pipeline';
import { buildPreview } from './preview';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import worker must run in a worker thread');

let db: Db | undefined;
let prepared: PreparedImport | undefined;

function send(message: WorkerReply): void {
  port!.postMessage(message);
}

function failure(error: unknown): WorkerReply {
  const known = asUserError(error);
  if (known instanceof UserError) return { type: 'failed', error: known.messages };
  const text = clip((error as Error)?.message ?? String(error), 200);
  return { type: 'failed', error: { nl: `Importeren mislukt: ${text}`, en: `Import failed: ${text}` } };
}

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    try {
      if (request.type === 'prepare') {
        // The app checked the file's integrity when it opened it; the worker does not repeat that.
        db = await openDatabase(request.dbPath, { integrityCheck: false });
        prepared = await prepareImport(db, Buffer.from(request.bytes), request.fileName, {
          ...(request.region ? { region: request.region } : {}),
          ...(request.year ? { year: request.year } : {}),
          onProgress: (p) => send({ type: 'progress', ...p }),
        });
        send({ type: 'prepared', preview: buildPreview(db, prepared) });
      } else if (request.type === 'remap') {
        if (!db || !prepared) throw new Error('nothing prepared');
        try {
          prepared = remapImport(db, prepared, request.mapping, request.edits);
          send({ type: 'remapped', preview: buildPreview(db, prepared) });
        } catch (error) {
          const reply = failure(error);
          send(reply.type === 'failed' ? { type: 'remap-failed', error: reply.error } : reply);
        }
      } else if (request.type === 'commit') {
        if (!db || !prepared) throw new Error('nothing prepared');
        const results = commitImport(db, prepared, request.targets, {
          onProgress: (p) => send({ type: 'progress', ...p }),
        });
        db.close();
        db = undefined;
        send({ type: 'done', scanIds: results.map((r) => r.scanId) });
      }
    } catch (error) {
      send(failure(error));
    }
  })();
});
