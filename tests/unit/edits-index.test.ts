/**
 * After an edit the activity index is updated in place, not rebuilt, and answers exactly as an index
 * built from scratch would: facets, pages in every order, initiatives, reach and year filters. An
 * added or deleted activity rebuilds it. Each case runs on the bundled sample scan.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { activityIndex, facetCounts, invalidateIndex, queryActivities, queryInitiatives } from '../../src-main/activities';
import type { Db } from '../../src-main/db/open';
import { addActivity, deleteActivity, editActivity, mergeInitiatives } from '../../src-main/edits';
import { undo } from '../../src-main/history';
import { writeScan } from '../../src-main/import/write-scan';
import { buildSampleScan } from '../../scripts/sample/build';
import { memoryDb } from '../helpers/db';

const FILTERS: Filter[] = [
  emptyFilter(),
  { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'any', values: ['A', 'C'] }] },
  { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'none', values: ['workshops'] }, { dimension: 'geography', mode: 'any', values: ['provincie-zeeland'] }] },
  { ...emptyFilter(), reach: { min: 100, known: 'known' }, startYear: { min: 2020 } },
];

function answers(db: Db) {
  return FILTERS.map((filter) => ({
    facets: facetCounts(db, { filter }),
    byName: queryActivities(db, { filter, sort: 'name', limit: 50 }),
    byReach: queryActivities(db, { filter, sort: 'reach', descending: true, limit: 50 }),
    initiatives: queryInitiatives(db, filter),
  }));
}

function fresh(db: Db) {
  invalidateIndex(db);
  return answers(db);
}

async function sample(): Promise<{ db: Db; ids: number[]; initiatives: number[] }> {
  const db = await memoryDb();
  writeScan(db, buildSampleScan(), [], { fileName: 'sample.xlsx', sha256: null });
  const ids = db.prepare('SELECT id FROM activity ORDER BY id').pluck().all() as number[];
  const initiatives = db.prepare('SELECT id FROM initiative ORDER BY id').pluck().all() as number[];
  answers(db);
  return { db, ids, initiatives };
}

describe('the index after an edit', () => {
  it('is the same object, updated in place, and answers as a rebuilt one (values, reach, year, name, initiative)', async () => {
    const { db, ids, initiatives } = await sample();
    let index = activityIndex(db);
    const edits: string[][] = [
      ['sector=A,C,J', 'type=workshops'],
      ['reach=5000', 'startYear=2023', 'geography=provincie-zeeland'],
      ['name=Aaa eerste naar voren', `initiative=${initiatives[3]}`],
      ['sector=', 'reach='],
    ];
    for (const [i, clauses] of edits.entries()) {
      editActivity(db, ids[i * 7]!, clauses);
      expect(activityIndex(db)).toBe(index);
      const incremental = answers(db);
      expect(incremental).toEqual(fresh(db));
      // fresh() rebuilt it; the next edit updates that one.
      index = activityIndex(db);
    }
  });

  it("takes a role's organisations in place, a new organisation too: organisation and role facets answer as rebuilt", async () => {
    const { db, ids } = await sample();
    const index = activityIndex(db);
    const organisations = index.organisations.size;
    const known = db.prepare('SELECT name FROM organisation ORDER BY id LIMIT 1 OFFSET 3').pluck().get() as string;
    editActivity(db, ids[5]!, [`uitvoerder=Nieuwe Organisatie BV;${known.toUpperCase()}`, 'financier=', 'extra.Opmerking=nagevraagd']);
    expect(activityIndex(db)).toBe(index);
    expect(index.organisations.size).toBe(organisations + 1);
    const incremental = answers(db);
    expect(incremental[0]!.facets.facets.organisation.find((o) => o.label === 'Nieuwe Organisatie BV')?.count).toBe(1);
    expect(incremental).toEqual(fresh(db));
  });

  it('follows an undo in place too', async () => {
    const { db, ids } = await sample();
    editActivity(db, ids[3]!, ['sector=A', 'reach=1']);
    const index = activityIndex(db);
    const before = answers(db);
    undo(db);
    // undo() alone does not touch the index; its channel does (history/handlers.ts), as refreshIndex here.
    const { refreshIndex } = await import('../../src-main/activities');
    expect(refreshIndex(db, { activities: [ids[3]!], values: [], organisations: [], scans: [] })).toBe(true);
    expect(activityIndex(db)).toBe(index);
    const after = answers(db);
    expect(after).not.toEqual(before);
    expect(after).toEqual(fresh(db));
  });

  it('is rebuilt when an activity is added or deleted, or initiatives merged', async () => {
    const { db, ids, initiatives } = await sample();
    const scan = db.prepare('SELECT id FROM scan').pluck().get() as number;
    const added = addActivity(db, { scan, initiative: String(initiatives[0]), name: 'Nieuw', clauses: ['sector=A'] });
    expect(answers(db)).toEqual(fresh(db));
    expect(activityIndex(db).position.has(added.id)).toBe(true);
    deleteActivity(db, ids[0]!);
    expect(answers(db)).toEqual(fresh(db));
    mergeInitiatives(db, initiatives[1]!, initiatives[2]!);
    expect(answers(db)).toEqual(fresh(db));
  });
});
