/** `regioscan goals edit|compare|export|import` and `regioscan demand template`, run as a user would. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { GoalComparison, GoalsImportResult } from '../../src-shared/goals-model';
import type { GoalResult } from '../../src-shared/surveys-model';
import { cliOn } from '../helpers/run-cli';
import { tempDir } from '../helpers/db';
import { NOORD_NEDERLAND } from '../helpers/survey-fixture';

describe('regioscan goals (edit, compare, export, import) and demand template', () => {
  const dir = tempDir();
  const cli = cliOn(join(dir, 'a.sqlite'));
  const other = cliOn(join(dir, 'b.sqlite'));
  let scans: number[];
  let goal: GoalResult;

  beforeAll(async () => {
    expect((await cli(['import', NOORD_NEDERLAND])).code).toBe(0);
    expect((await cli(['import', NOORD_NEDERLAND, '--keep-both', '--region', 'Oost-Nederland', '--year', '2023'])).code).toBe(0);
    scans = (JSON.parse((await cli(['scans', '--json'])).out) as { id: number }[]).map((s) => s.id);
    const added = await cli(['goals', 'add', 'Studenten', '--where', 'type=werken-met-studenten', '--target', '50', '--json']);
    expect(added.code, added.err).toBe(0);
    goal = JSON.parse(added.out) as GoalResult;
  });

  it('edits a goal: name, target and minimum reach, and none clears one; undo takes it back', async () => {
    const edited = await cli(['goals', 'edit', String(goal.id), '--name', 'Studenten in het mkb', '--target', '1', '--min-reach', '10', '--json']);
    expect(edited.code, edited.err).toBe(0);
    expect(JSON.parse(edited.out)).toMatchObject({ id: goal.id, name: 'Studenten in het mkb', target: 1, minReach: 10, met: true, count: goal.count });
    const cleared = await cli(['goals', 'edit', String(goal.id), '--min-reach', 'none', '--json']);
    expect(JSON.parse(cleared.out)).toMatchObject({ target: 1, minReach: null });
    expect((await cli(['undo'])).code).toBe(0);
    expect((JSON.parse((await cli(['goals', '--json'])).out) as GoalResult[])[0]).toMatchObject({ minReach: 10 });
    const bad = await cli(['goals', 'edit', String(goal.id), '--target', 'veel']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--target/);
    const missing = await cli(['goals', 'edit', '999', '--target', '1']);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/999/);
  });

  it('compares each goal across the scans', async () => {
    const run = await cli(['goals', 'compare', '--json']);
    expect(run.code, run.err).toBe(0);
    const result = JSON.parse(run.out) as GoalComparison;
    expect(result.scans.map((s) => s.id)).toEqual(scans);
    expect(result.goals[0]!.perScan.map((s) => s.count)).toEqual([goal.count, goal.count].map((n) => n / 2));
    const text = await cli(['goals', 'compare', '--scan', String(scans[1])]);
    expect(text.out).toMatch(/Oost-Nederland 2023\s+\d+ activities/);
  });

  it('exports .xlsx and a goals file, which another database imports', async () => {
    const xlsx = join(dir, 'doelen.xlsx');
    const run = await cli(['goals', 'export', '--out', xlsx]);
    expect(run.code, run.err).toBe(0);
    const wb = XLSX.read(readFileSync(xlsx), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Doelen', 'Per scan', 'Activiteiten per doel', 'Over']);
    const json = join(dir, 'doelen.regioscan-goals.json');
    expect((await cli(['goals', 'export', '--out', json])).code).toBe(0);
    expect((await other(['import', NOORD_NEDERLAND])).code).toBe(0);
    const imported = await other(['goals', 'import', json, '--json']);
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out) as GoalsImportResult).toEqual({ imported: 1, names: ['Studenten in het mkb'], missingScans: [] });
    expect((JSON.parse((await other(['goals', '--json'])).out) as GoalResult[])[0]).toMatchObject({ name: 'Studenten in het mkb', target: 1, minReach: 10, count: goal.count / 2 });
    writeFileSync(join(dir, 'kapot.json'), '{"format":"regioscan-goals","version":1,"goals":[{"name":1}]}');
    const broken = await other(['goals', 'import', join(dir, 'kapot.json')]);
    expect(broken.code).not.toBe(0);
    expect(broken.err).toMatch(/doelenbestand is niet ingelezen/);
    expect((await cli(['goals', 'export', '--out', join(dir, 'doelen.pdf')])).code).toBe(1);
  });

  it('writes the demand template, which demand import reads as an empty table', async () => {
    const out = join(dir, 'vraag.xlsx');
    const run = await cli(['demand', 'template', '--out', out]);
    expect(run.code, run.err).toBe(0);
    const wb = XLSX.read(readFileSync(out), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Vraag', 'Toelichting']);
    const checked = await cli(['demand', 'import', out, '--dry-run', '--json']);
    expect(checked.code, checked.err).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({ status: 'checked', rows: 0, issues: [] });
    expect((await cli(['demand', 'template'])).code).toBe(1);
  });
});
