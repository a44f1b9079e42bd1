/** Issue 19: the survey round trip — template, filled by another writer, imported, impact with known means. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { activityIndex, B, codesByPosition } from '../../src-main/activities';
import { impact } from '../../src-main/surveys/impact';
import { createSurvey, importSurveys } from '../../src-main/surveys/surveys';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import { TEST_ENV } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';
import { readZip } from '../helpers/ooxml';
import { dbWithScan, fillSurvey, templateRows, type FilledRow } from '../helpers/survey-fixture';

describe('survey create', () => {
  let db: Db;
  let scanId: number;
  beforeAll(async () => ({ db, scanId } = await dbWithScan()));

  it('writes one pre-filled row per activity, the knelpunt headers 0–11, marks and validation', async () => {
    const { bytes, activities } = createSurvey(db, { scan: scanId, round: 'achteraf' });
    const { header, rows } = await templateRows(bytes);
    expect(header.slice(0, 3)).toEqual(['ID', 'Initiatief', 'Activiteit']);
    expect(header.slice(3, 15).map((h) => h.split('.')[0])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(header).toContain('6. Interne kennis');
    expect(header).toContain('11. Overig');
    expect(header[15]).toBe('Volgende stap');
    const index = activityIndex(db);
    const inScan = [...index.ids].filter((_id, p) => B.has(index.scanBits.get(scanId)!, p));
    expect(inScan.length).toBeGreaterThan(10);
    expect(activities).toBe(inScan.length);
    expect(rows.map((r) => r[0]).sort((a, b) => Number(a) - Number(b))).toEqual([...inScan].sort((a, b) => a - b));

    const parts = readZip(bytes);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    const styles = parts.find((p) => p.name === 'xl/styles.xml')!.data.toString('utf8');
    expect(sheet).toContain('<dataValidation type="list"');
    expect(sheet).toContain('"1,2,3,4,5,n.v.t."');
    // The styled answer cells: targeted ones with one style, the others with another; as many as the codes say.
    const bottlenecks = codesByPosition(index, 'bottleneck');
    const targeted = rows.reduce((n, r) => n + bottlenecks[index.position.get(Number(r[0]))!]!.length, 0);
    const styleCounts = new Map<string, number>();
    for (const m of sheet.matchAll(/<c r="[D-O]\d+" s="(\d+)"\/>/g)) styleCounts.set(m[1]!, (styleCounts.get(m[1]!) ?? 0) + 1);
    expect([...styleCounts.values()].sort((a, b) => a - b)).toEqual([targeted, rows.length * 12 - targeted].sort((a, b) => a - b));
    expect(styles).toContain('FFFFE699');
    expect(styles).toContain('FFD9D9D9');
    expect(parts.some((p) => p.name === 'xl/worksheets/sheet2.xml')).toBe(true);
  });

  it('makes a workbook for one initiative, and refuses an unknown scan or initiative in one sentence', () => {
    const index = activityIndex(db);
    const initiative = index.initiative[0]!;
    const own = [...index.initiative].filter((i) => i === initiative).length;
    expect(createSurvey(db, { scan: scanId, initiative, round: null }).activities).toBe(own);
    expect(() => createSurvey(db, { scan: 9999, round: null })).toThrow(/no scan with id 9999/);
    expect(() => createSurvey(db, { scan: scanId, initiative: 999999, round: null })).toThrow(/no initiative with id 999999/);
  });
});

describe('survey import and impact', () => {
  let db: Db;
  let scanId: number;
  let header: string[];
  /** Activities with at least two targeted knelpunten, and the knelpunten per id. */
  let picked: number[];
  let targets: Map<number, readonly string[]>;

  beforeAll(async () => {
    ({ db, scanId } = await dbWithScan());
    const template = await templateRows(createSurvey(db, { scan: scanId, round: null }).bytes);
    header = template.header;
    const index = activityIndex(db);
    const codes = codesByPosition(index, 'bottleneck');
    targets = new Map(template.rows.map((r) => [Number(r[0]), codes[index.position.get(Number(r[0]))!]!]));
    picked = [...targets].filter(([, t]) => t.length >= 2 && !t.includes('11')).slice(0, 3).map(([id]) => id);
    expect(picked).toHaveLength(3);
  });

  const untargetedOf = (id: number) => ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'].find((c) => !targets.get(id)!.includes(c))!;

  it('imports a workbook filled by another writer and gives the means it knows', async () => {
    const [a, b, c] = picked as [number, number, number];
    const [a1, a2] = targets.get(a)! as [string, string];
    const [b1] = targets.get(b)! as [string];
    // Activity a: three participants (three rows with one ID); b: one; c: only n.v.t. and a next step.
    const rows: FilledRow[] = [
      { id: a, scores: { [a1]: 4, [a2]: 'n.v.t.', [untargetedOf(a)]: 5 }, next: 'Marketing specialist' },
      { id: a, scores: { [a1]: 2, [a2]: 3 } },
      { id: String(a), scores: { [a1]: '5' } },
      { id: b, scores: { [b1]: 1 } },
      { id: c, scores: { [targets.get(c)![0]!]: 'nvt' }, next: 'Werkplaats' },
    ];
    const bytes = fillSurvey(header, rows, { round: 'achteraf' });
    const report = await importSurveys(db, [{ fileName: 'antwoorden-a.xlsx', bytes }], { round: null, lang: 'en' });
    expect(report.files[0]).toMatchObject({ status: 'imported', round: 'achteraf', responses: 5, issues: [] });

    // The expected figures, worked out from the rows above (per knelpunt: scores of activities that target it).
    const expected = new Map<string, number[]>();
    const untargeted = new Map<string, number[]>();
    for (const r of rows) {
      for (const [code, v] of Object.entries(r.scores)) {
        const score = typeof v === 'number' ? v : /^[1-5]$/.test(v) ? Number(v) : null;
        if (score === null) continue;
        const map = targets.get(Number(r.id))!.includes(code) ? expected : untargeted;
        map.set(code, [...(map.get(code) ?? []), score]);
      }
    }
    const result = impact(db, { filter: emptyFilter([scanId]), round: null });
    for (const line of result.bottlenecks) {
      const scores = expected.get(line.code) ?? [];
      expect(line.responses, line.code).toBe(scores.length);
      expect(line.mean, line.code).toBe(scores.length === 0 ? null : Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 100) / 100);
      expect(line.untargeted.responses).toBe((untargeted.get(line.code) ?? []).length);
      for (const s of [1, 2, 3, 4, 5] as const) expect(line.distribution[s]).toBe(scores.filter((x) => x === s).length);
    }
    // a1 by hand: 4, 2 and 5 → 3.67 (if b does not target it as well).
    if (!targets.get(b)!.includes(a1)) expect(result.bottlenecks.find((l) => l.code === a1)!.mean).toBe(3.67);
    const a2line = result.bottlenecks.find((l) => l.code === a2)!;
    expect(a2line.notApplicable).toBeGreaterThanOrEqual(1);
    const index = activityIndex(db);
    const initiativeOf = (id: number) => index.initiative[index.position.get(id)!]!;
    const ofA = result.byInitiative.find((i) => i.id === initiativeOf(a))!;
    expect(ofA.respondedActivities).toBeGreaterThanOrEqual(1);
    // c answered n.v.t. only: its initiative has no score unless a or b share it.
    if (initiativeOf(c) !== initiativeOf(a) && initiativeOf(c) !== initiativeOf(b)) expect(result.byInitiative.find((i) => i.id === initiativeOf(c))).toMatchObject({ responses: 0, mean: null });
    // Another round: nothing in it yet.
    expect(impact(db, { filter: emptyFilter([scanId]), round: 'vooraf' }).bottlenecks.every((l) => l.responses === 0)).toBe(true);
    expect(impact(db, { filter: emptyFilter([scanId]), round: 'achteraf' }).bottlenecks).toEqual(result.bottlenecks);

    // The same content again changes nothing; equal rows in another file are other responses.
    const before = dbChecksum(db);
    const again = await importSurveys(db, [{ fileName: 'renamed-copy.xlsx', bytes }], { round: 'vooraf', lang: 'en' });
    expect(again.files[0]).toMatchObject({ status: 'unchanged', round: 'achteraf' });
    expect(again.written).toBe(false);
    expect(dbChecksum(db)).toEqual(before);
    const second = fillSurvey(header, [rows[3]!], { round: 'achteraf' });
    const twice = await importSurveys(db, [{ fileName: 'b.xlsx', bytes: second }, { fileName: 'b-copy.xlsx', bytes: second }], { round: null, lang: 'en' });
    expect(twice.files.map((f) => f.status)).toEqual(['imported', 'unchanged']);
    expect(impact(db, { filter: emptyFilter([scanId]), round: null }).bottlenecks.find((l) => l.code === b1)!.distribution['1']).toBe((expected.get(b1) ?? []).filter((x) => x === 1).length + 1);
  });

  it('reports every bad cell with the import report shape and writes nothing', async () => {
    const [a] = picked as [number];
    const code = targets.get(a)![0]!;
    const good = fillSurvey(header, [{ id: a, scores: { [code]: 3 } }]);
    const bad = fillSurvey(
      header,
      [
        { id: a, scores: { [code]: 7 } },
        { id: 999999, scores: { [code]: 2 } },
        { id: a, scores: { [code]: 'veel' } },
      ],
      { headerEdit: (h) => (h.startsWith('6.') ? 'Interne kennis' : h) },
    );
    const before = dbChecksum(db);
    const report = await importSurveys(db, [{ fileName: 'good.xlsx', bytes: good }, { fileName: 'bad.xlsx', bytes: bad }], { round: null, lang: 'en' });
    expect(report.written).toBe(false);
    expect(report.files.map((f) => f.status)).toEqual(['checked', 'refused']);
    const issues = report.files[1]!.issues;
    for (const i of issues) expect(Object.keys(i).sort()).toEqual(['column', 'message', 'row', 'severity', 'sheet', 'value']);
    expect(issues.map((i) => [i.row, i.value])).toEqual([
      [1, 'Interne kennis'],
      [2, '7'],
      [3, '999999'],
      [4, 'veel'],
    ]);
    expect(issues[0]!.message).toMatch(/header .*changed/);
    expect(issues[2]!.message).toMatch(/no activity with ID 999999/);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('refuses a file without an Antwoorden sheet, and one that is no workbook, in one sentence', async () => {
    await expect(importSurveys(db, [{ fileName: 'x.xlsx', bytes: fillSurvey(['ID'], []).subarray(0, 0) }], { round: null, lang: 'en' })).rejects.toThrow(/is empty/);
    const { writeXlsx } = await import('../helpers/ooxml');
    await expect(importSurveys(db, [{ fileName: 'other.xlsx', bytes: writeXlsx([{ name: 'Blad1', rows: [['Naam']] }, { name: 'Blad2', rows: [['ID']] }]) }], { round: null, lang: 'en' })).rejects.toThrow(/has no sheet Antwoorden/);
  });

  it('reads a questionnaire saved as CSV (one sheet that starts with ID), and tells a CSV of something else', async () => {
    const [a] = picked as [number];
    const code = targets.get(a)![0]!;
    const csv = [header.join(';'), header.map((h) => (h === 'ID' ? String(a) : h.startsWith(`${code}.`) ? '4' : '')).join(';')].join('\r\n');
    const report = await importSurveys(db, [{ fileName: 'antwoorden.csv', bytes: Buffer.from(csv, 'utf8') }], { round: 'csv', lang: 'en' });
    expect(report.files[0]).toMatchObject({ status: 'imported', responses: 1, answers: 1 });
    expect(impact(db, { filter: emptyFilter(), round: 'csv' }).bottlenecks.find((l) => l.code === code)).toMatchObject({ responses: 1, mean: 4 });
    await expect(importSurveys(db, [{ fileName: 'lijst.csv', bytes: Buffer.from('Naam;Score\r\nx;4', 'utf8') }], { round: null, lang: 'en' })).rejects.toThrow(/has no sheet Antwoorden/);
  });
});

