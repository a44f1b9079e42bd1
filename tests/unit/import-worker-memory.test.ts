/**
 * Issue 8, "the app stays up": the import worker thread runs with a capped heap (LIMITS.workerHeapMb).
 * A file that needs more stops the worker — not the app — and the user gets one sentence; a worker
 * that ends without a word never leaves the session waiting. Here the cap is made small (64 MB) so
 * that an ordinary large workbook crosses it.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src-shared/model';
import { openDatabase, type Db } from '../../src-main/db/open';
import { LIMITS } from '../../src-main/import/limits';
import { ImportSessions, type WorkerFactory } from '../../src-main/import/sessions';
import { sourceWorker } from '../../src-main/import/worker-factory';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { tempDir } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';

async function settled(sessions: ImportSessions, id: string): Promise<ImportStatus> {
  for (let i = 0; i < 6000; i++) {
    const status = sessions.status(id);
    if (status.state !== 'reading' && status.state !== 'writing') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import never settled');
}

describe('the import worker runs with a capped heap', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDatabase(join(tempDir('regioscan-worker-'), 'regioscan.sqlite'));
    await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
  });
  afterAll(() => db.close());

  it('caps it at LIMITS.workerHeapMb for the app', () => {
    expect(LIMITS.workerHeapMb).toBeGreaterThanOrEqual(1024);
  });

  it('a file that needs more stops the worker with one sentence; the app imports the next file as usual', async () => {
    const small: WorkerFactory = () => sourceWorker(64);
    const sessions = new ImportSessions(db, small);
    const before = dbChecksum(db);
    const big = writeCanonicalWorkbook(buildStressScan(20_000, 7000, 3));
    const failed = await settled(sessions, sessions.start({ bytes: big, fileName: 'groot.xlsx' }));
    expect(failed.state).toBe('failed');
    expect(failed.error).toEqual({
      nl: 'Het lezen van dit bestand vroeg meer geheugen dan Regioscan een import geeft; er is niets gewijzigd.',
      en: 'Reading this file needed more memory than Regioscan gives an import; nothing was changed.',
    });
    expect(dbChecksum(db)).toEqual(before);
    // Still up: the same sessions read and write a small file in a fresh worker.
    const id = sessions.start({ bytes: writeCanonicalWorkbook(buildStressScan(50, 20, 4)), fileName: 'klein.xlsx' });
    expect((await settled(sessions, id)).state).toBe('ready');
    sessions.commit(id, {});
    expect((await settled(sessions, id)).state).toBe('done');
  }, 180_000);

  it('a worker that ends without a word fails the session instead of leaving it waiting', async () => {
    const dying: WorkerFactory = () => new Worker('process.exit(3)', { eval: true });
    const sessions = new ImportSessions(db, dying);
    const status = await settled(sessions, sessions.start({ bytes: Buffer.from('x'), fileName: 'x.csv' }));
    expect(status.state).toBe('failed');
    expect(status.error?.en).toBe('The import stopped unexpectedly (code 3); nothing was changed.');
  });
});
