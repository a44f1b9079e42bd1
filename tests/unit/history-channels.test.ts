/**
 * The history's contract channels, called through dispatch as the renderer calls them: the history
 * of a row, undo and redo of the newest change group, "zet terug", and what the screens read after.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { FacetsResult, HistoryEntry, UndoResult } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { withChangeGroup } from '../../src-main/history';
import { dispatch } from '../../src-main/rpc/dispatch';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { contentChecksum, importFixture, valueId, type Fixture } from '../helpers/history-fixture';

async function call<T>(db: Db, channel: string, args: unknown): Promise<T> {
  const res = await dispatch(db, channel, args, TEST_ENV);
  if (!res.ok) throw Object.assign(new Error(res.error.message.en), { code: res.error.code });
  return res.value as T;
}

/** The fixture, with the lab's sector G replaced by A in one edit. */
async function edited(): Promise<{ db: Db; f: Fixture }> {
  const db = await memoryDb();
  const f = importFixture(db);
  withChangeGroup(db, { origin: 'edit', label: 'sector', user: 'tester' }, () => {
    db.prepare('DELETE FROM activity_value WHERE activity_id = ? AND value_id = ?').run(f.activity.lab, valueId(db, 'sector', 'G'));
    db.prepare('INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)').run(f.activity.lab, valueId(db, 'sector', 'A'));
  });
  return { db, f };
}

const sectorCount = async (db: Db, code: string) => (await call<FacetsResult>(db, 'query.facets', { filter: emptyFilter() })).facets.sector.find((c) => c.code === code)?.count ?? 0;

describe('history channels', () => {
  it('history.list gives the entries of an activity, an initiative or a scan', async () => {
    const { db, f } = await edited();
    const entries = await call<HistoryEntry[]>(db, 'history.list', { activity: f.activity.lab });
    expect(entries.map((e) => [e.origin, e.user, e.activity, e.field, e.old, e.new])).toEqual([['edit', 'tester', f.activity.lab, 'sector', 'C, G, Zeevaart', 'A, C, Zeevaart']]);
    expect((await call<HistoryEntry[]>(db, 'history.list', { scan: f.scan })).map((e) => e.origin)).toEqual(['import', 'edit']);
    expect(await call<HistoryEntry[]>(db, 'history.list', { initiative: f.initiative.impuls })).toEqual([]);
    await expect(call(db, 'history.list', { activity: 0 })).rejects.toMatchObject({ code: 'invalid-arguments' });
    await expect(call(db, 'history.list', { activity: 999 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('history.undo and history.redo change the data the screens read, and say what they did', async () => {
    const { db, f } = await edited();
    // The index is built here, after the edit: a stale index would show in the facets after the undo.
    expect(await sectorCount(db, 'A')).toBe(1);
    const undone = await call<UndoResult>(db, 'history.undo', {});
    expect(undone.undone).toMatchObject({ origin: 'edit', label: 'sector', user: 'tester', changes: 1 });
    expect(undone.changes.activities).toEqual([f.activity.lab]);
    expect(await sectorCount(db, 'A')).toBe(0);
    expect(await sectorCount(db, 'G')).toBe(1);
    const redone = await call<UndoResult>(db, 'history.redo', {});
    expect(redone.undone.origin).toBe('undo');
    expect(await sectorCount(db, 'A')).toBe(1);
    expect(await call(db, 'history.redo', {})).toBeNull();
  });

  it('history.undo at the import refuses with one sentence and changes nothing', async () => {
    const db = await memoryDb();
    importFixture(db);
    const before = dbChecksum(db);
    await expect(call(db, 'history.undo', {})).rejects.toThrow(/^Cannot undo: the last change is an import \(zeeland-2024\.xlsx\)/);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('history.revert puts one change back, and a second time refuses', async () => {
    const { db, f } = await edited();
    const [entry] = await call<HistoryEntry[]>(db, 'history.list', { activity: f.activity.lab });
    const result = await call<UndoResult>(db, 'history.revert', { change: entry!.change });
    expect(result.changes.activities).toEqual([f.activity.lab]);
    expect(await sectorCount(db, 'G')).toBe(1);
    const origins = (await call<HistoryEntry[]>(db, 'history.list', { activity: f.activity.lab })).map((e) => e.origin);
    expect(origins).toEqual(['edit', 'revert']);
    await expect(call(db, 'history.revert', { change: entry!.change })).rejects.toThrow(/changed since/);
  });

  it('a scan renamed and a geography name placed in the app are recorded, and undone in stack order', async () => {
    const db = await memoryDb();
    const f = importFixture(db);
    const before = contentChecksum(db);
    await call(db, 'scans.rename', { id: f.scan, title: 'Zeeland herzien' });
    await call(db, 'geography.place', { value: 'Walcheren', parent: 'provincie-noord-brabant' });
    const entries = await call<HistoryEntry[]>(db, 'history.list', {});
    expect(entries.slice(1).map((e) => [e.origin, e.field, e.old, e.new])).toEqual([
      ['edit', `scan[${f.scan}].title`, 'Regioscan Zeeland 2024', 'Zeeland herzien'],
      ['edit', 'geography[Walcheren].parent', 'provincie-zeeland', 'provincie-noord-brabant'],
    ]);
    expect((await call<UndoResult>(db, 'history.undo', {})).undone.label).toBe('Walcheren → provincie-noord-brabant');
    expect((await call<UndoResult>(db, 'history.undo', {})).undone.label).toBe(`scan ${f.scan}`);
    expect(contentChecksum(db)).toEqual(before);
  });

  it('are refused on a read-only server, except the list', async () => {
    const { db, f } = await edited();
    const readOnly = { ...TEST_ENV, readOnly: true };
    expect((await dispatch(db, 'history.list', { activity: f.activity.lab }, readOnly)).ok).toBe(true);
    for (const channel of ['history.undo', 'history.redo']) expect(await dispatch(db, channel, {}, readOnly)).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });
});
