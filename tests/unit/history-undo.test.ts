/**
 * Undo and redo of each kind of change put the database back exactly (every table but the history's
 * own, compared by checksum), in stack order, after a restart too; a new change drops the redo; an
 * import stops undo; a row changed since is refused with one sentence and nothing changes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src-main/db/open';
import { redo, undo, withChangeGroup } from '../../src-main/history';
import { UserError } from '../../src-main/errors';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, tempDir } from '../helpers/db';
import { contentChecksum, importFixture, valueId, type Fixture } from '../helpers/history-fixture';

const run = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);

/** Each kind of change a later feature makes, as the SQL its repository would run. */
const KINDS: Record<string, (db: Db, f: Fixture) => void> = {
  'a field edit': (db, f) => run(db, `UPDATE activity SET name = 'Open lab 2', reach = NULL, description = 'Nieuw' WHERE id = ?`, f.activity.lab),
  'coded values added and removed': (db, f) => {
    run(db, 'DELETE FROM activity_value WHERE activity_id = ? AND value_id IN (?, ?)', f.activity.lab, valueId(db, 'sector', 'G'), valueId(db, 'bottleneck', '6'));
    run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?), (?, ?)', f.activity.lab, valueId(db, 'sector', 'A'), f.activity.workshop, valueId(db, 'sector', 'C'));
    // A new open-list value, made for this edit.
    const goal = Number(run(db, `INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, match_key) VALUES ('goal', 'Blauwe economie', 'Blauwe economie', 'Blauwe economie', 'open', 'blauweeconomie')`).lastInsertRowid);
    run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)', f.activity.loket, goal);
  },
  'a provider with a new organisation': (db, f) => {
    run(db, `DELETE FROM provider WHERE activity_id = ? AND role = 'financier'`, f.activity.lab);
    const org = Number(run(db, `INSERT INTO organisation (name, match_key, type) VALUES ('Gemeente Goes', 'gemeentegoes', 'gemeente')`).lastInsertRowid);
    run(db, `INSERT INTO provider (activity_id, organisation_id, role) VALUES (?, ?, 'contact')`, f.activity.workshop, org);
  },
  'extra fields': (db, f) => {
    run(db, `UPDATE activity_extra SET value = 'nee' WHERE activity_id = ?`, f.activity.lab);
    run(db, `INSERT INTO activity_extra (activity_id, name, value, position) VALUES (?, 'Kolom R', 'misschien', 1)`, f.activity.loket);
    run(db, 'DELETE FROM initiative_extra WHERE initiative_id = ?', f.initiative.lab);
  },
  'an activity added with its values and providers': (db, f) => {
    const id = Number(run(db, `INSERT INTO activity (scan_id, initiative_id, name, description, reach) VALUES (?, ?, 'Hackathon', 'Een weekend bouwen', 25)`, f.scan, f.initiative.impuls).lastInsertRowid);
    run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?), (?, ?)', id, valueId(db, 'type', 'workshops'), id, valueId(db, 'sector', 'J'));
    run(db, `INSERT INTO provider (activity_id, organisation_id, role) SELECT ?, id, 'uitvoerder' FROM organisation WHERE name = 'Impuls'`, id);
    run(db, `INSERT INTO activity_extra (activity_id, name, value, position) VALUES (?, 'Kolom R', 'nieuw', 1)`, id);
  },
  'an activity deleted with its values, providers, extra fields and report link': (db, f) => run(db, 'DELETE FROM activity WHERE id = ?', f.activity.lab),
  'two initiatives merged (activities moved, one deleted with its map position)': (db, f) => {
    run(db, 'UPDATE activity SET initiative_id = ? WHERE initiative_id = ?', f.initiative.impuls, f.initiative.lab);
    run(db, `UPDATE initiative SET description = 'Samengevoegd' WHERE id = ?`, f.initiative.impuls);
    run(db, 'DELETE FROM initiative WHERE id = ?', f.initiative.lab);
  },
  'a geography name placed elsewhere': (db) => run(db, `UPDATE dimension_value SET parent_id = ? WHERE dimension = 'geography' AND code = 'Walcheren'`, valueId(db, 'geography', 'provincie-noord-brabant')),
  'scan and initiative fields': (db, f) => {
    run(db, `UPDATE scan SET title = 'Herzien', year = 2025 WHERE id = ?`, f.scan);
    run(db, `UPDATE initiative SET name = 'HZ Lab', website = NULL WHERE id = ?`, f.initiative.lab);
  },
};