describe('responses of a deleted scan', () => {
  it('go with it, and the same file may then be read again (its IDs now unknown, so reported)', async () => {
    const { db, scanId } = await dbWithScan();
    const { header, rows } = await templateRows(createSurvey(db, { scan: scanId, round: null }).bytes);
    const id = Number(rows[0]![0]);
    const bytes = fillSurvey(header, [{ id, scores: { '0': 3 } }]);
    expect((await importSurveys(db, [{ fileName: 'a.xlsx', bytes }], { round: null, lang: 'en' })).files[0]!.status).toBe('imported');
    expect((await importSurveys(db, [{ fileName: 'a.xlsx', bytes }], { round: null, lang: 'en' })).files[0]!.status).toBe('unchanged');
    expect((await dispatch(db, 'scans.delete', { id: scanId }, TEST_ENV)).ok).toBe(true);
    const again = await importSurveys(db, [{ fileName: 'a.xlsx', bytes }], { round: null, lang: 'en' });
    expect(again.files[0]).toMatchObject({ status: 'refused', issues: [{ value: String(id) }] });
  });

  it('refuses a round on the Toelichting sheet longer than a round may be', async () => {
    const { db, scanId } = await dbWithScan();
    const { header, rows } = await templateRows(createSurvey(db, { scan: scanId, round: null }).bytes);
    const bytes = fillSurvey(header, [{ id: Number(rows[0]![0]), scores: { '0': 3 } }], { round: 'r'.repeat(101) });
    const report = await importSurveys(db, [{ fileName: 'a.xlsx', bytes }], { round: null, lang: 'en' });
    expect(report.files[0]).toMatchObject({ status: 'refused', issues: [{ sheet: 'Toelichting', message: expect.stringMatching(/longer than 100/) }] });
    expect((await importSurveys(db, [{ fileName: 'a.xlsx', bytes }], { round: 'achteraf', lang: 'en' })).files[0]!.status).toBe('imported');
  });
});

