/**
 * Automatic backups (before import, replace, scan delete, restore and migration), pruning to the
 * newest 10, restore round trips through the contract, refusal of unusable backups, and a database
 * that fails its integrity check at start (never written to; the newest good backup is offered).
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AppInfo, BackupList, ImportStatus, RestoreResult } from '../../src-shared/model';
import { emptyFilter } from '../../src-shared/filter';
import { backupsFolder, createBackup, KEEP_BACKUPS, listBackups } from '../../src-main/db/backups';
import { databaseDamage } from '../../src-main/db/health';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { callChannel } from '../helpers/channel';
import { importViaContract } from '../helpers/import-via-contract';

const SAMPLE = readFileSync(sampleScanPath(join(REPO_ROOT, 'data')));


/** Imports the sample through the contract, as the renderer does; `replace` answers an existing scan. */
async function importSample(db: Db, decision: 'replace' | 'keep-both' = 'keep-both'): Promise<void> {
  const { prepared, committed } = await importViaContract(db, SAMPLE, 'sample.xlsx', TEST_ENV, () => decision);
  expect(prepared.state).toBe('ready');
  expect(committed?.state).toBe('done');
}

function scanCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM scan').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function fileDb(): Promise<{ db: Db; path: string }> {
  const path = join(tempDir('regioscan-backups-'), 'regioscan.sqlite');
  return { db: await openDatabase(path), path };
}

/** Overwrites pages in the middle of the file (after a checkpoint, so the damage is in the file itself). */
function corruptMiddle(path: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(path).size / pageSize);
  expect(pages).toBeGreaterThan(8);
  const fd = openSync(path, 'r+');
  const garbage = Buffer.alloc(pageSize * 3, 0);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131 + 7) % 251;
  writeSync(fd, garbage, 0, garbage.length, Math.floor(pages / 2) * pageSize);
  closeSync(fd);
}

describe('automatic backups', () => {
  it('are made before an import, a replace and a scan delete, each holding the state before it', async () => {
    const { db, path } = await fileDb();
    await importSample(db);
    await importSample(db, 'replace');
    const [scan] = await callChannel<{ id: number }[]>(db, 'scans.list');
    await callChannel(db, 'scans.delete', { id: scan!.id });

    const backups = listBackups(path);
    expect(backups.map((b) => b.reason)).toEqual([`before-delete-scan-${scan!.id}`, 'before-import', 'before-import']);
    expect(backups.map((b) => scanCount(b.path))).toEqual([1, 1, 0]);
    // One self-contained file each, consistent although the live database is in WAL mode.
    for (const b of backups) {
      const copy = new Database(b.path, { readonly: true });
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      expect(existsSync(`${b.path}-wal`)).toBe(false);
    }
    db.close();
  });

  it('hold exactly the committed state of a WAL database: commits not yet checkpointed are in, another connection\'s open transaction out', async () => {
    const { db, path } = await fileDb();
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(`INSERT INTO setting (key, value) VALUES ('committed', '1')`).run();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    const writer = new Database(path);
    writer.prepare('BEGIN IMMEDIATE').run();
    writer.prepare(`INSERT INTO setting (key, value) VALUES ('uncommitted', '1')`).run();
    const backup = await createBackup(db, path, 'manual');
    writer.prepare('ROLLBACK').run();
    writer.close();
    const copy = new Database(backup, { readonly: true });
    expect(copy.prepare(`SELECT key FROM setting WHERE key IN ('committed', 'uncommitted')`).all()).toEqual([{ key: 'committed' }]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    db.close();
  });

  it('keeps only the newest 10', async () => {
    const { db, path } = await fileDb();
    const made: string[] = [];
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) made.push(await createBackup(db, path, `manual-${i}`));
    const kept = listBackups(path);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept.map((b) => b.path).sort()).toEqual(made.slice(3).sort());
    expect(readdirSync(backupsFolder(path))).toHaveLength(KEEP_BACKUPS);
    db.close();
  });

  it('are skipped cleanly for an in-memory database', async () => {
    const db = await memoryDb();
    await importSample(db);
    expect(await callChannel<BackupList>(db, 'backups.list')).toEqual({ folder: null, backups: [], keep: KEEP_BACKUPS });
    expect((await dispatch(db, 'backups.create', {}, TEST_ENV)).ok).toBe(false);
  });
});

