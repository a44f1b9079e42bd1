/** `regioscan serve` for the tests of one describe block, on an in-memory database and the stand-in renderer folder. */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { startServer, type RunningServer } from '../../src-main/serve/server';
import { memoryDb } from './db';
import { staticRendererDir } from './raw-http';

export interface ServedBlock {
  db: Db;
  rendererDir: string;
  /** Serves with the block's token (version 9.9.9). */
  server: RunningServer;
  /** The same database served --read-only, with the same token. */
  readOnly: RunningServer;
}

/** Starts both servers before the tests of the enclosing block (beforeAll) and closes them after (afterAll); the fields are set from then on. */
export function serveForBlock(token: string): ServedBlock {
  const served = {} as ServedBlock;
  beforeAll(async () => {
    served.db = await memoryDb();
    served.rendererDir = staticRendererDir();
    const options = { db: served.db, rendererDir: served.rendererDir, version: '9.9.9', token };
    served.server = await startServer(options);
    served.readOnly = await startServer({ ...options, readOnly: true });
  });
  // Fields unset when beforeAll failed: closing what was started must not hide that failure.
  afterAll(async () => {
    await (served.server as RunningServer | undefined)?.close();
    await (served.readOnly as RunningServer | undefined)?.close();
  });
  return served;
}
