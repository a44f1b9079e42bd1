/**
 * The Impact screen's main side and its pure helpers: the rounds, the export for a meeting (read back
 * with the filter in words and every mean beside its count), the printable A4 pages through the
 * channel, and the renderer's helpers (mean text, greyed state, distribution, issues, referral text).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { emptyFilter } from '../../src-shared/filter';
import type { ExportedFile } from '../../src-shared/model';
import type { ImpactResult, NextDoorResult, SurveyImportReport, SurveyRound } from '../../src-shared/surveys-model';
import { distributionShares, meanState, meanText, surveyIssueViews } from '../../src-renderer/src/impact/impactFormat';
import { nextDoorText } from '../../src-renderer/src/ui/detail/nextDoorText';
import { pdfFonts, pdfText } from '../helpers/pdf-read';
import { dbWithScan, fillSurvey, templateRows } from '../helpers/survey-fixture';
import { callChannel } from '../helpers/channel';


const bytesOf = (file: ExportedFile) => Buffer.from(file.data!, 'base64');

/** A sheet's rows as arrays, empty cells null and trailing empty cells dropped. */
function sheetRows(sheet: XLSX.WorkSheet): (string | number | null)[][] {
  return XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null }).map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
}

/** A scan with responses in two rounds: activity A scored 4 and 2 on its first knelpunt (vooraf), 5 (achteraf). */
async function scanWithResponses() {
  const { db, scanId } = await dbWithScan();
  const { header, rows } = await templateRows(bytesOf(await callChannel<ExportedFile>(db, 'surveys.template', { scan: scanId })));
  const id = Number(rows[0]![0]);
  const code = (await callChannel<{ values: { bottleneck?: { code: string }[] } }>(db, 'query.activity', { id })).values.bottleneck![0]!.code;
  const vooraf = fillSurvey(header, [{ id, scores: { [code]: 4 } }, { id, scores: { [code]: 2 } }], { round: 'vooraf' });
  const achteraf = fillSurvey(header, [{ id, scores: { [code]: 5 } }], { round: 'achteraf' });
  const report = await callChannel<SurveyImportReport>(db, 'surveys.import', { files: [{ fileName: 'a.xlsx', base64: vooraf.toString('base64') }, { fileName: 'b.xlsx', base64: achteraf.toString('base64') }] });
  expect(report.written).toBe(true);
  return { db, scanId, id, code, rowCount: rows.length };
}

