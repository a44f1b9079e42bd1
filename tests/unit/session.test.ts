/** session.get / session.set: where the user left off, kept in the database across restarts. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import { memoryDb, TEST_ENV } from '../helpers/db';

describe('the session channels', () => {
  it('start empty, merge what they are given and read it back', async () => {
    const db = await memoryDb();
    expect(await dispatch(db, 'session.get', {}, TEST_ENV)).toEqual({ ok: true, value: {} });
    await dispatch(db, 'session.set', { route: 'activiteiten', scans: [2, 1] }, TEST_ENV);
    const filter = { ...emptyFilter([1]), text: 'studenten' };
    await dispatch(db, 'session.set', { filter, map: { scans: '1,2', x: 0.4, y: 0.6, ratio: 0.5, angle: 0 } }, TEST_ENV);
    await dispatch(db, 'session.set', { route: 'ecosysteemkaart' }, TEST_ENV);
    expect(await dispatch(db, 'session.get', {}, TEST_ENV)).toEqual({
      ok: true,
      value: { route: 'ecosysteemkaart', scans: [2, 1], filter, map: { scans: '1,2', x: 0.4, y: 0.6, ratio: 0.5, angle: 0 } },
    });
    db.close();
  });

  it('refuse what does not fit and keep what was stored', async () => {
    const db = await memoryDb();
    await dispatch(db, 'session.set', { route: 'overzicht' }, TEST_ENV);
    for (const bad of [{ route: '../etc' }, { scans: [0] }, { map: { scans: '1', x: Number.NaN, y: 0, ratio: 1, angle: 0 } }, { map: { scans: '1', x: 0, y: 0, ratio: 0, angle: 0 } }, { other: 1 }]) {
      expect(await dispatch(db, 'session.set', bad as never, TEST_ENV)).toMatchObject({ ok: false });
    }
    expect(await dispatch(db, 'session.get', {}, TEST_ENV)).toEqual({ ok: true, value: { route: 'overzicht' } });
    db.close();
  });

  it('read a stored value part by part: a part that no longer fits is left out, not the whole', async () => {
    const db = await memoryDb();
    db.prepare(`INSERT INTO setting (key, value) VALUES ('session', ?)`).run(JSON.stringify({ route: 'vergelijken', scans: 'all', filter: { nonsense: true } }));
    expect(await dispatch(db, 'session.get', {}, TEST_ENV)).toEqual({ ok: true, value: { route: 'vergelijken' } });
    db.prepare(`UPDATE setting SET value = 'not json' WHERE key = 'session'`).run();
    expect(await dispatch(db, 'session.get', {}, TEST_ENV)).toEqual({ ok: true, value: {} });
    db.close();
  });

  it('is refused by a read-only serve (the place is then not remembered)', async () => {
    const db = await memoryDb();
    expect(await dispatch(db, 'session.set', { route: 'overzicht' }, { ...TEST_ENV, readOnly: true })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await dispatch(db, 'session.get', {}, { ...TEST_ENV, readOnly: true })).toEqual({ ok: true, value: {} });
    db.close();
  });
});
