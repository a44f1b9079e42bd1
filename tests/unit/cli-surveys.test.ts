/** `regioscan survey create|import` and `regioscan impact` as a person runs them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedForBlock, runCli } from '../helpers/run-cli';
import { fileChecksum } from '../helpers/db-checksum';
import { fillSurvey, NOORD_NEDERLAND, templateRows } from '../helpers/survey-fixture';

const cli = runCli;

describe('regioscan survey and impact', () => {
  const sample = importedForBlock(NOORD_NEDERLAND);

  const checksum = () => fileChecksum(sample.path);

  it('creates the workbook, imports it filled, and reports impact', async () => {
    const out = join(sample.dir, 'vragenlijst.xlsx');
    const created = await cli(['survey', 'create', '--scan', String(sample.scan), '--round', 'achteraf', '--out', out, '--db', sample.path]);
    expect(created.code, created.err).toBe(0);
    const { header, rows } = await templateRows(readFileSync(out));
    expect(created.out).toContain(`${rows.length} activities`);
    // Pick an activity and one knelpunt it targets from the list the CLI itself gives.
    const listed = JSON.parse((await cli(['list', '--db', sample.path, '--scan', String(sample.scan), '--json'])).out) as { id: number; bottleneck: string[] }[];
    const target = listed.find((a) => a.bottleneck.length > 0 && a.bottleneck[0] !== '11')!;
    const code = target.bottleneck[0]!;
    const filled = join(sample.dir, 'ingevuld.xlsx');
    writeFileSync(filled, fillSurvey(header, [{ id: target.id, scores: { [code]: 5 } }, { id: target.id, scores: { [code]: 2 } }], { round: 'achteraf' }));

    const first = await cli(['survey', 'import', filled, '--db', sample.path, '--json']);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ written: true, files: [{ file: 'ingevuld.xlsx', status: 'imported', round: 'achteraf', responses: 2, answers: 2, issues: [] }] });
    const before = await checksum();
    const again = await cli(['survey', 'import', filled, '--round', 'vooraf', '--db', sample.path, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ written: false, files: [{ status: 'unchanged' }] });
    expect(await checksum()).toEqual(before);

    const impact = await cli(['impact', '--db', sample.path, '--scan', String(sample.scan), '--round', 'achteraf', '--json']);
    expect(impact.code, impact.err).toBe(0);
    const result = JSON.parse(impact.out) as { bottlenecks: { code: string; label: string; targetedActivities: number; respondedActivities: number; responses: number; mean: number | null; distribution: Record<string, number> }[]; byType: unknown[]; byInitiative: { responses: number }[] };
    const line = result.bottlenecks.find((b) => b.code === code)!;
    expect(line).toMatchObject({ respondedActivities: 1, responses: 2, mean: 3.5, distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 } });
    expect(line.targetedActivities).toBe(listed.filter((a) => a.bottleneck.includes(code)).length);
    expect(result.byType.length).toBeGreaterThan(0);
    expect(result.byInitiative.filter((i) => i.responses > 0)).toHaveLength(1);
    // The filter options narrow it: activities without this knelpunt have no responses.
    const narrowed = JSON.parse((await cli(['impact', '--db', sample.path, '--where', `knelpunt!=${code}`, '--json'])).out) as typeof result;
    expect(narrowed.bottlenecks.every((b) => b.responses === 0)).toBe(true);
    const text = await cli(['impact', '--db', sample.path]);
    expect(text.out).toMatch(/No responses yet: /);
  });

  it('refuses bad cells with exit 2, the report on stdout and the database unchanged', async () => {
    const { header } = await templateRows(readFileSync(join(sample.dir, 'vragenlijst.xlsx')));
    const bad = join(sample.dir, 'fout.xlsx');
    writeFileSync(bad, fillSurvey(header, [{ id: 424242, scores: { '6': 9 } }]));
    const before = await checksum();
    const res = await cli(['survey', 'import', bad, '--db', sample.path, '--json']);
    expect(res.code).toBe(2);
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(res.err).toMatch(/Niets ingelezen: fout\.xlsx heeft 2 fouten/);
    const report = JSON.parse(res.out) as { files: { status: string; issues: { value: string }[] }[] };
    expect(report.files[0]!.status).toBe('refused');
    expect(report.files[0]!.issues.map((i) => i.value)).toEqual(['9', '424242']);
    expect(await checksum()).toEqual(before);
  });

  it('answers wrong words with one sentence', async () => {
    expect((await cli(['survey', 'create', '--scan', '999', '--out', join(sample.dir, 'y.xlsx'), '--db', sample.path])).code).toBe(2);
    const noOut = await cli(['survey', 'create', '--scan', String(sample.scan), '--db', sample.path]);
    expect(noOut.code).toBe(1);
    expect(noOut.err).toMatch(/--out BESTAND\.xlsx/);
    expect((await cli(['survey', 'send', '--db', sample.path])).code).toBe(1);
    const many = await cli(['survey', 'import', ...Array.from({ length: 51 }, (_v, i) => join(sample.dir, `f${i}.xlsx`)), '--db', sample.path]);
    expect(many.code).toBe(1);
    expect(many.err).toMatch(/hooguit 50 bestanden/);
    expect((await cli(['survey', 'import', join(sample.dir, 'missing.xlsx'), '--db', sample.path])).code).toBe(2);
    const round = await cli(['impact', '--round', ' ', '--db', sample.path]);
    expect(round.code).toBe(1);
    expect(round.err).toMatch(/Een ronde is een naam/);
  });
});
