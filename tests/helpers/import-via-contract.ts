/**
 * An import driven exactly as the renderer drives it: import.start with the file as base64, polling
 * import.status, then import.commit with a decision per existing scan — all through dispatch(), the
 * validation and envelope the app uses over IPC and HTTP.
 */
import type { ImportStatus } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { callChannel } from './channel';
import type { HandlerEnv } from '../../src-main/rpc/types';


/** Polls until the session leaves reading/writing (a safety stop after `maxWaitMs`, not a timing assertion). */
export async function settle(db: Db, sessionId: string, env: HandlerEnv, maxWaitMs = 120_000): Promise<ImportStatus> {
  const stop = Date.now() + maxWaitMs;
  for (;;) {
    const status = await callChannel<ImportStatus>(db, 'import.status', { sessionId }, env);
    if (status.state !== 'reading' && status.state !== 'writing') return status;
    if (Date.now() > stop) throw new Error(`import still ${status.state} after ${maxWaitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface ContractImport {
  /** The status once reading ended: ready (with a preview) or failed (with the user's sentence). */
  prepared: ImportStatus;
  /** The status after committing (state done), when the file was ready. */
  committed?: ImportStatus;
}

export async function importViaContract(
  db: Db,
  bytes: Buffer,
  fileName: string,
  env: HandlerEnv,
  decide: (group: string) => 'replace' | 'keep-both' = () => 'keep-both',
): Promise<ContractImport> {
  const { sessionId } = await callChannel<{ sessionId: string }>(db, 'import.start', { fileName, data: bytes.toString('base64') }, env);
  const prepared = await settle(db, sessionId, env);
  if (prepared.state !== 'ready') return { prepared };
  const decisions: Record<string, 'replace' | 'keep-both'> = {};
  for (const scan of prepared.preview?.scans ?? []) if (scan.existing) decisions[scan.group] = decide(scan.group);
  await callChannel<ImportStatus>(db, 'import.commit', { sessionId, decisions }, env);
  return { prepared, committed: await settle(db, sessionId, env) };
}