describe('the survey channels', () => {
  it('hand out the template, read it back filled and give the impact through the contract', async () => {
    const { db, scanId } = await dbWithScan();
    const template = await dispatch(db, 'surveys.template', { scan: scanId, round: 'tijdens' }, TEST_ENV);
    if (!template.ok) throw new Error(template.error.message.en);
    const file = template.value as { fileName: string; data: string };
    expect(file.fileName).toMatch(/^regioscan-vragenlijst-\d+-\d{4}-\d\d-\d\d\.xlsx$/);
    const { header, rows } = await templateRows(Buffer.from(file.data, 'base64'));
    const id = Number(rows[0]![0]);
    const code = codesByPosition(activityIndex(db), 'bottleneck')[activityIndex(db).position.get(id)!]![0]!;
    const filled = fillSurvey(header, [{ id, scores: { [code]: 2 } }], { round: 'tijdens' });
    const imported = await dispatch(db, 'surveys.import', { files: [{ fileName: 'a.xlsx', base64: filled.toString('base64') }] }, TEST_ENV);
    expect(imported.ok && imported.value).toMatchObject({ written: true, files: [{ status: 'imported', round: 'tijdens' }] });
    const result = await dispatch(db, 'surveys.impact', { filter: emptyFilter([scanId]), round: 'tijdens' }, TEST_ENV);
    if (!result.ok) throw new Error(result.error.message.en);
    expect((result.value as { bottlenecks: { code: string; responses: number; mean: number | null }[] }).bottlenecks.find((b) => b.code === code)).toMatchObject({ responses: 1, mean: 2 });
    const refused = await dispatch(db, 'surveys.import', { files: [{ fileName: 'x.xlsx', base64: Buffer.from('not a workbook').toString('base64') }] }, TEST_ENV);
    expect(refused.ok).toBe(false);
  });
});
