/** The `.sqlite` export and merge (src-main/dbmerge, docs/database-merge.md) on the domain's functions. */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseFromBytes } from '../../src-main/db/open';
import { readTransferRows, writeTransferRows } from '../../src-main/db/transfer-rows';
import { TRANSFER_TABLES } from '../../src-main/db/transfer-tables';
import { migrate } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { commitMerge, exportDatabase, mergeTargets, planMerge, readDatabase } from '../../src-main/dbmerge';
import { history, revert, undo } from '../../src-main/history';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { dbChecksum, tableChecksum } from '../helpers/db-checksum';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { dispatch } from '../../src-main/rpc/dispatch';
import type { DatabaseMergeResult, DatabasePreview } from '../../src-shared/database-merge';
import { fillSource, scanContent } from '../helpers/dbmerge-fixture';
import { NOORD_NEDERLAND } from '../helpers/survey-fixture';

async function source() {
  const db = await memoryDb();
  const { scans } = fillSource(db);
  return { db, scans };
}

/** A target that already holds the sample scan, so every id of the merged rows must change. */
async function target() {
  const db = await memoryDb();
  const prepared = await prepareImport(db, readFileSync(NOORD_NEDERLAND), 'regioscan-noord-nederland-2022.xlsx');
  commitImport(db, prepared, () => 'keep-both');
  return db;
}

describe('export as .sqlite', () => {
  it('writes a complete database of the current schema whose listed tables hold exactly the chosen scans’ rows, ids kept', async () => {
    const { db, scans } = await source();
    const out = databaseFromBytes(exportDatabase(db, scans));
    expect(out.pragma('user_version', { simple: true })).toBe(db.pragma('user_version', { simple: true }));
    for (const t of TRANSFER_TABLES) {
      // dimension_value: the codebook and the values used; the source has no others here.
      expect(tableChecksum(out, t.table), t.table).toEqual(tableChecksum(db, t.table));
    }
    expect(out.pragma('integrity_check', { simple: true })).toBe('ok');
    // What belongs to the database and not to its scans stays home.
    db.prepare(`INSERT INTO goal (name, filter, created_at) VALUES ('Doel', '{}', 'x')`).run();
    expect(databaseFromBytes(exportDatabase(db, scans)).prepare('SELECT count(*) FROM goal').pluck().get()).toBe(0);
  });

  it('with one of two scans leaves the other out, and the links between them (they need both ends)', async () => {
    const { db, scans } = await source();
    const out = databaseFromBytes(exportDatabase(db, [scans[0]]));
    const count = (sql: string) => out.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM scan')).toBe(1);
    expect(count('SELECT count(*) FROM link')).toBe(0);
    expect(count('SELECT count(*) FROM survey_response')).toBe(0);
    expect(count('SELECT count(*) FROM history WHERE scan_id <> ' + scans[0])).toBe(0);
    expect({ ...scanContent(out, scans[0]), links: [] }).toEqual({ ...scanContent(db, scans[0]), links: [] });
  });

  it('refuses a scan that does not exist with one sentence', async () => {
    const { db } = await source();
    expect(() => exportDatabase(db, [99])).toThrow(/Scan 99 does not exist/);
  });
});

