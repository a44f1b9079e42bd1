/**
 * The edit channels (src-main/edits/handlers.ts), called through dispatch as the renderer calls them:
 * arguments checked by the contract's schemas, values checked as `--set` checks them, each call one
 * change group that the screens' reads, the history and undo follow, and what each announces.
 */
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src-shared/contract';
import type { DataDomain } from '../../src-shared/data-domains';
import { emptyFilter } from '../../src-shared/filter';
import type { ActivityDetail, EditOutcome, FacetsResult, HistoryEntry, InitiativeDetail, UndoResult } from '../../src-shared/model';
import { onAppEvent } from '../../src-main/app-events';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { contentChecksum, importFixture, type Fixture } from '../helpers/history-fixture';

async function call<T>(db: Db, channel: string, args: unknown, env = TEST_ENV): Promise<T> {
  const res = await dispatch(db, channel, args, env);
  if (!res.ok) throw Object.assign(new Error(res.error.message.en), { code: res.error.code, nl: res.error.message.nl });
  return res.value as T;
}

async function fixture(): Promise<{ db: Db; f: Fixture }> {
  const db = await memoryDb();
  return { db, f: importFixture(db) };
}

const facets = (db: Db) => call<FacetsResult>(db, 'query.facets', { filter: emptyFilter() });
const count = async (db: Db, dim: keyof FacetsResult['facets'], code: string | null, label?: string) =>
  (await facets(db)).facets[dim].find((c) => c.code === code && (label === undefined || c.label === label))?.count ?? 0;
const activity = (db: Db, id: number) => call<ActivityDetail>(db, 'query.activity', { id });