describe('the Impact screen, main side', () => {
  it('lists the rounds with their files and responses, in the order they were imported', async () => {
    const { db } = await scanWithResponses();
    expect(await callChannel<SurveyRound[]>(db, 'surveys.rounds', {})).toEqual([
      { round: 'vooraf', files: 1, responses: 2 },
      { round: 'achteraf', files: 1, responses: 1 },
    ]);
  });

  it('exports impact for a meeting: the filter and round in words, every mean beside its count, few marked, silent initiatives named', async () => {
    const { db, scanId, code } = await scanWithResponses();
    const filter = emptyFilter([scanId]);
    const file = await callChannel<ExportedFile>(db, 'export.impact', { filter, round: 'vooraf' });
    expect(file.fileName).toMatch(/^regioscan-impact-noord-nederland-2022-\d{4}-\d\d-\d\d\.xlsx$/);
    const wb = XLSX.read(bytesOf(file), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Per knelpunt', 'Per type', 'Per initiatief', 'Over deze export']);
    const sheet = sheetRows(wb.Sheets['Per knelpunt']!);
    expect(sheet[0]).toEqual(['Impact per knelpunt']);
    expect(sheet[1]).toEqual(['Scans', 'Noord-Nederland 2022']);
    expect(String(sheet[2]![1])).toContain('Noord-Nederland 2022');
    expect(sheet[3]).toEqual(['Ronde', 'vooraf']);
    const header = sheet[6]!;
    expect(header.slice(0, 6)).toEqual(['Knelpunt', 'Activiteiten gericht op dit knelpunt', 'Activiteiten met antwoorden', 'Antwoorden (1–5)', 'Gemiddelde (1–5)', 'Score 1']);
    const expected = await callChannel<ImpactResult>(db, 'surveys.impact', { filter, round: 'vooraf' });
    const line = expected.bottlenecks.find((b) => b.code === code)!;
    const row = sheet.find((r) => typeof r[0] === 'string' && r[0].startsWith(`${code}. `))!;
    const at = (name: string) => row[header.indexOf(name)];
    expect([at('Antwoorden (1–5)'), at('Gemiddelde (1–5)'), at('Score 2'), at('Score 4')]).toEqual([2, 3, 1, 1]);
    expect(at('Activiteiten gericht op dit knelpunt')).toBe(line.targetedActivities);
    expect(at('Let op')).toBe('minder dan 5 antwoorden: niet vergelijken');
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Over deze export']!, { header: 1 });
    const silent = about.find((r) => r[0] === 'Initiatieven zonder antwoorden')![1]!;
    expect(silent.split('; ')).toHaveLength(expected.byInitiative.filter((i) => i.responses === 0).length);
    // English on request; all rounds count three responses.
    const en = XLSX.read(bytesOf(await callChannel<ExportedFile>(db, 'export.impact', { filter, language: 'en' })), { type: 'buffer' });
    const enRows = sheetRows(en.Sheets['By bottleneck']!);
    expect(enRows[3]).toEqual(['Round', 'all rounds']);
    expect(enRows.find((r) => typeof r[0] === 'string' && r[0].startsWith(`${code}. `))![3]).toBe(3);
  });

  it('prints one A4 page per activity in the embedded font, targeted knelpunten marked', async () => {
    const { db, scanId } = await dbWithScan();
    const initiative = (db.prepare('SELECT id, name FROM initiative ORDER BY id LIMIT 1').get() as { id: number; name: string });
    const file = await callChannel<ExportedFile>(db, 'surveys.pages', { scan: scanId, initiative: initiative.id, round: 'achteraf' });
    expect(file.fileName).toMatch(new RegExp(`^regioscan-vragenlijst-${scanId}-${initiative.id}-\\d{4}-\\d\\d-\\d\\d\\.pdf$`));
    const activities = db.prepare('SELECT id FROM activity WHERE initiative_id = ?').all(initiative.id) as { id: number }[];
    const text = pdfText(bytesOf(file));
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(activities.length);
    for (const page of pages) {
      expect(page).toContain(`Initiatief: ${initiative.name}`);
      expect(page).toContain('Ronde: achteraf');
      expect(page).toContain('Volgende stap');
    }
    expect(pdfFonts(bytesOf(file)).every((f) => f.embedded && f.name.includes('DejaVuSans'))).toBe(true);
  });
});

describe('the Impact screen helpers', () => {
  it('writes a mean with two decimals in the language, and greys fewer than five responses', () => {
    expect(meanText(3.5, 'nl')).toBe('3,50');
    expect(meanText(3.5, 'en')).toBe('3.50');
    expect(meanText(null, 'nl')).toBeNull();
    expect([0, 1, 4, 5, 12].map((responses) => meanState({ responses }))).toEqual(['none', 'few', 'few', 'enough', 'enough']);
  });

  it('gives each score its share of the responses', () => {
    expect(distributionShares({ '1': 1, '2': 0, '3': 0, '4': 1, '5': 2 })).toEqual([0.25, 0, 0, 0.25, 0.5]);
    expect(distributionShares({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 })).toEqual([0, 0, 0, 0, 0]);
  });

  it('shows a survey file’s bad cells as import report rows with main’s message', () => {
    const rows = surveyIssueViews({ file: 'x.xlsx', status: 'refused', round: null, responses: 0, answers: 0, issues: [{ severity: 'error', sheet: 'Antwoorden', row: 3, column: 'E (1. Niet zelf bedacht)', value: '7', message: 'Een antwoord is 1 tot en met 5 of n.v.t., niet “7”.' }] });
    expect(rows).toEqual([{ severity: 'error', code: 'survey-cell', params: {}, message: 'Een antwoord is 1 tot en met 5 of n.v.t., niet “7”.', sheet: 'Antwoorden', row: 3, column: 'E (1. Niet zelf bedacht)', value: '7' }]);
  });

  it('writes Volgende deur as a referral text, one line per next door with its reason', () => {
    const result: Pick<NextDoorResult, 'suggestions'> = {
      suggestions: [
        { activityId: 2, activity: 'Data-scan', initiativeId: 9, initiative: 'Datalab', group: 'willen', bottlenecks: ['3'], reason: 'Sector: algemeen aanbod.', referrals: 1 },
        { activityId: 3, activity: 'Cursus', initiativeId: 8, initiative: 'Academie', group: 'willen', bottlenecks: ['4'], reason: 'Sector: Industrie.', referrals: 0 },
      ],
    };
    expect(nextDoorText('Na X (Y) kunt u hier verder:', result)).toBe('Na X (Y) kunt u hier verder:\n- Datalab: Data-scan — Sector: algemeen aanbod.\n- Academie: Cursus — Sector: Industrie.');
  });
});
