/**
 * An analyst follows impact in the real UI: creates the response workbook (and its A4 pages) on the Impact screen,
 * has it filled by a spreadsheet that is not SheetJS (the raw OOXML writer of tests/helpers), imports
 * it, reads the means with their response counts (checked against what this test filled), imports
 * the same file again (nothing changes) and a bad one (the bad cell in the report table), then opens
 * the activity and sees its Volgende deur with the referral a participant reported.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityDetail } from '../../src-shared/model';
import type { NextDoorResult } from '../../src-shared/surveys-model';
import { callChannel } from '../helpers/channel';
import { pdfText } from '../helpers/pdf-read';
import { fillSurvey, templateRows, type FilledRow } from '../helpers/survey-fixture';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { download, openScreen } from './steps';

const mean = (scores: number[]) => (Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('Impact and Volgende deur in a real browser', () => {
  const h = useBrowserApp({ prepare: withSampleScan });
  const call = <T,>(channel: string, args: unknown) => callChannel<T>(h.db, channel, args);
  const responses = () => (h.db.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n;

  let filled: Buffer;
  let first: { id: number; name: string; codes: string[] };
  let second: { id: number; codes: string[] };
  let door: NextDoorResult['suggestions'][number];
  /** What the test fills: per knelpunt, the targeted scores it expects back. */
  const expected = new Map<string, number[]>();

  it('says there are no responses yet, and creates the response workbook for the scan', async () => {
    await openScreen(h.page, 'impact');
    await h.page.getByTestId('impact-empty').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('impact-silent').innerText()).toMatch(/Nog geen antwoorden van 33 initiatieven/);
    await h.page.getByTestId('impact-survey-round').fill('vooraf');
    const template = await templateRows((await download(h.page, 'impact-survey-workbook')).bytes);
    expect(template.header.slice(0, 4)).toEqual(['ID', 'Initiatief', 'Activiteit', '0. Probleemsignalering en vraagarticulatie']);
    expect(template.rows).toHaveLength(100);
    // The same questionnaire on paper for one initiative: one A4 page per activity, the round printed on each.
    const initiative = String(template.rows[0]![1]);
    await h.page.getByTestId('impact-survey-initiative').click();
    await h.page.getByRole('option', { name: initiative, exact: true }).click();
    const pages = pdfText((await download(h.page, 'impact-survey-pages')).bytes).split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(template.rows.filter((r) => r[1] === initiative).length);
    expect(pages.every((p) => p.includes(`Initiatief: ${initiative}`) && p.includes('Ronde: vooraf') && p.includes('Volgende stap'))).toBe(true);

    // Two activities of the template, each with the knelpunten it targets (as the detail panel shows them).
    const withCodes = await Promise.all(
      template.rows.slice(0, 40).map(async (r) => {
        const detail = await call<ActivityDetail>('query.activity', { id: Number(r[0]) });
        return { id: Number(r[0]), name: String(r[2]), codes: (detail.values.bottleneck ?? []).map((v) => v.code).filter((c): c is string => c !== null && c !== '11') };
      }),
    );
    // The first: an activity with a next door; the second: one that targets a knelpunt the first does not.
    const doors = await Promise.all(withCodes.map((a) => call<NextDoorResult>('nextdoor.suggest', { activity: a.id })));
    const at = doors.findIndex((d) => d.suggestions.length > 0);
    expect(at).toBeGreaterThanOrEqual(0);
    first = withCodes[at]!;
    door = doors[at]!.suggestions[0]!;
    second = withCodes.find((a) => a.id !== first.id && a.codes.some((c) => !first.codes.includes(c)))!;
    expect(second).toBeDefined();

    // Six participants of the first activity on its first knelpunt (one n.v.t. and one untargeted score too);
    // two of the second activity on a knelpunt the first does not target: a mean of two, greyed.
    const a = first.codes[0]!;
    const b = second.codes.find((c) => !first.codes.includes(c))!;
    const untargeted = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].find((c) => !first.codes.includes(c))!;
    const aScores = [5, 4, 4, 3, 5, 2];
    const rows: FilledRow[] = aScores.map((s, i) => ({ id: first.id, scores: { [a]: s, ...(i === 0 ? { [untargeted]: 1 } : {}), ...(i === 1 && first.codes[1] ? { [first.codes[1]]: 'n.v.t.' } : {}) }, ...(i === 2 ? { next: door.initiative } : {}) }));
    rows.push({ id: second.id, scores: { [b]: 3 } }, { id: second.id, scores: { [b]: 4 } });
    expected.set(a, aScores);
    expected.set(b, [...(expected.get(b) ?? []), 3, 4]);
    // The questionnaire's own round, as the Toelichting sheet of the created workbook names it.
    filled = fillSurvey(template.header, rows, { round: 'vooraf' });
  });

  it('imports the filled workbook and shows every mean with its number of responses, few greyed', async () => {
    await h.page.getByTestId('impact-import-input').setInputFiles({ name: 'antwoorden-noord.xlsx', mimeType: 'application/octet-stream', buffer: filled });
    const report = h.page.getByTestId('impact-import-report');
    await report.waitFor({ timeout: 20_000 });
    expect(await report.innerText()).toContain('antwoorden-noord.xlsx: ingelezen — 8 antwoorden (ronde vooraf)');
    expect(responses()).toBe(8);
    for (const [code, scores] of expected) {
      const cell = h.page.getByTestId(`impact-mean-${code}`);
      await expect.poll(() => cell.innerText(), { timeout: 20_000 }).toContain(`n = ${scores.length}`);
      expect(await cell.innerText()).toContain(mean(scores));
      expect(await cell.getAttribute('data-state')).toBe(scores.length < 5 ? 'few' : 'enough');
      if (scores.length < 5) expect(await cell.innerText()).toContain('minder dan 5 antwoorden');
    }
    // Knelpunten nobody answered show no mean, with n = 0 beside the dash.
    const silentCode = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].find((c) => !expected.has(c))!;
    expect(await h.page.getByTestId(`impact-mean-${silentCode}`).innerText()).toBe('– (n = 0)');
    // The untargeted score is apart, not in the knelpunt's row.
    expect(await h.page.getByTestId('impact-untargeted').innerText()).toContain('n = 1');
    // The round selector offers the imported round.
    await h.page.getByTestId('impact-round').click();
    await h.page.getByRole('option', { name: 'vooraf (8 antwoorden)' }).click();
    await expect.poll(() => h.page.getByTestId('impact-summary').innerText()).toContain('ronde vooraf');
    await expectAccessible(h.page, 'impact');
    await screenshot(h.page, 'impact-screen');
  });

  it('imports the same file again, twice at once, and says nothing changed; a bad cell is shown in the report table and nothing is imported', async () => {
    // Two files picked at once (the input takes several): each is reported.
    await h.page.getByTestId('impact-import-input').setInputFiles([
      { name: 'nog-eens.xlsx', mimeType: 'application/octet-stream', buffer: filled },
      { name: 'tweede.xlsx', mimeType: 'application/octet-stream', buffer: filled },
    ]);
    await expect.poll(() => h.page.getByTestId('impact-import-report').innerText(), { timeout: 20_000 }).toContain('nog-eens.xlsx: dit bestand is al eerder ingelezen — er is niets veranderd');
    expect(await h.page.getByTestId('impact-import-report').innerText()).toContain('tweede.xlsx: dit bestand is al eerder ingelezen');
    expect(responses()).toBe(8);
    const bad = fillSurvey((await templateRows(filled)).header, [{ id: first.id, scores: { [first.codes[0]!]: 7 } }]);
    await h.page.getByTestId('impact-import-input').setInputFiles({ name: 'fout.xlsx', mimeType: 'application/octet-stream', buffer: bad });
    await h.page.getByTestId('impact-import-issues-0').waitFor({ timeout: 20_000 });
    expect(await h.page.getByTestId('impact-import-report').innerText()).toContain('Niets ingelezen');
    expect(await h.page.getByTestId('impact-import-issues-0').innerText()).toContain('7');
    expect(responses()).toBe(8);
    await screenshot(h.page, 'impact-import-refused');
  });

  it('opens the activity and shows its Volgende deur with the reason and the referral participants reported', async () => {
    await openScreen(h.page, 'activiteiten');
    await h.page.getByTestId('filter-text').fill(first.name);
    await h.page.getByTestId(`open-activity-${first.id}`).click({ timeout: 20_000 });
    const section = h.page.getByTestId('detail-nextdoor');
    await section.waitFor({ timeout: 20_000 });
    const item = h.page.getByTestId(`nextdoor-${door.activityId}`);
    expect(await item.innerText()).toContain(`${door.initiative}: ${door.activity}`);
    expect(await item.innerText()).toContain(door.reason);
    expect(await item.getByTestId('nextdoor-referrals').innerText()).toBe('1 keer genoemd door deelnemers');
    expect(await h.page.getByTestId('nextdoor-reported').innerText()).toContain(`${door.initiative} (1×)`);
    await section.scrollIntoViewIfNeeded();
    await expectAccessible(h.page, 'activity detail with next door');
    await screenshot(h.page, 'impact-nextdoor');
  });
});
