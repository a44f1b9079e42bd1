/**
 * The Beleidsdoelen screen's main side: goals edited and deleted as undoable change groups (origin
 * goal), compared across scans, exported as .xlsx and as a goals file another database imports, and
 * the demand table's template read back by the demand reader.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Db } from '../../src-main/db/open';
import { readDemand } from '../../src-main/demand/read-demand';
import { demandTemplateXlsx, DEMAND_HEADERS, DEMAND_SHEET } from '../../src-main/demand/template';
import { importDemand } from '../../src-main/demand/demand';
import { compareGoals } from '../../src-main/goals/compare';
import { goalsXlsx } from '../../src-main/goals/export';
import { goalsFile, importGoalsFile } from '../../src-main/goals/goal-file';
import { addGoal, measureGoals, removeGoal, updateGoal } from '../../src-main/goals/goals';
import { history, undo } from '../../src-main/history';
import { readWorkbook } from '../../src-main/import';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { scanLabels } from '../../src-main/scans';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { filterWhere } from '../oracle/filter-sql';
import { memoryDb } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';
import { dbWithScan, NOORD_NEDERLAND } from '../helpers/survey-fixture';

const students: Filter = { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] };

function oracleCount(db: Db, filter: Filter): number {
  const where = filterWhere(db, filter);
  return (db.prepare(`SELECT count(*) AS n FROM activity a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** The sample imported a second time as another region and year (two scans to compare). */
async function secondScan(db: Db): Promise<number> {
  const prepared = await prepareImport(db, readFileSync(NOORD_NEDERLAND), 'oost.xlsx', { region: 'Oost-Nederland', year: 2023 });
  return commitImport(db, prepared, () => 'keep-both')[0]!.scanId;
}

describe('goal writes are change groups', () => {
  let db: Db;
  beforeAll(async () => ({ db } = await dbWithScan()));

  it('records add, edit and delete with origin goal, and undo takes each back', () => {
    const goal = addGoal(db, { name: 'Studenten', filter: students, target: 100, minReach: null });
    expect(goal.met).toBe(false);
    const edited = updateGoal(db, goal.id, { name: 'Studenten in het mkb', filter: students, target: 1, minReach: 10 });
    expect(edited).toMatchObject({ name: 'Studenten in het mkb', target: 1, minReach: 10, met: true });
    const entries = history(db, {}).filter((e) => e.origin === 'goal');
    expect(entries.map((e) => e.field)).toEqual(expect.arrayContaining([`goal[${goal.id}]`, `goal[${goal.id}].name`, `goal[${goal.id}].target`, `goal[${goal.id}].minReach`]));
    expect(entries.find((e) => e.field === `goal[${goal.id}].target`)).toMatchObject({ old: 100, new: 1 });

    expect(undo(db)!.undone.origin).toBe('goal');
    expect(measureGoals(db).find((g) => g.id === goal.id)).toMatchObject({ name: 'Studenten', target: 100, minReach: null });
    expect(removeGoal(db, goal.id)).toEqual({ deleted: 1 });
    expect(measureGoals(db)).toEqual([]);
    undo(db);
    expect(measureGoals(db).map((g) => g.name)).toEqual(['Studenten']);
    undo(db);
    expect(measureGoals(db)).toEqual([]);
    expect(removeGoal(db, goal.id)).toEqual({ deleted: 0 });
  });

  it('refuses an edit to a name another goal has, and changes nothing', () => {
    const a = addGoal(db, { name: 'A', filter: students, target: null, minReach: null });
    const b = addGoal(db, { name: 'B', filter: students, target: null, minReach: null });
    const groups = history(db, {}).length;
    expect(() => updateGoal(db, b.id, { name: 'a', filter: students, target: 2, minReach: null })).toThrow(/already a goal named/);
    expect(() => updateGoal(db, 9999, { name: 'C', filter: students, target: null, minReach: null })).toThrow(/no goal with ID 9999/);
    expect(history(db, {}).length).toBe(groups);
    expect(measureGoals(db).map((g) => [g.name, g.target])).toEqual([['A', null], ['B', null]]);
    removeGoal(db, a.id);
    removeGoal(db, b.id);
  });
});