describe('undo and redo', () => {
  for (const [kind, change] of Object.entries(KINDS)) {
    it(`of ${kind} restore the exact database state, both ways`, async () => {
      const db = await memoryDb();
      const f = importFixture(db);
      const before = contentChecksum(db);
      withChangeGroup(db, { origin: 'edit', label: kind }, () => change(db, f));
      const after = contentChecksum(db);
      expect(after).not.toEqual(before);
      const undone = undo(db)!;
      expect(undone.undone).toMatchObject({ origin: 'edit', label: kind });
      expect(contentChecksum(db)).toEqual(before);
      expect(redo(db)!.undone.origin).toBe('undo');
      expect(contentChecksum(db)).toEqual(after);
      undo(db);
      expect(contentChecksum(db)).toEqual(before);
      expect(db.prepare('SELECT origin FROM change_group ORDER BY id').pluck().all()).toEqual(['import', 'edit', 'undo', 'redo', 'undo']);
    });
  }

  it('go back through the groups newest first and forward again in order', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const name = () => db.prepare('SELECT name FROM activity WHERE id = ?').pluck().get(f.activity.lab);
    for (const n of ['B', 'C', 'D']) withChangeGroup(db, { origin: 'edit', label: n }, () => run(db, 'UPDATE activity SET name = ? WHERE id = ?', n, f.activity.lab));
    expect(undo(db)!.undone.label).toBe('D');
    expect(undo(db)!.undone.label).toBe('C');
    expect(name()).toBe('B');
    expect(redo(db)!.undone.label).toBe('C');
    expect(name()).toBe('C');
    // Undo after a redo undoes the redo; the next undo goes to the group before it.
    expect(undo(db)!.undone.origin).toBe('redo');
    expect(name()).toBe('B');
    expect(undo(db)!.undone.label).toBe('B');
    expect(name()).toBe('Open lab');
    expect(redo(db)!.undone.label).toBe('B');
    expect(redo(db)!.undone.label).toBe('C');
    expect(redo(db)!.undone.label).toBe('D');
    expect(name()).toBe('D');
    expect(redo(db)).toBeNull();
  });

  it('drop the redo when a new change comes after an undo', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 1 WHERE id = ?`, f.activity.lab));
    undo(db);
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 2 WHERE id = ?`, f.activity.loket));
    expect(redo(db)).toBeNull();
    expect(undo(db)!.undone.origin).toBe('edit');
    expect(db.prepare('SELECT reach FROM activity WHERE id = ?').pluck().get(f.activity.loket)).toBe(40);
  });

  it('work after a restart: everything is in the database file', async () => {
    const path = join(tempDir('regioscan-history-'), 'r.sqlite');
    let db = await openDatabase(path);
    const f = importFixture(db);
    const before = contentChecksum(db);
    withChangeGroup(db, { origin: 'edit' }, () => KINDS['an activity deleted with its values, providers, extra fields and report link']!(db, f));
    const after = contentChecksum(db);
    db.close();
    db = await openDatabase(path);
    expect(undo(db)!.undone.origin).toBe('edit');
    expect(contentChecksum(db)).toEqual(before);
    db.close();
    db = await openDatabase(path);
    expect(redo(db)).not.toBeNull();
    expect(contentChecksum(db)).toEqual(after);
    db.close();
  });

  it('say there is nothing to undo or redo in a new database', async () => {
    const db = await memoryDb();
    expect(undo(db)).toBeNull();
    expect(redo(db)).toBeNull();
  });

  it('stop at an import (no per-row history), saying so, and change nothing', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 1 WHERE id = ?`, f.activity.lab));
    importFixture(db, { scan: { region: 'Drenthe', year: 2023, title: 'Drenthe' }, initiatives: [], activities: [] }, 'drenthe.xlsx');
    const before = dbChecksum(db);
    expect(() => undo(db)).toThrow(UserError);
    expect(() => undo(db)).toThrow(/the last change is an import \(drenthe\.xlsx\), which is not recorded row by row/);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('refuse when a row changed since, with one sentence, and change nothing', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET name = 'Via de app' WHERE id = ?`, f.activity.lab));
    run(db, `UPDATE activity SET name = 'Buiten de app om' WHERE id = ?`, f.activity.lab);
    const before = dbChecksum(db);
    expect(() => undo(db)).toThrow(`Cannot undo: the name of activity ${f.activity.lab} changed since (now 'Buiten de app om').`);
    try {
      undo(db);
    } catch (error) {
      expect((error as UserError).nl).toBe(`Ongedaan maken kan niet: name van activiteit ${f.activity.lab} is sindsdien gewijzigd (nu 'Buiten de app om').`);
    }
    expect(dbChecksum(db)).toEqual(before);
    // A row deleted since, outside any change group.
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 3 WHERE id = ?`, f.activity.loket));
    run(db, 'DELETE FROM activity WHERE id = ?', f.activity.loket);
    expect(() => undo(db)).toThrow(`Cannot undo: activity ${f.activity.loket} no longer exists.`);
  });

  it('a scan deleted outside a change group takes its rows history along, and groups left empty', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const g = importFixture(db, { scan: { region: 'Drenthe', year: 2023, title: 'Drenthe' }, initiatives: [{ name: 'Lab' }], activities: [{ initiative: 'Lab', name: 'Demo', values: {}, providers: [] }] }, 'drenthe.xlsx');
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 1 WHERE id = ?`, f.activity.lab));
    const demo = db.prepare(`SELECT id FROM activity WHERE name = 'Demo'`).pluck().get() as number;
    withChangeGroup(db, { origin: 'edit' }, () => run(db, `UPDATE activity SET reach = 2 WHERE id = ?`, demo));
    run(db, 'DELETE FROM scan WHERE id = ?', g.scan);
    expect(db.prepare('SELECT count(*) FROM history WHERE scan_id = ?').pluck().get(g.scan)).toBe(0);
    // Its groups are gone with it: undo goes to the edit in the scan that is left.
    expect(db.prepare('SELECT origin FROM change_group ORDER BY id').pluck().all()).toEqual(['import', 'edit']);
    expect(undo(db)!.changes.activities).toEqual([f.activity.lab]);
  });
});
