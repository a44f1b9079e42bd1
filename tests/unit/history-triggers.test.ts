/**
 * The history triggers: each table a user edit touches records the right field key (the one --where
 * and --set use) with its old and new value as people read them; whole rows are snapshotted with
 * every column; nothing is recorded outside a change group; the search text follows edits.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { history, withChangeGroup } from '../../src-main/history';
import { ROW_KEYS } from '../../src-main/history/row-repository';
import { trackingTriggers } from '../../src-main/history/triggers-repository';
import { memoryDb } from '../helpers/db';
import { FIXTURE_FILE, importFixture, valueId, type Fixture } from '../helpers/history-fixture';

const AT = '2024-05-01T09:00:00.000Z';

function edit(db: Db, fn: () => void) {
  return withChangeGroup(db, { origin: 'edit', label: 'test', user: 'tester', at: AT }, fn);
}

const run = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);

/** The entries of the newest group, as [field, old, new]. */
function newest(db: Db, filter: Parameters<typeof history>[1] = {}): [string, unknown, unknown][] {
  const entries = history(db, filter);
  const last = Math.max(...entries.map((e) => e.change));
  const group = db.prepare('SELECT group_id FROM history WHERE id = ?').pluck().get(last);
  const ids = new Set(db.prepare('SELECT id FROM history WHERE group_id = ?').pluck().all(group) as number[]);
  return entries.filter((e) => ids.has(e.change)).map((e) => [e.field, e.old, e.new]);
}

async function setup(): Promise<{ db: Db; f: Fixture }> {
  const db = await memoryDb();
  return { db, f: importFixture(db) };
}

