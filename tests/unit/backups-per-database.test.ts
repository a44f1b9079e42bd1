/**
 * Issue 13: backups are keyed to the database's FULL file name. `regio.sqlite` and `regio.db` in one
 * folder each list, prune and restore only their own backups; backups of older versions
 * (`backups/<name without extension>--<time>--<reason>.sqlite`) stay listed for the one database
 * they can belong to, and are left alone when two databases could own them.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupList, RestoreResult, Settings } from '../../src-shared/model';
import { backupsFolder, createBackup, KEEP_BACKUPS, legacyOwnerIsUnique, listBackups } from '../../src-main/db/backups';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { tempDir, TEST_ENV } from '../helpers/db';
import { callChannel } from '../helpers/channel';


function settingIn(path: string, key: string): string | undefined {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}

/** Two databases side by side whose content tells them apart: a setting `owner` with their own name. */
async function sideBySide(...names: string[]): Promise<{ folder: string; dbs: Db[] }> {
  const folder = tempDir('regioscan-side-by-side-');
  const dbs: Db[] = [];
  for (const name of names) {
    const db = await openDatabase(join(folder, name));
    db.prepare(`INSERT INTO setting (key, value) VALUES ('owner', ?)`).run(name);
    dbs.push(db);
  }
  return { folder, dbs };
}

