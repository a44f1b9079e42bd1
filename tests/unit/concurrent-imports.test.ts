/**
 * Issue 13: overlapping imports. Each import replaces the scan its preview showed when it was read —
 * never "the newest scan of that region and year" looked up again at commit time — and every write
 * goes through one queue in main, so two commits sent at once are written one after the other.
 * Driven through dispatch() as the app drives it, inline (in-memory database) and through the import
 * worker (a database file, as the desktop app and `regioscan serve` run).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent, ImportStatus } from '../../src-shared/model';
import { onAppEvent } from '../../src-main/app-events';
import { listBackups } from '../../src-main/db/backups';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import type { HandlerEnv } from '../../src-main/rpc/types';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { tableChecksum } from '../helpers/db-checksum';
import { callChannel } from '../helpers/channel';

/** A one-activity scan whose initiative name says which file it came from. */
function workbook(label: string): Buffer {
  return Buffer.from(`Initiatief,Activiteit,Type activiteit\n${label},Workshop ${label},Workshops & kennisevents\n`, 'utf8');
}


/** Every import-status event of this database, in the order main pushed them. */
function recordEvents(db: Db): ImportStatus[] {
  const log: ImportStatus[] = [];
  onAppEvent(db, (event: AppEvent) => {
    if (event.type === 'import-status') log.push(event.status);
  });
  return log;
}

/** Resolves with the session's status once it is in one of `states` (told by main's events, or already there). */
async function reach(db: Db, env: HandlerEnv, sessionId: string, states: ImportStatus['state'][]): Promise<ImportStatus> {
  const current = await callChannel<ImportStatus>(db, 'import.status', { sessionId }, env);
  if (states.includes(current.state)) return current;
  return new Promise((resolve) => {
    const stop = onAppEvent(db, (event) => {
      if (event.type === 'import-status' && event.status.sessionId === sessionId && states.includes(event.status.state)) {
        stop();
        resolve(event.status);
      }
    });
  });
}

async function startReady(db: Db, env: HandlerEnv, label: string, region = 'Zeeland', year = 2022): Promise<ImportStatus> {
  const { sessionId } = await callChannel<{ sessionId: string }>(db, 'import.start', { fileName: `${label}.csv`, data: workbook(label).toString('base64'), region, year }, env);
  const status = await reach(db, env, sessionId, ['ready', 'failed']);
  expect(status.error).toBeNull();
  return status;
}

async function importNow(db: Db, env: HandlerEnv, label: string, region = 'Zeeland', year = 2022): Promise<number> {
  const ready = await startReady(db, env, label, region, year);
  const decisions = Object.fromEntries((ready.preview?.scans ?? []).filter((s) => s.existing).map((s) => [s.group, 'keep-both']));
  await callChannel(db, 'import.commit', { sessionId: ready.sessionId, decisions }, env);
  const done = await reach(db, env, ready.sessionId, ['done', 'failed']);
  expect(done.state).toBe('done');
  return done.scanIds[0]!;
}

function initiativesPerScan(db: Db): Record<number, string[]> {
  const rows = db.prepare('SELECT s.id, i.name FROM scan s LEFT JOIN initiative i ON i.scan_id = s.id ORDER BY s.id, i.name').all() as { id: number; name: string | null }[];
  const out: Record<number, string[]> = {};
  for (const r of rows) (out[r.id] ??= []).push(...(r.name === null ? [] : [r.name]));
  return out;
}

const replaceAll = (status: ImportStatus) => Object.fromEntries((status.preview?.scans ?? []).map((s) => [s.group, 'replace']));

/**
 * S1 and S3 are two scans of Zeeland 2022 (S3 newest), S2 a bystander. Import A is read while S1 is
 * the newest Zeeland 2022 scan, import B after S3 was added; then both commit "replace" at once.
 */
