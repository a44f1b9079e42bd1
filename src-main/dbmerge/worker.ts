/**
 * The worker thread that opens a `.sqlite` file someone sent (reader.ts starts it, and stops it at
 * the time limit): it checks and reads the bytes (read-database.ts) and posts back the rows, or the
 * one sentence that refuses the file. It has no connection to the open database.
 */
import { parentPort } from 'node:worker_threads';
import { asUserError, clip, UserError } from '../errors';
import { readDatabase } from './read-database';
import type { ReaderReply, ReaderRequest } from './reader-protocol';

const port = parentPort;
if (!port) throw new Error('the database reader must run in a worker thread');

port.once('message', (request: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    reply = { type: 'read', result: readDatabase(Buffer.from(request.bytes), request.file) };
  } catch (error) {
    const known = asUserError(error);
    reply =
      known instanceof UserError
        ? { type: 'refused', code: known.code, error: known.messages }
        : { type: 'failed', error: clip((error as Error)?.message ?? String(error), 200) };
  }
  port.postMessage(reply);
});