describe('edits.activity', () => {
  it('sets fields and coded values as one change group that facets, history and undo follow', async () => {
    const { db, f } = await fixture();
    expect(await count(db, 'sector', 'A')).toBe(0);
    const before = contentChecksum(db);
    const out = await call<EditOutcome>(db, 'edits.activity', {
      id: f.activity.lab,
      set: { name: 'Open lab Vlissingen', reach: 150, reachUnit: 'deelnemers', startYear: null, values: { sector: ['A', 'C', { unmapped: 'Zeevaart' }], type: ['workshops'] } },
    });
    expect(out.group).not.toBeNull();
    expect(out.entries.map((e) => e.field).sort()).toEqual(['name', 'reach', 'reachUnit', 'sector', 'startYear', 'type']);
    const a = await activity(db, f.activity.lab);
    expect([a.name, a.reach, a.reachUnitCode, a.startYear]).toEqual(['Open lab Vlissingen', 150, 'deelnemers', null]);
    expect(a.values.sector!.map((v) => v.code ?? v.label)).toEqual(['A', 'C', 'Zeevaart']);
    expect(await count(db, 'sector', 'A')).toBe(1);
    expect(await count(db, 'sector', 'G')).toBe(0);
    expect(await count(db, 'type', 'workshops')).toBe(2);
    const history = await call<HistoryEntry[]>(db, 'history.list', { activity: f.activity.lab });
    expect(history.find((e) => e.field === 'sector')).toMatchObject({ origin: 'edit', old: 'C, G, Zeevaart', new: 'A, C, Zeevaart' });
    // One Ctrl+Z undoes the whole save.
    const undone = await call<UndoResult>(db, 'history.undo', {});
    expect(undone.undone.group).toBe(out.group);
    expect(contentChecksum(db)).toEqual(before);
    expect(await count(db, 'sector', 'A')).toBe(0);
  });

  it('removes an unmapped value when the picker drops it, and moves an activity to another initiative of its scan', async () => {
    const { db, f } = await fixture();
    expect(await count(db, 'sector', null, 'Zeevaart')).toBe(1);
    await call(db, 'edits.activity', { id: f.activity.lab, set: { values: { sector: ['C'] }, initiative: f.initiative.impuls } });
    expect(await count(db, 'sector', null, 'Zeevaart')).toBe(0);
    expect((await activity(db, f.activity.lab)).initiativeId).toBe(f.initiative.impuls);
    const impuls = await call<InitiativeDetail>(db, 'query.initiative', { id: f.initiative.impuls });
    expect(impuls.activityList.map((x) => x.name).sort()).toEqual(['Open lab', 'Subsidieloket']);
  });

  it('changes nothing and writes no group when nothing differs', async () => {
    const { db, f } = await fixture();
    const out = await call<EditOutcome>(db, 'edits.activity', { id: f.activity.lab, set: { name: 'Open lab', values: { type: ['faciliteiten'] } } });
    expect(out).toEqual({ id: f.activity.lab, group: null, entries: [] });
  });

  it('refuses bad input with one sentence and leaves the database as it was', async () => {
    const { db, f } = await fixture();
    const before = contentChecksum(db);
    const refused = async (args: unknown, code: string) => {
      await expect(call(db, 'edits.activity', args)).rejects.toMatchObject({ code });
      expect(contentChecksum(db)).toEqual(before);
    };
    // The contract's schema: shapes, ranges, keys.
    await refused({ id: f.activity.lab, set: { reach: -1 } }, 'invalid-arguments');
    await refused({ id: f.activity.lab, set: { startYear: 1800 } }, 'invalid-arguments');
    await refused({ id: f.activity.lab, set: { name: '  ' } }, 'invalid-arguments');
    await refused({ id: f.activity.lab, set: { colour: 'red' } }, 'invalid-arguments');
    await refused({ id: f.activity.lab, set: { values: { organisation: ['HZ'] } } }, 'invalid-arguments');
    // Main's checks: codes, one value where the method gives one, unmapped values the database keeps, the scan.
    await refused({ id: f.activity.lab, set: { values: { sector: ['ZZ'] } } }, 'refused-set');
    await refused({ id: f.activity.lab, set: { values: { type: ['workshops', 'subsidies'] } } }, 'refused-set');
    await refused({ id: f.activity.lab, set: { values: { sector: [{ unmapped: 'Visserij' }] } } }, 'refused-set');
    await refused({ id: f.activity.lab, set: { reachUnit: 'kilo' } }, 'refused-set');
    await refused({ id: 999, set: { name: 'x' } }, 'not-found');
    const other = importFixture(db, undefined, 'zeeland-2.xlsx');
    const after = contentChecksum(db);
    await expect(call(db, 'edits.activity', { id: f.activity.lab, set: { initiative: other.initiative.impuls } })).rejects.toMatchObject({ code: 'refused-set' });
    expect(contentChecksum(db)).toEqual(after);
    await expect(call(db, 'edits.activity', { id: f.activity.lab, set: { values: { type: ['a', 'b'] } } })).rejects.toMatchObject({ nl: expect.stringContaining('heeft geen code') });
  });

  it('is refused by a read-only server', async () => {
    const { db, f } = await fixture();
    await expect(call(db, 'edits.activity', { id: f.activity.lab, set: { name: 'x' } }, { ...TEST_ENV, readOnly: true })).rejects.toMatchObject({ code: 'read-only' });
  });
});

