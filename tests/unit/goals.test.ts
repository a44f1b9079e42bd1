/** Issue 19: regional goals measured against the scans, held against the SQL oracle. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../helpers/run-cli';
import type { Db } from '../../src-main/db/open';
import { addGoal, measureGoals } from '../../src-main/goals/goals';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { filterWhere } from '../oracle/filter-sql';
import { tempDir, TEST_ENV } from '../helpers/db';
import { dbWithScan, NOORD_NEDERLAND } from '../helpers/survey-fixture';

/** Count, initiatives and summed known reach of a filter, by plain SQL. */
function oracle(db: Db, filter: Filter) {
  const where = filterWhere(db, filter);
  return db.prepare(`SELECT count(*) AS count, count(DISTINCT a.initiative_id) AS initiatives, coalesce(sum(a.reach), 0) AS reach FROM activity a WHERE ${where.sql}`).get(...where.params) as { count: number; initiatives: number; reach: number };
}

describe('goals', () => {
  let db: Db;
  let scanId: number;
  beforeAll(async () => ({ db, scanId } = await dbWithScan()));

  it('gives each goal its count, initiatives and reach, and says whether its target is met', () => {
    const students: Filter = { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] };
    const data: Filter = { ...emptyFilter(), conditions: [{ dimension: 'form', mode: 'any', values: ['3'] }, { dimension: 'bottleneck', mode: 'any', values: ['6', '7'] }] };
    const truth = oracle(db, students);
    expect(truth.count).toBeGreaterThan(2);
    const a = addGoal(db, { name: 'Studenten in het mkb', filter: students, target: truth.count, minReach: null });
    expect(a).toMatchObject({ count: truth.count, initiatives: truth.initiatives, reach: truth.reach, met: true, target: truth.count });
    const b = addGoal(db, { name: 'Data en kennis', filter: data, target: oracle(db, data).count + 1, minReach: 0 });
    expect(b.met).toBe(false);
    const c = addGoal(db, { name: 'Bereik', filter: students, target: 1, minReach: truth.reach + 1 });
    expect(c.met).toBe(false);
    const d = addGoal(db, { name: 'Zonder doel', filter: data, target: null, minReach: null });
    expect(d.met).toBeNull();
    expect(measureGoals(db).map((g) => g.name)).toEqual(['Bereik', 'Data en kennis', 'Studenten in het mkb', 'Zonder doel']);
    // --scan replaces the goal's scans: in a scan that does not exist nothing matches.
    expect(measureGoals(db, [scanId]).find((g) => g.id === a.id)!.count).toBe(oracle(db, { ...students, scans: [scanId] }).count);
    expect(measureGoals(db, [scanId + 100]).every((g) => g.count === 0)).toBe(true);
    expect(() => addGoal(db, { name: 'studenten IN het MKB', filter: students, target: null, minReach: null })).toThrow(/already a goal named/);
  });

  it('adds, lists and deletes goals through the contract', async () => {
    const added = await dispatch(db, 'goals.add', { name: 'Via het contract', filter: emptyFilter(), target: 1 }, TEST_ENV);
    expect(added.ok).toBe(true);
    const listed = await dispatch(db, 'goals.list', {}, TEST_ENV);
    if (!listed.ok) throw new Error(listed.error.message.en);
    const goal = (listed.value as { id: number; name: string; count: number; met: boolean | null }[]).find((g) => g.name === 'Via het contract')!;
    expect(goal).toMatchObject({ count: oracle(db, emptyFilter()).count, met: true });
    const bad = await dispatch(db, 'goals.add', { name: '', filter: emptyFilter() }, TEST_ENV);
    expect(bad.ok).toBe(false);
    expect((await dispatch(db, 'goals.delete', { id: goal.id }, TEST_ENV)).ok).toBe(true);
  });
});

describe('regioscan goals', () => {
  const dir = tempDir();
  const file = join(dir, 'x.sqlite');
  const cli = cliOn(file);

  it('adds goals from filter options and lists them as JSON', async () => {
    const scan = (JSON.parse((await cli(['import', NOORD_NEDERLAND, '--json'])).out) as { scan: { id: number } }).scan.id;
    const added = await cli(['goals', 'add', 'Data-gedreven werken', '--where', 'vorm=Data', '--target', '3', '--min-reach', '200']);
    expect(added.code, added.err).toBe(0);
    const listed = await cli(['facets', '--where', 'vorm=Data', '--json']);
    const total = (JSON.parse(listed.out) as { total: number }).total;
    const goals = JSON.parse((await cli(['goals', '--scan', String(scan), '--json'])).out) as Record<string, unknown>[];
    expect(goals).toHaveLength(1);
    expect(Object.keys(goals[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'filter', 'target', 'count', 'initiatives', 'reach', 'met']));
    expect(goals[0]).toMatchObject({ name: 'Data-gedreven werken', target: 3, minReach: 200, count: total });
    expect(goals[0]!.met).toBe(total >= 3 && (goals[0]!.reach as number) >= 200);
    expect((goals[0]!.filter as Filter).conditions).toEqual([{ dimension: 'form', mode: 'any', values: ['3'] }]);
    const text = await cli(['goals']);
    expect(text.out).toMatch(/Data-gedreven werken: \d+ activities/);
  });

  it('refuses bad input in one sentence and changes nothing', async () => {
    const twice = await cli(['goals', 'add', 'data-GEDREVEN werken']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/Er is al een doel met de naam/);
    expect((await cli(['goals', 'add', 'X', '--target', 'veel'])).code).toBe(1);
    expect((await cli(['goals', 'add'])).code).toBe(1);
    expect((await cli(['goals', 'add', 'Y', '--where', 'nergens=iets'])).code).not.toBe(0);
    expect((await cli(['goals', 'remove', '999'])).code).toBe(2);
    expect(JSON.parse((await cli(['goals', '--json'])).out)).toHaveLength(1);
  });
});