describe('goals across scans, exported and shared', () => {
  let db: Db;
  let first: number;
  let second: number;
  beforeAll(async () => {
    ({ db, scanId: first } = await dbWithScan());
    second = await secondScan(db);
    addGoal(db, { name: 'Studenten', filter: { ...students, scans: [first] }, target: 5, minReach: 100 });
    addGoal(db, { name: 'Kennis', filter: { ...emptyFilter(), conditions: [{ dimension: 'bottleneck', mode: 'any', values: ['6'] }] }, target: null, minReach: null });
  });

  it('measures each goal in each scan on its own', () => {
    const result = compareGoals(db, [first, second]);
    expect(result.scans.map((s) => s.label)).toEqual([scanLabels(db)(first), scanLabels(db)(second)]);
    expect(result.scans[1]!.label).toContain('Oost-Nederland 2023');
    for (const goal of result.goals) {
      const stored = measureGoals(db).find((g) => g.id === goal.id)!;
      expect(goal.perScan.map((s) => s.count)).toEqual([first, second].map((scan) => oracleCount(db, { ...stored.filter, scans: [scan] })));
      expect(goal.perScan.map((s) => s.scan)).toEqual([first, second]);
    }
    // The same content in both scans: the same figures.
    expect(result.goals[1]!.perScan[0]).toMatchObject({ count: result.goals[1]!.perScan[1]!.count, reach: result.goals[1]!.perScan[1]!.reach });
  });

  it('writes the goals, the per-scan figures and the serving activities to .xlsx', async () => {
    const goals = measureGoals(db, [first, second]);
    const bytes = goalsXlsx(db, goals, compareGoals(db, [first, second]), { version: 't', date: new Date('2026-12-03T12:00:00Z'), lang: 'nl', scanLabel: scanLabels(db) });
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Doelen', 'Per scan', 'Activiteiten per doel', 'Over']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Doelen!);
    const studenten = rows.find((r) => r.Doel === 'Studenten')!;
    const g = goals.find((x) => x.name === 'Studenten')!;
    expect(studenten).toMatchObject({ Activiteiten: g.count, Initiatieven: g.initiatives, 'Bereik (bekend)': g.reach, Gehaald: g.met ? 'gehaald' : 'niet gehaald', 'Streefaantal activiteiten': 5, 'Minimaal bereik': 100 });
    expect(String(studenten.Filter)).toContain('Werken met studenten');
    expect(XLSX.utils.sheet_to_json(wb.Sheets['Per scan']!)).toHaveLength(4);
    const serving = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Activiteiten per doel']!);
    expect(serving.filter((r) => r.Doel === 'Kennis')).toHaveLength(goals.find((x) => x.name === 'Kennis')!.count);
    // No formula anywhere.
    const formulas = wb.SheetNames.flatMap((name) => Object.entries(wb.Sheets[name]!).filter(([key, cell]) => !key.startsWith('!') && (cell as XLSX.CellObject).f !== undefined));
    expect(formulas).toEqual([]);
    expect((await readWorkbook(bytes, 'doelen.xlsx')).grids.map((gr) => gr.name)).toContain('Doelen');
  });

  it('hands the goals to another database by file, scans by region and year', async () => {
    const file = goalsFile(db);
    expect(file.fileName).toMatch(/\.regioscan-goals\.json$/);
    const other = await memoryDb();
    const prepared = await prepareImport(other, readFileSync(NOORD_NEDERLAND), 'noord.xlsx');
    const otherScan = commitImport(other, prepared, () => 'keep-both')[0]!.scanId;
    addGoal(other, { name: 'Kennis', filter: emptyFilter(), target: null, minReach: null });
    const result = importGoalsFile(other, file.text);
    expect(result).toEqual({ imported: 2, names: ['Kennis (2)', 'Studenten'], missingScans: [] });
    const imported = measureGoals(other).find((g) => g.name === 'Studenten')!;
    expect(imported.filter.scans).toEqual([otherScan]);
    expect(imported).toMatchObject({ target: 5, minReach: 100, count: measureGoals(db).find((g) => g.name === 'Studenten')!.count });
    // One change group for the whole file: one undo removes both.
    expect(undo(other)!.undone.origin).toBe('goal');
    expect(measureGoals(other).map((g) => g.name)).toEqual(['Kennis']);
  });

  it('refuses a goals file with anything wrong in it, naming it, and stores nothing', async () => {
    const other = await memoryDb();
    const good = JSON.parse(goalsFile(db).text) as { goals: Record<string, unknown>[] };
    const bad = (edit: (f: typeof good) => unknown) => JSON.stringify(edit(structuredClone(good)));
    expect(() => importGoalsFile(other, 'not json')).toThrow(/not a readable Regioscan goals file/);
    expect(() => importGoalsFile(other, bad((f) => ({ ...f, goals: [{ ...f.goals[0], target: '5' }] })))).toThrow(/goals file was not read/);
    expect(() => importGoalsFile(other, bad((f) => ({ ...f, goals: [{ ...f.goals[0], colour: 'red' }] })))).toThrow(/goals file was not read/);
    expect(() => importGoalsFile(other, bad((f) => ({ ...f, format: 'regioscan-filter' })))).toThrow(/goals file was not read/);
    expect(measureGoals(other)).toEqual([]);
    // A scan this database lacks is reported, not dropped silently.
    const result = importGoalsFile(other, goalsFile(db).text);
    expect(result.missingScans).toEqual(['Noord-Nederland 2022']);
  });
});

describe('the demand template', () => {
  it('is read by the demand reader: empty as written, and its rows once filled in', async () => {
    const bytes = demandTemplateXlsx('nl');
    const { grids } = await readWorkbook(bytes, 'sjabloon.xlsx');
    expect(grids[0]!.name).toBe(DEMAND_SHEET);
    expect(grids[0]!.rows[0]).toEqual([...DEMAND_HEADERS]);
    expect(readDemand(grids, 'nl')).toEqual({ rows: [], issues: [] });
    expect(grids.find((g) => g.name === 'Toelichting')!.rows.some((r) => r[0] === 'Gewicht')).toBe(true);
    // Filled in by another writer (raw OOXML), as a user's spreadsheet would save it.
    const filled = writeXlsx([{ name: DEMAND_SHEET, rows: [[...DEMAND_HEADERS], ['R', 'micro', 'Data', '6. Interne kennis', 120, 'enquête'], ['C', null, null, 3, '15%', null]] }]);
    const { db } = await dbWithScan();
    const report = await importDemand(db, { fileName: 'vraag.xlsx', bytes: filled }, { lang: 'nl' });
    expect(report).toMatchObject({ status: 'imported', rows: 2, issues: [] });
    expect(demandTemplateXlsx('en').length).toBeGreaterThan(0);
  });
});