describe('edits.add, edits.delete, edits.deleteInitiative', () => {
  it('adds an activity to an initiative, or to a new initiative by name', async () => {
    const { db, f } = await fixture();
    const added = await call<EditOutcome & { initiative: number; createdInitiative: boolean }>(db, 'edits.add', { scan: f.scan, initiative: f.initiative.lab, name: 'Hackathon', set: { values: { type: ['netwerken'] } } });
    expect([added.initiative, added.createdInitiative]).toEqual([f.initiative.lab, false]);
    expect((await activity(db, added.id)).values.type!.map((v) => v.code)).toEqual(['netwerken']);
    const fresh = await call<EditOutcome & { initiative: number; createdInitiative: boolean }>(db, 'edits.add', { scan: f.scan, initiative: { name: 'Data Hub Zeeland' }, name: 'Spreekuur' });
    expect(fresh.createdInitiative).toBe(true);
    expect((await facets(db)).total).toBe(5);
    // A name that is already an initiative of the scan (case and spacing aside) adds to it.
    const again = await call<EditOutcome & { initiative: number; createdInitiative: boolean }>(db, 'edits.add', { scan: f.scan, initiative: { name: ' data hub  zeeland' }, name: 'Tweede' });
    expect([again.initiative, again.createdInitiative]).toEqual([fresh.initiative, false]);
    const other = importFixture(db, undefined, 'zeeland-2.xlsx');
    await expect(call(db, 'edits.add', { scan: f.scan, initiative: other.initiative.lab, name: 'x' })).rejects.toMatchObject({ code: 'refused-set' });
  });

  it('deletes an activity, and an initiative with all its activities, each undone in one step', async () => {
    const { db, f } = await fixture();
    const before = contentChecksum(db);
    await call(db, 'edits.delete', { id: f.activity.workshop });
    expect((await facets(db)).total).toBe(2);
    await call(db, 'history.undo', {});
    expect(contentChecksum(db)).toEqual(before);
    await call(db, 'edits.deleteInitiative', { id: f.initiative.lab });
    expect((await facets(db)).total).toBe(1);
    await expect(call(db, 'query.initiative', { id: f.initiative.lab })).rejects.toMatchObject({ code: 'not-found' });
    await call(db, 'history.undo', {});
    expect(contentChecksum(db)).toEqual(before);
    expect((await facets(db)).total).toBe(3);
  });
});

describe('edits.initiative and edits.merge', () => {
  it('sets and clears an initiative\'s fields', async () => {
    const { db, f } = await fixture();
    await call(db, 'edits.initiative', { id: f.initiative.lab, set: { website: 'https://lab.example', description: null, startYear: 2018 } });
    const lab = await call<InitiativeDetail>(db, 'query.initiative', { id: f.initiative.lab });
    expect([lab.website, lab.description, lab.startYear]).toEqual(['https://lab.example', null, 2018]);
    await expect(call(db, 'edits.initiative', { id: f.initiative.lab, set: { website: 'https://a b' } })).rejects.toMatchObject({ code: 'invalid-arguments' });
  });

  it('merges one initiative into another of its scan, undone in one step', async () => {
    const { db, f } = await fixture();
    const before = contentChecksum(db);
    await call(db, 'edits.merge', { keep: f.initiative.lab, other: f.initiative.impuls });
    expect((await facets(db)).initiatives).toBe(1);
    expect((await call<InitiativeDetail>(db, 'query.initiative', { id: f.initiative.lab })).activities).toBe(3);
    await call(db, 'history.undo', {});
    expect(contentChecksum(db)).toEqual(before);
    await expect(call(db, 'edits.merge', { keep: f.initiative.lab, other: f.initiative.lab })).rejects.toMatchObject({ code: 'refused-set' });
  });
});

describe('what the edit channels announce', () => {
  it('each write bumps the domains the data-domain table names, so the screens refetch', async () => {
    const { db, f } = await fixture();
    const seen: DataDomain[][] = [];
    const stop = onAppEvent(db, (e) => e.type === 'data-changed' && seen.push(e.domains));
    const calls: [Channel, unknown][] = [
      ['edits.activity', { id: f.activity.lab, set: { reach: 1 } }],
      ['edits.add', { scan: f.scan, initiative: f.initiative.lab, name: 'Nieuw' }],
      ['edits.initiative', { id: f.initiative.lab, set: { name: 'Lab' } }],
      ['edits.delete', { id: f.activity.workshop }],
      ['edits.merge', { keep: f.initiative.lab, other: f.initiative.impuls }],
      ['edits.deleteInitiative', { id: f.initiative.lab }],
    ];
    for (const [channel, args] of calls) await call(db, channel, args);
    stop();
    expect(seen).toEqual([
      ['activities', 'history'],
      ['activities', 'history'],
      ['activities', 'history'],
      ['activities', 'surveys', 'links', 'history'],
      ['activities', 'graph-positions', 'links', 'history'],
      ['activities', 'graph-positions', 'surveys', 'links', 'history'],
    ]);
  });
});
