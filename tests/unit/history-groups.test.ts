/** Change groups: one transaction each, nothing kept on failure, what changed handed back. */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { withChangeGroup } from '../../src-main/history';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb } from '../helpers/db';
import { FIXTURE_SCAN, importFixture, valueId } from '../helpers/history-fixture';

const run = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
const groups = (db: Db) => db.prepare('SELECT id, origin, label, scan_id, user FROM change_group ORDER BY id').all();

describe('change groups', () => {
  it('are one transaction: an error inside leaves nothing, not the changes, the group, its triggers or its context', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const before = dbChecksum(db);
    expect(() =>
      withChangeGroup(db, { origin: 'edit', label: 'half done' }, () => {
        run(db, `UPDATE activity SET name = 'Half' WHERE id = ?`, f.activity.lab);
        run(db, 'DELETE FROM activity WHERE id = ?', f.activity.workshop);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    // The whole database, history tables included, byte for byte as it was.
    expect(dbChecksum(db)).toEqual(before);
    expect(db.prepare(`SELECT count(*) FROM temp.sqlite_master`).pluck().get()).toBe(0);
    // A failing statement inside (a broken foreign key) rolls the group back just the same.
    expect(() => withChangeGroup(db, { origin: 'edit' }, () => run(db, 'INSERT INTO activity (scan_id, initiative_id, name) VALUES (?, 999, ?)', f.scan, 'Wees'))).toThrow(/FOREIGN KEY/);
    expect(dbChecksum(db)).toEqual(before);
    // The next group works as if nothing happened.
    const { changes } = withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET name = 'Heel' WHERE id = ?`, f.activity.lab));
    expect(changes.group).not.toBeNull();
  });

  it('return what changed, and take the scan from the rows when there is one', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const { result, changes } = withChangeGroup(db, { origin: 'merge', label: 'merge initiatives', user: 'anna', at: '2024-06-01T12:00:00.000Z' }, (group) => {
      run(db, 'UPDATE activity SET initiative_id = ? WHERE initiative_id = ?', f.initiative.lab, f.initiative.impuls);
      run(db, 'DELETE FROM initiative WHERE id = ?', f.initiative.impuls);
      run(db, `UPDATE dimension_value SET parent_id = ? WHERE code = 'Walcheren'`, valueId(db, 'geography', 'nederland'));
      return group;
    });
    expect(changes).toEqual({ group: result, activities: [f.activity.loket], initiatives: [f.initiative.impuls], scans: [f.scan], values: [valueId(db, 'geography', 'Walcheren')], organisations: [] });
    expect(groups(db).at(-1)).toEqual({ id: result, origin: 'merge', label: 'merge initiatives', scan_id: f.scan, user: 'anna' });
  });

  it('leave no group when nothing changed, and none for a group over several scans without a scan', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const g = importFixture(db, { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, region: 'Drenthe', title: 'Regioscan Drenthe 2024' } }, 'drenthe.xlsx');
    const count = groups(db).length;
    const same = withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET name = name WHERE id = ?`, f.activity.lab));
    expect(same.changes).toEqual({ group: null, activities: [], initiatives: [], scans: [], values: [], organisations: [] });
    expect(groups(db)).toHaveLength(count);
    const both = withChangeGroup(db, { origin: 'mapping' }, () => run(db, `UPDATE activity SET reach = 1 WHERE id IN (?, ?)`, f.activity.lab, g.activity.lab));
    expect(both.changes.scans).toEqual([f.scan, g.scan]);
    expect(groups(db).at(-1)).toMatchObject({ origin: 'mapping', scan_id: null });
  });

  it('inside another group become part of it; a failure inside undoes only that part', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const outer = withChangeGroup(db, { origin: 'roundtrip' }, (group) => {
      const inner = withChangeGroup(db, { origin: 'edit' }, (innerGroup) => {
        run(db, `UPDATE activity SET reach = 7 WHERE id = ?`, f.activity.loket);
        return innerGroup;
      });
      expect(inner.result).toBe(group);
      expect(inner.changes.activities).toEqual([f.activity.loket]);
      expect(() => withChangeGroup(db, { origin: 'edit' }, () => {
        run(db, `UPDATE activity SET reach = 8 WHERE id = ?`, f.activity.lab);
        throw new Error('not this part');
      })).toThrow('not this part');
      run(db, `UPDATE activity SET name = 'Loket' WHERE id = ?`, f.activity.loket);
    });
    expect(outer.changes.activities).toEqual([f.activity.loket]);
    expect(groups(db).filter((g) => (g as { origin: string }).origin !== 'import')).toEqual([expect.objectContaining({ id: outer.changes.group, origin: 'roundtrip' })]);
    expect(db.prepare('SELECT reach FROM activity WHERE id = ?').pluck().get(f.activity.lab)).toBe(120);
    expect(db.prepare(`SELECT field FROM history WHERE group_id = ? ORDER BY id`).pluck().all(outer.changes.group)).toEqual(['reach', 'name']);
  });

  it('refuse an async function: a transaction cannot wait', async () => {
    const db = await memoryDb();
    importFixture(db);
    const before = dbChecksum(db);
    expect(() => withChangeGroup(db, { origin: 'edit' }, async () => undefined)).toThrow(/may not be async/);
    expect(dbChecksum(db)).toEqual(before);
  });
});