describe('merge a .sqlite into the open database', () => {
  it('adds every scan with new ids and everything that hangs on it, by content exactly as in the source, recorded as merge', async () => {
    const { db: from, scans } = await source();
    const into = await target();
    const read = readDatabase(exportDatabase(from, scans), 'zeeland.sqlite');
    expect(read.scans.map((s) => [s.region, s.year, s.initiatives, s.activities])).toEqual([
      ['Zeeland', 2024, 2, 3],
      ['Zeeland', 2025, 2, 3],
    ]);
    const plan = planMerge(into, read);
    expect(plan.every((s) => s.existing === null)).toBe(true);
    const merged = commitMerge(into, read, mergeTargets(plan, () => undefined));
    expect(merged.map((m) => m.id)).not.toEqual(scans);
    for (const [i, m] of merged.entries()) {
      const want = scanContent(from, scans[i]!);
      const got = scanContent(into, m.id);
      const changes = got.changes as { origin: string; field: string; new: unknown }[];
      // The merge itself is the last entry: one per scan, origin merge, the file.
      expect(changes.at(-1)).toMatchObject({ origin: 'merge', field: 'scan[' + m.id + '].file', new: 'zeeland.sqlite' });
      expect({ ...got, changes: changes.slice(0, -1).map((c) => ({ ...c, field: c.field.replace(/\[\d+\]/, '[]') })) }).toEqual({
        ...want,
        changes: (want.changes as { field: string }[]).map((c) => ({ ...c, field: c.field.replace(/\[\d+\]/, '[]') })),
      });
    }
    // The organisation both scans share, and the codebook, were matched, not copied twice.
    expect(into.prepare(`SELECT count(*) FROM organisation WHERE name = 'HZ University'`).pluck().get()).toBe(1);
    expect(into.prepare(`SELECT count(*) FROM dimension_value WHERE dimension = 'sector' AND code = 'C'`).pluck().get()).toBe(1);
    // The merged file's survey file is known by its hash.
    expect(into.prepare('SELECT count(*) FROM survey_file').pluck().get()).toBe(1);
    expect(into.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(into.pragma('foreign_key_check')).toEqual([]);
    // Found by the text search and in the filter index right away.
    expect(into.prepare(`SELECT count(*) FROM activity_text WHERE activity_text MATCH 'sensoren' AND rowid IN (SELECT id FROM activity WHERE scan_id IN (?, ?))`).pluck().get(merged[0]!.id, merged[1]!.id)).toBe(2);
  });

  it('replaces the scan of the same region and year when asked: it keeps its id, its old rows and history go', async () => {
    const { db: from, scans } = await source();
    const into = await target();
    const bytes = exportDatabase(from, scans);
    const first = commitMerge(into, readDatabase(bytes, 'a.sqlite'), new Map());
    const before = into.prepare('SELECT count(*) FROM activity').pluck().get() as number;
    const read = readDatabase(bytes, 'b.sqlite');
    const plan = planMerge(into, read);
    expect(plan.map((s) => s.existing?.id)).toEqual(first.map((m) => m.id));
    const again = commitMerge(into, read, mergeTargets(plan, () => 'replace'));
    expect(again.map((m) => [m.id, m.replaced])).toEqual(first.map((m) => [m.id, m.id]));
    expect(into.prepare('SELECT count(*) FROM activity').pluck().get()).toBe(before);
    const changes = history(into, { scan: again[0]!.id });
    expect(changes.filter((c) => c.origin === 'merge').map((c) => c.new)).toEqual(['b.sqlite']);
    // keep-both adds them again beside.
    const third = commitMerge(into, readDatabase(bytes, 'c.sqlite'), mergeTargets(planMerge(into, read), () => 'keep-both'));
    expect(third.every((m) => m.replaced === null && !first.some((f) => f.id === m.id))).toBe(true);
  });

  it('stops undo at the merge and refuses to replay the merged history, the database unchanged', async () => {
    const { db: from, scans } = await source();
    const into = await target();
    const [m] = commitMerge(into, readDatabase(exportDatabase(from, scans), 'z.sqlite'), new Map());
    const sum = dbChecksum(into);
    expect(() => undo(into)).toThrow(/merged database \(z\.sqlite\)/);
    const edit = history(into, { scan: m!.id }).find((c) => c.origin === 'edit')!;
    expect(() => revert(into, edit.change)).toThrow(/came with a merged database/);
    expect(dbChecksum(into)).toEqual(sum);
  });

  it('accepts the statistics tables of SQLite itself (a database that ran ANALYZE)', async () => {
    const { db: from, scans } = await source();
    from.exec('ANALYZE');
    const read = readDatabase(from.serialize(), 'analysed.sqlite');
    expect(read.scans.map((s) => s.id)).toEqual(scans);
  });

  it('reads a database of an older schema (migrated in memory only) and merges it', async () => {
    const old = new Database(':memory:');
    migrate(old, MIGRATIONS.filter((m) => m.version <= 3));
    old.prepare(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (7, 'Drenthe', 2019, 'Scan Drenthe 2019', '2019-05-01')`).run();
    old.prepare(`INSERT INTO initiative (id, scan_id, name) VALUES (3, 7, 'Drentse Hub')`).run();
    old.prepare(`INSERT INTO activity (id, scan_id, initiative_id, name) VALUES (4, 7, 3, 'Spreekuur')`).run();
    const read = readDatabase(old.serialize(), 'oud.sqlite');
    expect(read.version).toBe(3);
    const into = await target();
    const [m] = commitMerge(into, read, new Map());
    expect(into.prepare('SELECT title FROM scan WHERE id = ?').pluck().get(m!.id)).toBe('Scan Drenthe 2019');
  });

  it('lets one more table be carried by one more entry in the list (a database-wide table matched by a key)', async () => {
    const { db: from } = await source();
    from.prepare(`INSERT INTO goal (name, filter, target, created_at) VALUES ('Meer werken met studenten', '{}', 5, 'x'), ('Bestaand', '{}', NULL, 'y')`).run();
    const into = await target();
    into.prepare(`INSERT INTO goal (name, filter, created_at) VALUES ('Bestaand', '{"x":1}', 'z')`).run();
    const tables = [...TRANSFER_TABLES, { table: 'goal', where: '1', id: 'id', match: 'SELECT id FROM goal WHERE name = @name' }];
    into.transaction(() => writeTransferRows(into, readTransferRows(from, [1, 2], tables), { ids: 'remap' }, tables))();
    expect(into.prepare('SELECT name, filter, target FROM goal ORDER BY name').all()).toEqual([
      { name: 'Bestaand', filter: '{"x":1}', target: null },
      { name: 'Meer werken met studenten', filter: '{}', target: 5 },
    ]);
  });
});

describe('dbmerge channels', () => {
  it('previews in the worker, waits for a decision per scan that exists, merges once', async () => {
    const { db: from, scans } = await source();
    const into = await target();
    const data = exportDatabase(from, scans).toString('base64');
    commitMerge(into, readDatabase(Buffer.from(data, 'base64'), 'eerder.sqlite'), new Map());
    const reply = await dispatch(into, 'dbmerge.preview', { fileName: 'zeeland.sqlite', data }, TEST_ENV);
    if (!reply.ok) throw new Error(reply.error.message.en);
    const preview = { value: reply.value as DatabasePreview };
    expect(preview.value.scans.map((s) => [s.title, s.existing?.title])).toEqual([
      ['Regioscan Zeeland 2024', 'Regioscan Zeeland 2024'],
      ['Regioscan Zeeland 2025', 'Regioscan Zeeland 2025'],
    ]);
    const sum = dbChecksum(into);
    const undecided = await dispatch(into, 'dbmerge.commit', { previewId: preview.value.previewId, decisions: { '1': 'replace' } }, TEST_ENV);
    expect(undecided).toMatchObject({ ok: false, error: { code: 'merge-undecided' } });
    expect(dbChecksum(into)).toEqual(sum);
    const merged = await dispatch(into, 'dbmerge.commit', { previewId: preview.value.previewId, decisions: { '1': 'replace', '2': 'keep-both' } }, TEST_ENV);
    if (!merged.ok) throw new Error(merged.error.message.en);
    expect((merged.value as DatabaseMergeResult).scans.map((s) => s.replaced !== null)).toEqual([true, false]);
    const again = await dispatch(into, 'dbmerge.commit', { previewId: preview.value.previewId, decisions: {} }, TEST_ENV);
    expect(again).toMatchObject({ ok: false, error: { code: 'merge-preview-gone' } });
  });

  it('refuses a hostile file at the preview with one sentence', async () => {
    const into = await target();
    const reply = await dispatch(into, 'dbmerge.preview', { fileName: 'x.sqlite', data: Buffer.from('SQLite format 3\0' + 'x'.repeat(600)).toString('base64') }, TEST_ENV);
    expect(reply).toMatchObject({ ok: false, error: { code: 'database-damaged' } });
  });
});