describe('history triggers', () => {
  it('record every activity field under its --set key, numbers as numbers, the initiative by name', async () => {
    const { db, f } = await setup();
    edit(db, () => {
      run(db, `UPDATE activity SET name = 'Open lab Vlissingen', description = NULL, start_year = 2021, reach = 150, reach_unit = 'bezoekers', reach_source = 'geen' WHERE id = ?`, f.activity.lab);
      run(db, 'UPDATE activity SET initiative_id = ? WHERE id = ?', f.initiative.impuls, f.activity.workshop);
    });
    expect(newest(db)).toEqual([
      ['name', 'Open lab', 'Open lab Vlissingen'],
      ['description', 'Sensoren en printers', null],
      ['startYear', 2020, 2021],
      ['reach', 120, 150],
      ['reachUnit', 'ondernemingen', 'bezoekers'],
      ['reachSource', 'kwantitatief', 'geen'],
      ['initiative', 'HZ Digitaal Lab', 'Impuls Zeeland'],
    ]);
    const entry = history(db, { activity: f.activity.lab }).at(-1)!;
    expect(Object.keys(entry)).toEqual(['change', 'at', 'user', 'origin', 'activity', 'field', 'old', 'new']);
    expect(entry).toMatchObject({ at: AT, user: 'tester', origin: 'edit', activity: f.activity.lab });
    // A change to and from NULL counts (sqlite-history's `old != new` misses it).
    edit(db, () => run(db, `UPDATE activity SET description = 'Terug' WHERE id = ?`, f.activity.lab));
    expect(newest(db)).toEqual([['description', null, 'Terug']]);
  });

  it('record coded values added and removed as the whole set before and after, codes joined as the CLI prints them', async () => {
    const { db, f } = await setup();
    edit(db, () => {
      run(db, 'DELETE FROM activity_value WHERE activity_id = ? AND value_id = ?', f.activity.lab, valueId(db, 'sector', 'G'));
      run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)', f.activity.lab, valueId(db, 'sector', 'A'));
      run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)', f.activity.lab, valueId(db, 'bottleneck', '3'));
    });
    // One entry per field: the unmapped value stays as written, after the codes.
    expect(newest(db)).toEqual([
      ['sector', 'C, G, Zeevaart', 'A, C, Zeevaart'],
      ['bottleneck', '1, 6', '1, 3, 6'],
    ]);
    const rows = db.prepare(`SELECT tbl, op, json_extract(row, '$.value_id') AS value FROM history WHERE subject = 'activity' AND field = 'sector' ORDER BY id`).all();
    expect(rows).toEqual([
      { tbl: 'activity_value', op: 'delete', value: valueId(db, 'sector', 'G') },
      { tbl: 'activity_value', op: 'insert', value: valueId(db, 'sector', 'A') },
    ]);
    expect(() => edit(db, () => run(db, 'UPDATE activity_value SET value_id = ? WHERE activity_id = ? AND value_id = ?', valueId(db, 'sector', 'B'), f.activity.lab, valueId(db, 'sector', 'A')))).toThrow(/deleted and inserted, not updated/);
  });

  it('record providers under their role as --set names it, the names before and after, and a new organisation', async () => {
    const { db, f } = await setup();
    const hz = db.prepare(`SELECT id FROM organisation WHERE name = 'HZ University'`).pluck().get() as number;
    edit(db, () => {
      run(db, `DELETE FROM provider WHERE activity_id = ? AND organisation_id = ? AND role = 'initiatiefnemer'`, f.activity.lab, hz);
      const org = Number(run(db, `INSERT INTO organisation (name, match_key, type) VALUES ('Gemeente Middelburg', 'gemeentemiddelburg', 'gemeente')`).lastInsertRowid);
      run(db, `INSERT INTO provider (activity_id, organisation_id, role) VALUES (?, ?, 'contact')`, f.activity.lab, org);
    });
    const org = db.prepare(`SELECT id FROM organisation WHERE name = 'Gemeente Middelburg'`).pluck().get() as number;
    expect(newest(db)).toEqual([
      // One entry per role, its organisations before and after, joined as `--set ROLE=` takes them.
      ['initiatiefnemer', 'HZ University', null],
      [`organisation[${org}]`, null, 'Gemeente Middelburg'],
      ['contact', null, 'Gemeente Middelburg'],
    ]);
    expect(db.prepare(`SELECT op, json_extract(row, '$.role') FROM history WHERE tbl = 'provider' ORDER BY id`).raw().all()).toEqual([['delete', 'initiatiefnemer'], ['insert', 'contact']]);
  });

  it('record extra fields of activities and initiatives under extra.<name>', async () => {
    const { db, f } = await setup();
    edit(db, () => {
      run(db, `UPDATE activity_extra SET value = 'nee' WHERE activity_id = ? AND name = 'Kolom R'`, f.activity.lab);
      run(db, `INSERT INTO activity_extra (activity_id, name, value, position) VALUES (?, 'Telefoon', '0118', 2)`, f.activity.workshop);
      run(db, `DELETE FROM initiative_extra WHERE initiative_id = ?`, f.initiative.lab);
    });
    expect(newest(db)).toEqual([
      ['extra.Kolom R', 'ja', 'nee'],
      ['extra.Telefoon', null, '0118'],
      [`initiative[${f.initiative.lab}].extra.Contact`, 'Bram Jansen', null],
    ]);
  });

  it('record initiative and scan fields, and a geography name moved, each named by its row', async () => {
    const { db, f } = await setup();
    edit(db, () => {
      run(db, `UPDATE initiative SET name = 'HZ Lab', website = 'https://lab.example', description = NULL, start_year = 2018, home_region = 'Walcheren' WHERE id = ?`, f.initiative.lab);
      run(db, `UPDATE scan SET title = 'Regioscan Zeeland 2024 (herzien)', year = 2025, region = 'Zeeland-Noord' WHERE id = ?`, f.scan);
      run(db, `UPDATE dimension_value SET parent_id = ? WHERE dimension = 'geography' AND code = 'Walcheren'`, valueId(db, 'geography', 'provincie-noord-brabant'));
    });
    const i = `initiative[${f.initiative.lab}]`;
    const s = `scan[${f.scan}]`;
    expect(newest(db)).toEqual([
      [`${i}.name`, 'HZ Digitaal Lab', 'HZ Lab'],
      [`${i}.description`, 'Lab van de hogeschool', null],
      [`${i}.website`, 'https://hz.example', 'https://lab.example'],
      [`${i}.startYear`, 2019, 2018],
      [`${i}.homeRegion`, null, 'Walcheren'],
      [`${s}.region`, 'Zeeland', 'Zeeland-Noord'],
      [`${s}.year`, 2024, 2025],
      [`${s}.title`, 'Regioscan Zeeland 2024', 'Regioscan Zeeland 2024 (herzien)'],
      ['geography[Walcheren].parent', 'provincie-zeeland', 'provincie-noord-brabant'],
    ]);
    expect(history(db, { initiative: f.initiative.lab }).map((e) => e.field)).toContain(`${i}.website`);
  });

  it('snapshot inserted and deleted activities and initiatives whole, with every column of every tracked table', async () => {
    const { db, f } = await setup();
    edit(db, () => {
      const id = Number(run(db, `INSERT INTO activity (scan_id, initiative_id, name, reach) VALUES (?, ?, 'Hackathon', 30)`, f.scan, f.initiative.impuls).lastInsertRowid);
      run(db, 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)', id, valueId(db, 'type', 'workshops'));
      run(db, 'DELETE FROM initiative WHERE id = ?', f.initiative.lab);
    });
    const entries = history(db);
    const added = entries.find((e) => e.field === 'activity' && e.new === 'Hackathon')!;
    expect(added).toMatchObject({ old: null, origin: 'edit' });
    expect(entries.filter((e) => e.field === 'activity' && e.new === null).map((e) => e.old).sort()).toEqual(['Open lab', 'Workshop AI']);
    expect(entries.find((e) => e.field === `initiative[${f.initiative.lab}]`)).toMatchObject({ old: 'HZ Digitaal Lab', new: null });
    // Every column of every tracked table is in its snapshot: a migration that adds a column and
    // forgets the triggers fails here.
    const snapshots = db.prepare(`SELECT tbl, row FROM history WHERE op IN ('insert', 'delete')`).all() as { tbl: string; row: string }[];
    const seen = new Set(snapshots.map((s) => s.tbl));
    for (const table of ['activity', 'initiative', 'activity_value', 'provider', 'activity_extra', 'initiative_extra', 'graph_position']) expect(seen, table).toContain(table);
    for (const { tbl, row } of snapshots) {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(tbl) as string[];
      expect(Object.keys(JSON.parse(row) as object).sort(), tbl).toEqual([...columns].sort());
    }
    // The cascade's children (deleted before their parent's trigger ran) still know their scan.
    expect(db.prepare(`SELECT count(*) FROM history WHERE op = 'delete' AND scan_id IS NULL AND subject IN ('activity', 'initiative')`).pluck().get()).toBe(0);
    // Bookkeeping is recorded (for undo) but not listed: the report row's link, the map position.
    expect(db.prepare(`SELECT tbl FROM history WHERE hidden = 1 ORDER BY tbl`).pluck().all()).toEqual(['graph_position', 'import_issue']);
    expect(entries.some((e) => e.field.includes('position') || e.field === 'issue')).toBe(false);
  });

  it('every table an undo writes has triggers, and every snapshot names its key columns', () => {
    for (const table of Object.keys(ROW_KEYS)) expect(trackingTriggers().some((t) => t.startsWith(`history_${table}_track_`)), table).toBe(true);
  });

  it('write nothing outside a change group, and exist only while one is open', async () => {
    const { db, f } = await setup();
    const temp = () => db.prepare(`SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'`).pluck().get();
    const rows = () => db.prepare('SELECT count(*) FROM history').pluck().get();
    expect(temp()).toBe(0);
    const before = rows();
    run(db, `UPDATE activity SET name = 'Buiten een groep' WHERE id = ?`, f.activity.lab);
    run(db, 'DELETE FROM activity WHERE id = ?', f.activity.workshop);
    expect(rows()).toBe(before);
    let inside = 0;
    edit(db, () => {
      inside = temp() as number;
      run(db, `UPDATE activity SET name = 'Binnen' WHERE id = ?`, f.activity.lab);
    });
    expect(inside).toBe(trackingTriggers().length);
    expect(temp()).toBe(0);
    expect(db.prepare('SELECT group_id FROM change_context').pluck().get()).toBeNull();
  });

  it('an import writes no per-row history: one entry for the scan with its file', async () => {
    const { db, f } = await setup();
    expect(db.prepare('SELECT count(*) FROM history').pluck().get()).toBe(1);
    const entries = history(db);
    expect(entries).toEqual([{ change: entries[0]!.change, at: entries[0]!.at, user: entries[0]!.user, origin: 'import', activity: null, field: `scan[${f.scan}].file`, old: null, new: FIXTURE_FILE }]);
    expect(history(db, { scan: f.scan })).toEqual(entries);
    expect(history(db, { activity: f.activity.lab })).toEqual([]);
  });

  it('keep the search text in step: names, descriptions, initiatives and extra fields', async () => {
    const { db, f } = await setup();
    const hits = (q: string) => db.prepare('SELECT rowid FROM activity_text WHERE activity_text MATCH ? ORDER BY rowid').pluck().all(q);
    expect(hits('sensoren')).toEqual([f.activity.lab]);
    edit(db, () => {
      run(db, `UPDATE activity SET description = 'Drones en robots' WHERE id = ?`, f.activity.lab);
      run(db, `UPDATE initiative SET name = 'Zeeuws Lab' WHERE id = ?`, f.initiative.lab);
      run(db, `UPDATE activity_extra SET value = 'kustwacht' WHERE activity_id = ?`, f.activity.lab);
      run(db, `UPDATE activity SET initiative_id = ? WHERE id = ?`, f.initiative.impuls, f.activity.workshop);
      run(db, `INSERT INTO activity (scan_id, initiative_id, name) VALUES (?, ?, 'Hackathon')`, f.scan, f.initiative.lab);
    });
    expect(hits('sensoren')).toEqual([]);
    expect(hits('robots')).toEqual([f.activity.lab]);
    expect(hits('kustwacht')).toEqual([f.activity.lab]);
    expect(hits('zeeuws')).toHaveLength(2);
    expect(hits('hackathon')).toHaveLength(1);
    // Moved to Impuls Zeeland, the workshop no longer carries the lab's contact person.
    expect(hits('bram')).not.toContain(f.activity.workshop);
    expect(hits('impuls')).toContain(f.activity.workshop);
  });
});
