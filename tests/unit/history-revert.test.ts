/**
 * "Zet terug" of one change, and how imports, re-imports and restores appear in the history: one
 * entry per scan, no per-row history, and undo stops there.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src-main/db/backups';
import { openDatabase, type Db } from '../../src-main/db/open';
import { restoreBackup } from '../../src-main/db/restore';
import { history, revert, undo, withChangeGroup } from '../../src-main/history';
import { writeScan } from '../../src-main/import/write-scan';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, tempDir } from '../helpers/db';
import { contentChecksum, FIXTURE_SCAN, importFixture, valueId } from '../helpers/history-fixture';

const run = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
const change = (db: Db, activity: number | null, field: string) => history(db).filter((e) => e.activity === activity && e.field === field).at(-1)!.change;

describe('revert (zet terug)', () => {
  it('puts back one field of one row, leaves the rest of its group, and can itself be undone', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => {
      run(db, `UPDATE activity SET name = 'Nieuw', reach = 5 WHERE id = ?`, f.activity.lab);
      run(db, 'DELETE FROM activity_value WHERE activity_id = ? AND value_id = ?', f.activity.lab, valueId(db, 'sector', 'G'));
      run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)', f.activity.lab, valueId(db, 'sector', 'A'));
    });
    const row = () => db.prepare('SELECT name, reach FROM activity WHERE id = ?').get(f.activity.lab);
    const result = revert(db, change(db, f.activity.lab, 'name'));
    expect(row()).toEqual({ name: 'Open lab', reach: 5 });
    expect(history(db, { activity: f.activity.lab }).at(-1)).toMatchObject({ origin: 'revert', field: 'name', old: 'Nieuw', new: 'Open lab' });
    expect(result.changes.activities).toEqual([f.activity.lab]);
    // Both values of one field changed in one group are one change.
    revert(db, change(db, f.activity.lab, 'sector'));
    expect(history(db, { activity: f.activity.lab }).at(-1)).toMatchObject({ origin: 'revert', field: 'sector', old: 'A, C, Zeevaart', new: 'C, G, Zeevaart' });
    undo(db);
    undo(db);
    expect(row()).toEqual({ name: 'Nieuw', reach: 5 });
  });

  it('brings a deleted activity back whole', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const before = contentChecksum(db);
    withChangeGroup(db, { origin: 'edit' }, () => {
      run(db, `UPDATE activity SET reach = 9 WHERE id = ?`, f.activity.loket);
      run(db, 'DELETE FROM activity WHERE id = ?', f.activity.lab);
    });
    revert(db, change(db, f.activity.lab, 'activity'));
    run(db, 'UPDATE activity SET reach = 40 WHERE id = ?', f.activity.loket);
    expect(contentChecksum(db)).toEqual(before);
  });

  it('refuses when the row changed since, when it was undone, or for an import, and changes nothing', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET name = 'Eerst', reach = 1 WHERE id = ?`, f.activity.lab));
    const first = change(db, f.activity.lab, 'name');
    const reach = change(db, f.activity.lab, 'reach');
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET name = 'Daarna' WHERE id = ?`, f.activity.lab));
    const before = dbChecksum(db);
    expect(() => revert(db, first)).toThrow(`Cannot revert change ${first}: the name of activity ${f.activity.lab} changed since.`);
    expect(dbChecksum(db)).toEqual(before);
    // Another field of the same row did not change since: that one can go back.
    revert(db, reach);
    expect(db.prepare('SELECT reach FROM activity WHERE id = ?').pluck().get(f.activity.lab)).toBe(120);
    const late = change(db, f.activity.lab, 'name');
    undo(db); // the revert
    undo(db); // 'Daarna'
    expect(() => revert(db, late)).toThrow(`Cannot revert change ${late}: it was undone already.`);
    const imported = history(db).find((e) => e.origin === 'import')!.change;
    expect(() => revert(db, imported)).toThrow(/an import or a restored backup is not recorded row by row/);
    expect(() => revert(db, 99999)).toThrow('There is no change 99999.');
  });
});

describe('imports and restores in the history', () => {
  it('a re-import that replaces a scan forgets its rows history (their ids come back) and adds one entry', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => {
      run(db, `UPDATE activity SET reach = 1 WHERE id = ?`, f.activity.lab);
      run(db, `UPDATE scan SET notes = 'Gecontroleerd' WHERE id = ?`, f.scan);
    });
    writeScan(db, FIXTURE_SCAN, [], { fileName: 'zeeland-v2.xlsx', sha256: null, replaceScanId: f.scan });
    expect(history(db, { scan: f.scan }).map((e) => [e.origin, e.field, e.new])).toEqual([
      ['import', `scan[${f.scan}].file`, 'zeeland-2024.xlsx'],
      ['edit', `scan[${f.scan}].notes`, 'Gecontroleerd'],
      ['import', `scan[${f.scan}].file`, 'zeeland-v2.xlsx'],
    ]);
    expect(db.prepare(`SELECT count(*) FROM history WHERE subject = 'activity'`).pluck().get()).toBe(0);
    expect(() => undo(db)).toThrow(/the last change is an import \(zeeland-v2\.xlsx\)/);
  });

  it('a restored backup is one entry per scan with the backup, and undo stops there', async () => {
    const path = join(tempDir('regioscan-history-restore-'), 'r.sqlite');
    const db = await openDatabase(path);
    const f = importFixture(db);
    const g = importFixture(db, { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, region: 'Drenthe', title: 'Drenthe' } }, 'drenthe.xlsx');
    const backup = basename(await createBackup(db, path, 'manual'));
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 1 WHERE id = ?`, f.activity.lab));
    await restoreBackup(db, backup);
    const restored = history(db).filter((e) => e.origin === 'restore');
    expect(restored.map((e) => [e.field, e.new])).toEqual([[`scan[${f.scan}].backup`, backup], [`scan[${g.scan}].backup`, backup]]);
    // The edit after the backup is not in the restored file; undo stops at the restore.
    expect(db.prepare('SELECT reach FROM activity WHERE id = ?').pluck().get(f.activity.lab)).toBe(120);
    expect(() => undo(db)).toThrow(/the last change is a restored backup/);
    db.close();
  });
});