/** A backup with the name an older version gave it, in the shared `backups/` folder. */
async function legacyBackup(db: Db, stem: string, when: string, reason = 'manual'): Promise<string> {
  const made = await createBackup(db, db.name, 'made-for-legacy', { prune: false });
  const target = join(dirname(db.name), 'backups', `${stem}--${when}--${reason}.sqlite`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(made, target);
  // Remove the new-style copy, so only the old-style file holds this content.
  rmSync(made);
  return target;
}

describe('backups keyed to the full file name', () => {
  it('regio.sqlite and regio.db side by side each list, prune and restore only their own', async () => {
    const { folder, dbs } = await sideBySide('regio.sqlite', 'regio.db');
    const [sqlite, other] = dbs as [Db, Db];
    expect(backupsFolder(sqlite.name)).toBe(join(folder, 'backups', 'regio.sqlite'));
    expect(backupsFolder(other.name)).toBe(join(folder, 'backups', 'regio.db'));

    const own = [await callChannel<{ name: string }>(sqlite, 'backups.create'), await callChannel<{ name: string }>(sqlite, 'backups.create')];
    // More than KEEP_BACKUPS of the other database: pruning it must not touch regio.sqlite's.
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) await callChannel(other, 'backups.create');

    const listed = await callChannel<BackupList>(sqlite, 'backups.list');
    expect(listed.folder).toBe(join(folder, 'backups', 'regio.sqlite'));
    expect(listed.backups.map((b) => b.name).sort()).toEqual(own.map((b) => b.name).sort());
    const otherList = await callChannel<BackupList>(other, 'backups.list');
    expect(otherList.backups).toHaveLength(KEEP_BACKUPS);
    expect(readdirSync(backupsFolder(other.name))).toHaveLength(KEEP_BACKUPS);
    for (const b of listed.backups) expect(settingIn(join(listed.folder!, b.name), 'owner')).toBe('regio.sqlite');
    for (const b of otherList.backups) expect(settingIn(join(otherList.folder!, b.name), 'owner')).toBe('regio.db');

    // A name from the other database's list is not one of this database's backups.
    const foreign = otherList.backups[0]!.name;
    expect(own.map((b) => b.name)).not.toContain(foreign);
    expect(await dispatch(sqlite, 'backups.restore', { name: foreign }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(sqlite.prepare(`SELECT value FROM setting WHERE key = 'owner'`).get()).toEqual({ value: 'regio.sqlite' });

    // Restoring its own backup brings back its own content, and the safety backup lands in its own folder.
    await callChannel<Settings>(sqlite, 'settings.set', { language: 'en' });
    const result = await callChannel<RestoreResult>(sqlite, 'backups.restore', { name: own[0]!.name });
    expect(await callChannel<Settings>(sqlite, 'settings.get')).toMatchObject({ language: 'nl' });
    expect(sqlite.prepare(`SELECT value FROM setting WHERE key = 'owner'`).get()).toEqual({ value: 'regio.sqlite' });
    expect(existsSync(join(backupsFolder(sqlite.name), result.safetyBackup!.name))).toBe(true);
    expect((await callChannel<BackupList>(other, 'backups.list')).backups.map((b) => b.name)).toEqual(otherList.backups.map((b) => b.name));
    for (const db of dbs) db.close();
  });

  it('orders two backups made in the same millisecond by the order they were made', async () => {
    const { dbs } = await sideBySide('regio.sqlite');
    const db = dbs[0]!;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(basename(await createBackup(db, db.name, `manual-${i}`)));
    expect(listBackups(db.name).map((b) => b.name)).toEqual([...made].reverse());
    db.close();
  });
});

describe('backups made by older versions', () => {
  it('are listed, restorable and pruned for the one database they can belong to', async () => {
    const { folder, dbs } = await sideBySide('regio.sqlite');
    const db = dbs[0]!;
    const old = await legacyBackup(db, 'regio', '2020-01-01T00-00-00-000Z');
    const older = await legacyBackup(db, 'regio', '2019-01-01T00-00-00-000Z', 'before-import');
    expect(legacyOwnerIsUnique(db.name)).toBe(true);
    const listed = listBackups(db.name);
    expect(listed.map((b) => [b.name, b.reason, b.createdAt])).toEqual([
      ['regio--2020-01-01T00-00-00-000Z--manual.sqlite', 'manual', '2020-01-01T00:00:00.000Z'],
      ['regio--2019-01-01T00-00-00-000Z--before-import.sqlite', 'before-import', '2019-01-01T00:00:00.000Z'],
    ]);

    await callChannel(db, 'settings.set', { language: 'en' });
    await callChannel<RestoreResult>(db, 'backups.restore', { name: basename(old) });
    expect(await callChannel<Settings>(db, 'settings.get')).toMatchObject({ language: 'nl' });

    // New backups are newer than both (the restore made one): once the list is full, the old-style files are pruned, oldest first.
    while (listBackups(db.name).length < KEEP_BACKUPS) await createBackup(db, db.name, 'manual');
    expect([existsSync(old), existsSync(older)]).toEqual([true, true]);
    await createBackup(db, db.name, 'manual');
    expect([existsSync(old), existsSync(older)]).toEqual([true, false]);
    await createBackup(db, db.name, 'manual');
    expect(existsSync(old)).toBe(false);
    expect(listBackups(db.name)).toHaveLength(KEEP_BACKUPS);
    expect(readdirSync(join(folder, 'backups')).sort()).toEqual(['regio.sqlite']);
    db.close();
  });

  it('are left alone — neither listed, restored nor pruned — when regio.sqlite and regio.db could both own them', async () => {
    const { dbs } = await sideBySide('regio.sqlite', 'regio.db');
    const [sqlite, other] = dbs as [Db, Db];
    const old = await legacyBackup(sqlite, 'regio', '2020-01-01T00-00-00-000Z');
    expect(legacyOwnerIsUnique(sqlite.name)).toBe(false);
    expect(legacyOwnerIsUnique(other.name)).toBe(false);
    expect(listBackups(sqlite.name)).toEqual([]);
    expect(listBackups(other.name)).toEqual([]);
    expect(await dispatch(sqlite, 'backups.restore', { name: basename(old) }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    for (let i = 0; i < KEEP_BACKUPS + 1; i++) {
      await createBackup(sqlite, sqlite.name, 'manual');
      await createBackup(other, other.name, 'manual');
    }
    expect(existsSync(old)).toBe(true);
    for (const db of dbs) db.close();
  });

  it('are matched on the whole old name: regio--x.sqlite\'s old backups are not regio.sqlite\'s', async () => {
    const { dbs } = await sideBySide('regio.sqlite', 'regio--x.sqlite');
    const [plain, dashed] = dbs as [Db, Db];
    await legacyBackup(dashed, 'regio--x', '2020-01-01T00-00-00-000Z');
    await legacyBackup(plain, 'regio', '2021-01-01T00-00-00-000Z');
    expect(listBackups(dashed.name).map((b) => b.name)).toEqual(['regio--x--2020-01-01T00-00-00-000Z--manual.sqlite']);
    expect(listBackups(plain.name).map((b) => b.name)).toEqual(['regio--2021-01-01T00-00-00-000Z--manual.sqlite']);
    for (const db of dbs) db.close();
  });

  it('do not count a non-database file with the same name as a second owner', async () => {
    const { folder, dbs } = await sideBySide('regio.sqlite');
    const db = dbs[0]!;
    writeFileSync(join(folder, 'regio.txt'), 'notes');
    await legacyBackup(db, 'regio', '2020-01-01T00-00-00-000Z');
    expect(listBackups(db.name)).toHaveLength(1);
    db.close();
  });
});