describe('restoring a backup', () => {
  it('brings the deleted scan back, after backing up the database as it was', async () => {
    const { db, path } = await fileDb();
    await importSample(db);
    const [scan] = await callChannel<{ id: number; title: string }[]>(db, 'scans.list');
    await callChannel(db, 'scans.delete', { id: scan!.id });
    expect(await callChannel<unknown[]>(db, 'scans.list')).toEqual([]);

    const { backups } = await callChannel<BackupList>(db, 'backups.list');
    const beforeDelete = backups.find((b) => b.reason.startsWith('before-delete'))!;
    const result = await callChannel<RestoreResult>(db, 'backups.restore', { name: beforeDelete.name });

    expect(result.restored.name).toBe(beforeDelete.name);
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    // The app's own connection sees the restored content at once (index included).
    expect((await callChannel<{ id: number; title: string }[]>(db, 'scans.list')).map((s) => s.title)).toEqual([scan!.title]);
    expect((await callChannel<{ total: number }>(db, 'query.activities', { filter: emptyFilter() })).total).toBe(100);
    // The state just before the restore (no scans) is itself a backup.
    expect(result.safetyBackup?.reason).toBe('before-restore');
    expect(scanCount(join(backupsFolder(path), result.safetyBackup!.name))).toBe(0);
    db.close();
  });

  it('refuses a name that is not one of the backups, a damaged backup and one from a newer app — the database unchanged', async () => {
    const { db, path } = await fileDb();
    await importSample(db);
    const good = await createBackup(db, path, 'manual');
    const damaged = good.replace('--manual', '--damaged-copy');
    copyFileSync(good, damaged);
    corruptMiddle(damaged);
    const newer = good.replace('--manual', '--newer');
    copyFileSync(good, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    const before = db.prepare('SELECT count(*) AS n FROM activity').get();
    const backupsBefore = listBackups(path).length;

    const refuse = async (name: string, code: string) => {
      const reply = await dispatch(db, 'backups.restore', { name }, TEST_ENV);
      expect(reply, name).toMatchObject({ ok: false, error: { code } });
      return reply.ok ? '' : reply.error.message.en;
    };
    await refuse('../regioscan.sqlite', 'invalid-arguments');
    await refuse('someone-else.sqlite', 'not-found');
    expect(await refuse(damaged.split('/').pop()!, 'backup-refused')).toMatch(/is damaged/);
    expect(await refuse(newer.split('/').pop()!, 'backup-refused')).toMatch(/newer version of Regioscan \(schema/);
    expect(db.prepare('SELECT count(*) AS n FROM activity').get()).toEqual(before);
    // A refused restore makes no backup either.
    expect(listBackups(path)).toHaveLength(backupsBefore);
    db.close();
  });

  it('cancels open imports, whose previews describe the content before the restore', async () => {
    const { db } = await fileDb();
    const name = (await createBackup(db, db.name, 'manual')).split('/').pop()!;
    const { sessionId } = await callChannel<{ sessionId: string }>(db, 'import.start', { fileName: 'sample.xlsx', data: SAMPLE.toString('base64') });
    for (let i = 0; i < 2000 && (await callChannel<ImportStatus>(db, 'import.status', { sessionId })).state === 'reading'; i++) await new Promise((r) => setTimeout(r, 5));
    expect((await callChannel<ImportStatus>(db, 'import.status', { sessionId })).state).toBe('ready');
    await callChannel(db, 'backups.restore', { name });
    expect((await callChannel<ImportStatus>(db, 'import.status', { sessionId })).state).toBe('cancelled');
    expect(await dispatch(db, 'import.commit', { sessionId, decisions: {} }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'import-not-ready' } });
    db.close();
  });

  it('is refused by serve --read-only', async () => {
    const { db } = await fileDb();
    const name = (await createBackup(db, db.name, 'manual')).split('/').pop()!;
    expect(await dispatch(db, 'backups.restore', { name }, { ...TEST_ENV, readOnly: true })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    db.close();
  });
});

describe('a database that fails its integrity check at start', () => {
  async function damagedDatabase() {
    const { db, path } = await fileDb();
    await importSample(db);
    await callChannel(db, 'settings.set', { language: 'en' });
    const goodOld = await createBackup(db, path, 'manual');
    await callChannel(db, 'settings.set', { language: 'nl' });
    const goodNew = await createBackup(db, path, 'manual');
    db.close();
    // The newest backup is itself damaged: the offer must skip it.
    const badNewest = join(backupsFolder(path), '2999-01-01T00-00-00-000Z--manual.sqlite');
    copyFileSync(goodNew, badNewest);
    corruptMiddle(badNewest);
    corruptMiddle(path);
    return { path, goodOld, goodNew, badNewest };
  }

  it('is opened without writing to it, refuses every write and offers the newest good backup', async () => {
    const { path, goodNew, badNewest } = await damagedDatabase();
    expect(listBackups(path)[0]!.path).toBe(badNewest);
    const before = sha256(path);
    const db = await openDatabase(path);
    expect(databaseDamage(db)).not.toBeNull();

    const info = await callChannel<AppInfo>(db, 'app.info');
    expect(info.damage?.message.en).toMatch(/^The database file is damaged \(.+\)\. Regioscan no longer writes to it; restore a backup\.$/);
    expect(info.damage?.newestGoodBackup?.name).toBe(goodNew.split('/').pop());
    for (const [channel, args] of [['settings.set', { language: 'en' }], ['scans.delete', { id: 1 }], ['import.start', { fileName: 'a.csv', data: '' }], ['backups.create', {}]] as const) {
      expect(await dispatch(db, channel, args, TEST_ENV), channel).toMatchObject({ ok: false, error: { code: 'database-damaged' } });
    }
    // Not even a direct write on the connection gets through.
    expect(() => db.prepare(`INSERT INTO setting (key, value) VALUES ('x', '1')`).run()).toThrow(/readonly/i);
    db.close();
    expect(sha256(path)).toBe(before);
  });

  it('is repaired by restoring the offered backup: the damaged file is kept, writes work again', async () => {
    const { path } = await damagedDatabase();
    const db = await openDatabase(path);
    const offered = (await callChannel<AppInfo>(db, 'app.info')).damage!.newestGoodBackup!;
    const result = await callChannel<RestoreResult>(db, 'backups.restore', { name: offered.name });
    expect(result.safetyBackup?.reason).toBe('damaged-before-restore');
    expect(databaseDamage(db)).toBeNull();
    expect((await callChannel<AppInfo>(db, 'app.info')).damage).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await callChannel(db, 'settings.get')).toMatchObject({ language: 'nl' });
    expect(await callChannel(db, 'settings.set', { language: 'en' })).toMatchObject({ language: 'en' });
    expect((await callChannel<unknown[]>(db, 'scans.list')).length).toBe(1);
    db.close();
  });
});