async function overlappingReplaces(db: Db, env: HandlerEnv) {
  const events = recordEvents(db);
  const s1 = await importNow(db, env, 'Eerste');
  const s2 = await importNow(db, env, 'Omstander', 'Utrecht', 2021);
  const a = await startReady(db, env, 'Versie A');
  expect(a.preview?.scans[0]?.existing?.id).toBe(s1);
  const s3 = await importNow(db, env, 'Derde');
  const b = await startReady(db, env, 'Versie B');
  expect(b.preview?.scans[0]?.existing?.id).toBe(s3);
  const bystander = { activities: tableChecksum(db, 'activity'), s2: db.prepare('SELECT * FROM scan WHERE id = ?').get(s2) };

  const commits = await Promise.all([
    dispatch(db, 'import.commit', { sessionId: a.sessionId, decisions: replaceAll(a) }, env),
    dispatch(db, 'import.commit', { sessionId: b.sessionId, decisions: replaceAll(b) }, env),
  ]);
  for (const reply of commits) expect(reply.ok, JSON.stringify(reply)).toBe(true);
  const [doneA, doneB] = await Promise.all([reach(db, env, a.sessionId, ['done', 'failed']), reach(db, env, b.sessionId, ['done', 'failed'])]);
  expect([doneA.state, doneB.state, doneA.error, doneB.error]).toEqual(['done', 'done', null, null]);

  // Each replaced the scan its preview showed, by id; nothing else changed.
  expect(doneA.scanIds).toEqual([s1]);
  expect(doneB.scanIds).toEqual([s3]);
  expect(initiativesPerScan(db)).toEqual({ [s1]: ['Versie A'], [s2]: ['Omstander'], [s3]: ['Versie B'] });
  expect(db.prepare('SELECT * FROM scan WHERE id = ?').get(s2)).toEqual(bystander.s2);
  const s2Activities = db.prepare('SELECT name, initiative_id FROM activity WHERE scan_id = ?').all(s2);
  expect(s2Activities).toHaveLength(1);
  expect(tableChecksum(db, 'activity')).not.toEqual(bystander.activities);
  return { events, sessions: [a.sessionId, b.sessionId] as const };
}

/** The two commits' writes did not overlap: one session's write ended before the other's began. */
function expectWritesOneAfterTheOther(events: readonly ImportStatus[], sessions: readonly [string, string]): void {
  const phases = events
    .filter((s) => sessions.includes(s.sessionId) && (s.state === 'writing' || s.state === 'done'))
    .map((s) => `${s.sessionId === sessions[0] ? 'A' : 'B'}:${s.state}`)
    .filter((entry, i, all) => entry !== all[i - 1]);
  expect(phases.length).toBe(4);
  expect([['A:writing', 'A:done', 'B:writing', 'B:done'].join(), ['B:writing', 'B:done', 'A:writing', 'A:done'].join()]).toContain(phases.join());
}

describe('overlapping imports that replace a scan', () => {
  it('each replace the scan chosen when they were read — inline, through the contract', async () => {
    const db = await memoryDb();
    const { events, sessions } = await overlappingReplaces(db, TEST_ENV);
    expectWritesOneAfterTheOther(events, sessions);
    db.close();
  });

  it('each replace the scan chosen when they were read — through the import worker, writes one after the other', async () => {
    const path = join(tempDir('regioscan-concurrent-'), 'regioscan.sqlite');
    const db = await openDatabase(path);
    const env: HandlerEnv = { ...TEST_ENV, importWorker: sourceWorkerFactory };
    const { events, sessions } = await overlappingReplaces(db, env);
    expectWritesOneAfterTheOther(events, sessions);
    // The second commit's backup was made after the first commit's write: it holds that write.
    const [newest, second] = listBackups(path);
    expect([newest?.reason, second?.reason]).toEqual(['before-import', 'before-import']);
    const names = (file: string) => {
      const copy = new Database(file, { readonly: true });
      try {
        return (copy.prepare('SELECT name FROM initiative ORDER BY name').all() as { name: string }[]).map((r) => r.name);
      } finally {
        copy.close();
      }
    };
    const first = names(second!.path);
    const later = names(newest!.path);
    expect(first.filter((n) => n.startsWith('Versie'))).toEqual([]);
    expect(later.filter((n) => n.startsWith('Versie'))).toHaveLength(1);
    db.close();
  }, 60_000);
});

describe('an import whose chosen scan is gone', () => {
  it('is refused with one sentence when that scan was deleted meanwhile, and changes nothing', async () => {
    const db = await memoryDb();
    const s1 = await importNow(db, TEST_ENV, 'Eerste');
    const a = await startReady(db, TEST_ENV, 'Versie A');
    await callChannel(db, 'scans.delete', { id: s1 }, TEST_ENV);
    const before = tableChecksum(db, 'scan');
    await callChannel(db, 'import.commit', { sessionId: a.sessionId, decisions: replaceAll(a) }, TEST_ENV);
    const end = await reach(db, TEST_ENV, a.sessionId, ['done', 'failed']);
    expect(end.state).toBe('failed');
    expect(end.error?.en).toBe('The scan this import would replace has been deleted meanwhile; nothing was changed. Import the file again.');
    expect(tableChecksum(db, 'scan')).toEqual(before);
    db.close();
  });

  it('refuses two scans of one file replacing the same scan', async () => {
    const db = await memoryDb();
    const s1 = await importNow(db, TEST_ENV, 'Eerste');
    const prepared = await prepareImport(db, workbook('X'), 'x.csv', { region: 'Zeeland', year: 2022 });
    const twice = { ...prepared, scans: [prepared.scans[0]!, prepared.scans[0]!] };
    expect(() => commitImport(db, twice, [s1, s1])).toThrow(/would replace the same existing scan/);
    expect(initiativesPerScan(db)).toEqual({ [s1]: ['Eerste'] });
    db.close();
  });
});
