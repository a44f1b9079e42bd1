import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../src-main/db/backups';
import { migrate, schemaVersion } from '../../src-main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../src-main/db/migrations';
import { openDatabase } from '../../src-main/db/open';
import { UserError } from '../../src-main/errors';
import { DIMENSIONS } from '../../src-shared/codebook';
import { memoryDb, tempDir } from '../helpers/db';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Brings `db` to schema `version` with the app's own migrations. */
const migrateTo = (db: Database.Database, version: number) => migrate(db, MIGRATIONS.filter((m) => m.version <= version));

/** A bare in-memory database at schema `version`, foreign keys on as the app opens them. */
function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, version);
  return db;
}

describe('migrations', () => {
  it('brings an empty database to the current schema with every table', async () => {
    const db = await memoryDb();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    for (const table of ['scan', 'initiative', 'activity', 'activity_value', 'dimension_value', 'organisation', 'provider', 'import_issue', 'saved_filter', 'setting', 'activity_text', 'activity_extra', 'initiative_extra', 'change_group', 'history', 'change_context', 'survey_file', 'survey_response', 'survey_answer', 'goal', 'demand_file', 'demand_row']) {
      expect(tables).toContain(table);
    }
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('seeds the whole codebook, idempotently', async () => {
    const db = await memoryDb();
    const count = () => db.prepare('SELECT dimension, count(*) AS n FROM dimension_value GROUP BY dimension').all() as { dimension: string; n: number }[];
    const first = Object.fromEntries(count().map((r) => [r.dimension, r.n]));
    for (const dim of DIMENSIONS) expect(first[dim.key] ?? 0).toBe(dim.values.length);
    expect(first.sector).toBe(22);
    expect(first.bottleneck).toBe(12);
    await migrate(db);
    const { syncCodebook } = await import('../../src-main/db/codebook-sync');
    syncCodebook(db);
    expect(Object.fromEntries(count().map((r) => [r.dimension, r.n]))).toEqual(first);
    const sub = db.prepare(`SELECT p.code FROM dimension_value c JOIN dimension_value p ON p.id = c.parent_id WHERE c.dimension = 'geography' AND c.code = 'regio-assen'`).get() as { code: string };
    expect(sub.code).toBe('provincie-drenthe');
  });

  it('migration 3 adds the extra-field tables and rebuilds activity_text with an extra column, keeping what version 2 held searchable', () => {
    const db = databaseAt(2);
    expect(schemaVersion(db)).toBe(2);
    db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'Zeeland', 2024, 'Regioscan Zeeland 2024', '2024-01-01');
      INSERT INTO initiative (id, scan_id, name, description) VALUES (1, 1, 'HZ Digitaal Lab', 'Lab van de hogeschool');
      INSERT INTO activity (id, scan_id, initiative_id, name, description) VALUES (7, 1, 1, 'Open lab', 'Sensoren en printers');
      INSERT INTO activity_text (rowid, name, description, initiative, initiative_description) VALUES (7, 'Open lab', 'Sensoren en printers', 'HZ Digitaal Lab', 'Lab van de hogeschool');`);
    migrateTo(db, 3);
    expect(schemaVersion(db)).toBe(3);
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('activity_text')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['name', 'description', 'initiative', 'initiative_description', 'extra']);
    const hits = (q: string) => db.prepare('SELECT rowid FROM activity_text WHERE activity_text MATCH ?').pluck().all(q);
    expect(hits('sensoren')).toEqual([7]);
    expect(hits('hogeschool')).toEqual([7]);
    db.prepare(`INSERT INTO activity_extra (activity_id, name, value, position) VALUES (7, 'Contactpersoon', 'Bram Jansen', 0)`).run();
    db.prepare(`INSERT INTO initiative_extra (initiative_id, name, value, position) VALUES (1, 'Kolom R', 'x', 0)`).run();
    // Deleting the activity still clears its text row (the trigger came back) and its extra fields.
    db.prepare('DELETE FROM activity WHERE id = 7').run();
    expect(hits('sensoren')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM activity_extra').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM scan WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM initiative_extra').get()).toEqual({ n: 0 });
  });

  it('migration 4 adds the change history to a version-3 database, leaving its rows as they were, with per-row history starting after it', async () => {
    const db = databaseAt(3);
    db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'Zeeland', 2024, 'Regioscan Zeeland 2024', '2024-01-01');
      INSERT INTO initiative (id, scan_id, name) VALUES (1, 1, 'HZ Digitaal Lab');
      INSERT INTO activity (id, scan_id, initiative_id, name, reach) VALUES (7, 1, 1, 'Open lab', 12);`);
    const rows = () => db.prepare('SELECT * FROM activity').all();
    const before = rows();
    migrateTo(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(rows()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM history').pluck().get()).toBe(0);
    expect(db.prepare('SELECT * FROM change_context').all()).toEqual([{ id: 1, group_id: null }]);
    // No trigger lives in the file beyond the one that forgets a deleted scan's history: the
    // tracking triggers are made per change group (src-main/history/triggers-repository.ts).
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%history%'`).pluck().all()).toEqual(['scan_forget_history']);
    const { withChangeGroup, history } = await import('../../src-main/history');
    // The tracking triggers are made for the current schema (migration 7's mapping rules are tracked too).
    migrate(db, MIGRATIONS);
    withChangeGroup(db, { origin: 'edit', user: 'tester' }, () => db.prepare('UPDATE activity SET reach = 13 WHERE id = 7').run());
    expect(history(db, { activity: 7 }).map((e) => [e.field, e.old, e.new])).toEqual([['reach', 12, 13]]);
    db.prepare('DELETE FROM scan WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM change_group').pluck().get()).toBe(0);
  });

  it('migration 5 adds the link table: its checks refuse a malformed link, and deleting an initiative or activity deletes its links', () => {
    const db = databaseAt(4);
    db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'Zeeland', 2022, 'Z 2022', '2022-01-01'), (2, 'Zeeland', 2024, 'Z 2024', '2024-01-01');
      INSERT INTO initiative (id, scan_id, name) VALUES (1, 1, 'Stichting Digitaal Lab'), (2, 2, 'Digitaal Lab'), (3, 2, 'Ander Lab');
      INSERT INTO activity (id, scan_id, initiative_id, name) VALUES (10, 1, 1, 'Open dag'), (20, 2, 2, 'Open dag');`);
    migrateTo(db, 5);
    expect(schemaVersion(db)).toBe(5);
    const insert = db.prepare('INSERT INTO link (kind, from_initiative, to_initiative, from_activity, to_activity, status, score, reasons, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('initiative', 1, 2, null, null, 'confirmed', 0.9, '[]', '2026-01-01');
    insert.run('initiative', 1, 3, null, null, 'rejected', 0.4, '[{"kind":"organisation"}]', '2026-01-01');
    insert.run('activity', 1, 2, 10, 20, 'confirmed', 1, '[]', '2026-01-01');
    expect(() => insert.run('initiative', 1, 2, null, null, 'confirmed', 1, '[]', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('initiative', 1, 1, null, null, 'confirmed', 1, '[]', null)).toThrow(/CHECK/);
    expect(() => insert.run('initiative', 2, 3, 10, 20, 'confirmed', 1, '[]', null)).toThrow(/CHECK/);
    expect(() => insert.run('activity', 2, 3, 10, null, 'confirmed', 1, '[]', null)).toThrow(/CHECK/);
    expect(() => insert.run('initiative', 2, 3, null, null, 'maybe', 1, '[]', null)).toThrow(/CHECK/);
    expect(() => insert.run('initiative', 2, 3, null, null, 'proposed', 1, 'not json', null)).toThrow(/CHECK/);
    expect(() => insert.run('initiative', 2, 99, null, null, 'proposed', 1, '[]', null)).toThrow(/FOREIGN KEY/);
    const count = () => db.prepare('SELECT kind, count(*) AS n FROM link GROUP BY kind ORDER BY kind').all();
    expect(count()).toEqual([{ kind: 'activity', n: 1 }, { kind: 'initiative', n: 2 }]);
    db.prepare('DELETE FROM activity WHERE id = 20').run();
    expect(count()).toEqual([{ kind: 'initiative', n: 2 }]);
    db.prepare('DELETE FROM initiative WHERE id = 3').run();
    expect(count()).toEqual([{ kind: 'initiative', n: 1 }]);
    db.prepare('DELETE FROM scan WHERE id = 1').run();
    expect(count()).toEqual([]);
  });

  it('migration 6 adds the survey, goal and demand tables; deleting a scan removes its responses', () => {
    const db = databaseAt(3);
    migrateTo(db, 6);
    expect(schemaVersion(db)).toBe(6);
    db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'Zeeland', 2024, 'Regioscan Zeeland 2024', '2024-01-01');
      INSERT INTO initiative (id, scan_id, name) VALUES (1, 1, 'HZ Digitaal Lab');
      INSERT INTO activity (id, scan_id, initiative_id, name) VALUES (7, 1, 1, 'Open lab');
      INSERT INTO survey_file (id, sha256, file_name, round, imported_at) VALUES (1, 'abc', 'a.xlsx', 'achteraf', '2024-01-02');
      INSERT INTO survey_response (id, file_id, activity_id, source_row, next_step) VALUES (1, 1, 7, 2, NULL), (2, 1, 7, 3, 'Werkplaats');
      INSERT INTO survey_answer (response_id, bottleneck, score) VALUES (1, '6', 4), (1, '7', NULL), (2, '6', 5);
      INSERT INTO goal (name, filter, target, min_reach, created_at) VALUES ('Data in de vrije tijd', '{}', 3, 200, '2024-01-02');
      INSERT INTO demand_file (id, sha256, file_name, imported_at) VALUES (1, 'def', 'vraag.xlsx', '2024-01-02');
      INSERT INTO demand_row (file_id, sector, bottleneck, weight, source_row) VALUES (1, 'R', '6', 40, 2);`);
    // A score is 1–5 or NULL (n.v.t.); the same file content is one file; a goal's name is unique in any case.
    expect(() => db.exec(`INSERT INTO survey_answer (response_id, bottleneck, score) VALUES (2, '7', 6)`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO survey_file (sha256, file_name, imported_at) VALUES ('abc', 'b.xlsx', '2024-01-03')`)).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO goal (name, filter, created_at) VALUES ('data in de VRIJE tijd', '{}', '2024-01-03')`)).toThrow(/UNIQUE/);
    db.exec('DELETE FROM scan WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM survey_answer').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM survey_file').get()).toEqual({ n: 1 });
    db.exec('DELETE FROM demand_file');
    expect(db.prepare('SELECT count(*) AS n FROM demand_row').get()).toEqual({ n: 0 });
  });

  it('migration 7 adds the mapping rules to a version-6 database: one rule per dimension and folded value (or header), a value rule names its dimension', () => {
    const db = databaseAt(6);
    db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'Zeeland', 2024, 'Regioscan Zeeland 2024', '2024-01-01');`);
    migrateTo(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM scan').get()).toEqual({ n: 1 });
    const insert = db.prepare(`INSERT INTO mapping_rule (kind, dimension, source, match_key, target, created_at) VALUES (?, ?, ?, ?, ?, '2026-01-01')`);
    insert.run('value', 'sector', 'Maakindustrie', 'maakindustrie', 'C');
    insert.run('value', 'type', 'Maakindustrie', 'maakindustrie', 'workshops');
    insert.run('column', null, 'Doelgroep', 'doelgroep', 'description');
    expect(() => insert.run('value', 'sector', 'MAAK industrie', 'maakindustrie', 'D')).toThrow(/UNIQUE/);
    expect(() => insert.run('column', null, 'doelgroep', 'doelgroep', 'extra')).toThrow(/UNIQUE/);
    expect(() => insert.run('value', null, 'x', 'x', 'C')).toThrow(/CHECK/);
    expect(() => insert.run('column', 'sector', 'x', 'x', 'extra')).toThrow(/CHECK/);
    expect(() => insert.run('value', 'sector', '?', '', 'C')).toThrow(/CHECK/);
    expect(() => insert.run('rule', 'sector', 'x', 'x', 'C')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM mapping_rule').get()).toEqual({ n: 3 });
  });

  it('migration 8 adds presentations and their slides: checks refuse a bad view or JSON, and deleting a presentation deletes its slides', () => {
    const db = databaseAt(7);
    migrateTo(db, 8);
    expect(schemaVersion(db)).toBe(8);
    db.exec(`INSERT INTO presentation (id, title, created_at, updated_at) VALUES (1, 'Digitaliseringstafel', '2026-12-03', '2026-12-03');
      INSERT INTO presentation_slide (presentation_id, position, title, view, filter) VALUES (1, 1, 'Het aanbod', 'overview', '{}'), (1, 2, 'De kaart', 'map', '{}');`);
    expect(() => db.exec(`INSERT INTO presentation_slide (presentation_id, position, title, view, filter) VALUES (1, 3, 'X', 'slideshow', '{}')`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO presentation_slide (presentation_id, position, title, view, filter) VALUES (1, 3, 'X', 'list', 'not json')`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO presentation_slide (presentation_id, position, title, view, filter) VALUES (2, 1, 'X', 'list', '{}')`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`INSERT INTO presentation (title, created_at, updated_at) VALUES ('', 'a', 'a')`)).toThrow(/CHECK/);
    expect(db.prepare(`SELECT note, options FROM presentation_slide WHERE position = 1`).get()).toEqual({ note: '', options: '{}' });
    db.exec('DELETE FROM presentation WHERE id = 1');
    expect(db.prepare('SELECT count(*) AS n FROM presentation_slide').get()).toEqual({ n: 0 });
  });

  it('uses WAL for files', async () => {
    const path = join(tempDir(), 'wal.sqlite');
    const db = await openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database from a newer app and leaves the file exactly as it was', async () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1);');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha256(path);
    const files = readdirSync(join(path, '..')).sort();
    const attempt = openDatabase(path);
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(openDatabase(path)).rejects.toThrow(/newer version of Regioscan.*not changed/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(join(path, '..')).sort()).toEqual(files);
  });

  it('runs each migration in its own transaction: a failing one leaves the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'half done', up: (d) => { d.exec('CREATE TABLE half (x)'); throw new Error('boom'); } },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'`).get()).toEqual({ n: 0 });
  });

  it('backs the file up before migrating an existing database', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const db = await openDatabase(path);
    db.prepare(`INSERT INTO setting (key, value) VALUES ('marker', '"old"')`).run();
    db.close();
    const next: Migration[] = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'add column', up: (d) => d.exec('ALTER TABLE scan ADD COLUMN extra TEXT') }];
    const migrated = await openDatabase(path, { migrations: next });
    expect(schemaVersion(migrated)).toBe(LATEST_SCHEMA_VERSION + 1);
    migrated.close();
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.reason).toBe(`before-migration-${LATEST_SCHEMA_VERSION}`);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(schemaVersion(copy)).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare(`SELECT value FROM setting WHERE key = 'marker'`).get()).toEqual({ value: '"old"' });
    copy.close();
    expect(existsSync(path)).toBe(true);
  });
});
