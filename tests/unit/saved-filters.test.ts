/** Saved filters: stored, renamed, duplicated, deleted; handed over as a file; honest about missing values. */
import { describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { SavedFilter } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { memoryDb, TEST_ENV } from '../helpers/db';

async function call<T>(db: Db, channel: string, args: unknown): Promise<T> {
  const res = await dispatch(db, channel, args, TEST_ENV);
  if (!res.ok) throw Object.assign(new Error(res.error.message.en), { code: res.error.code });
  return res.value as T;
}

async function withScan(region: string, year: number): Promise<{ db: Db; scanId: number }> {
  const db = await memoryDb();
  const scanId = Number(db.prepare(`INSERT INTO scan (region, year, title, imported_at) VALUES (?, ?, 't', 'now')`).run(region, year).lastInsertRowid);
  return { db, scanId };
}

const studentFilter = (scanId: number): Filter => ({
  ...emptyFilter([scanId]),
  conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }, { dimension: 'sector', mode: 'none', values: [{ unmapped: 'Toerisme' }] }],
});

describe('saved filters', () => {
  it('saves with name and note, renames, duplicates and deletes', async () => {
    const { db, scanId } = await withScan('Drenthe', 2023);
    const saved = await call<SavedFilter>(db, 'filters.save', { name: 'Studenten', note: 'voor overleg', filter: studentFilter(scanId) });
    expect(saved).toMatchObject({ name: 'Studenten', note: 'voor overleg', filter: studentFilter(scanId) });
    const renamed = await call<SavedFilter>(db, 'filters.save', { id: saved.id, name: 'Stages', filter: studentFilter(scanId) });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Stages', note: 'voor overleg' });
    const copy = await call<SavedFilter>(db, 'filters.duplicate', { id: saved.id });
    expect(copy.name).toBe('Stages (kopie)');
    await expect(call(db, 'filters.save', { name: 'Stages', filter: emptyFilter() })).rejects.toMatchObject({ code: 'name-taken' });
    expect((await call<SavedFilter[]>(db, 'filters.list', {})).map((f) => f.name)).toEqual(['Stages', 'Stages (kopie)']);
    await call(db, 'filters.delete', { id: copy.id });
    expect((await call<SavedFilter[]>(db, 'filters.list', {})).map((f) => f.name)).toEqual(['Stages']);
  });

  it('refuses a malformed filter at the contract', async () => {
    const { db } = await withScan('Drenthe', 2023);
    const res = await dispatch(db, 'filters.save', { name: 'x', filter: { ...emptyFilter(), conditions: [{ dimension: 'kleur', mode: 'any', values: [] }] } }, TEST_ENV);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('travels as a .regioscan-filter.json file, with its scan matched by region and year', async () => {
    const a = await withScan('Drenthe', 2023);
    const saved = await call<SavedFilter>(a.db, 'filters.save', { name: 'Studenten Drenthe', note: null, filter: studentFilter(a.scanId) });
    const file = await call<{ fileName: string; data: string }>(a.db, 'filters.export', { id: saved.id });
    expect(file.fileName).toBe('studenten-drenthe.regioscan-filter.json');
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'regioscan-filter', scans: [{ region: 'Drenthe', year: 2023 }] });

    const b = await withScan('Drenthe', 2023);
    b.db.prepare(`INSERT INTO scan (region, year, title, imported_at) VALUES ('Zeeland', 2023, 'z', 'now')`).run();
    const imported = await call<SavedFilter>(b.db, 'filters.import', { text });
    expect(imported.filter).toEqual(studentFilter(b.scanId));
    // The colleague's database has no unmapped "Toerisme": said, not failed.
    expect(imported.missing).toEqual(['“Toerisme”']);
  });

  it('notes scans the other database does not have, and refuses a file that is not a filter', async () => {
    const a = await withScan('Zeeland', 2021);
    const saved = await call<SavedFilter>(a.db, 'filters.save', { name: 'Z', filter: emptyFilter([a.scanId]) });
    const text = Buffer.from((await call<{ data: string }>(a.db, 'filters.export', { id: saved.id })).data, 'base64').toString('utf8');
    const b = await withScan('Drenthe', 2023);
    const imported = await call<SavedFilter>(b.db, 'filters.import', { text });
    expect(imported.filter).toMatchObject({ scans: [] });
    expect(imported.note).toContain('scan Zeeland 2021');
    await expect(call(b.db, 'filters.import', { text: '{"format":"iets anders"}' })).rejects.toMatchObject({ code: 'filter-file-unreadable' });
    await expect(call(b.db, 'filters.import', { text: 'niet eens json' })).rejects.toMatchObject({ code: 'filter-file-unreadable' });
  });
});
