/**
 * The factsheet's sections fed by the other domains (issue 20): the region's goals with the white
 * spots inside them (src-main/goals, whitespots, demand), impact per knelpunt where there are survey
 * answers (src-main/surveys), and with `compare` what changed since the earlier scan (src-main/links).
 * Read back with pdftotext; the expected figures are counted here from the database with SQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTTLENECKS } from '../../src-shared/codebook';
import { emptyFilter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { addGoal } from '../../src-main/goals/goals';
import { changeReport } from '../../src-main/links';
import { buildFactsheet } from '../../src-main/report';
import { sampleDb } from '../helpers/sample-db';
import { writeData } from '../helpers/link-fixture';
import { ZEELAND_2020, ZEELAND_2022 } from '../helpers/link-scans';
import { literal, pageWith, pdfText } from '../helpers/pdf-read';

const DATE = new Date(Date.UTC(2026, 11, 3));
const options = { date: DATE, version: '0.0.0-test' };

let db: Db;
let scan: number;
beforeAll(async () => {
  ({ db, scan } = await sampleDb());
});

/** Activities of the scan with sector `sector` and knelpunt `bottleneck`, counted with SQL. */
function supply(sector: string, bottleneck: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) FROM activity a WHERE a.scan_id = ?
          AND EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value v ON v.id = av.value_id WHERE av.activity_id = a.id AND v.dimension = 'sector' AND v.code = ?)
          AND EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value v ON v.id = av.value_id WHERE av.activity_id = a.id AND v.dimension = 'bottleneck' AND v.code = ?)`,
      )
      .pluck()
      .get(scan, sector, bottleneck) as number
  );
}

describe('the factsheet sections other domains feed', () => {
  it('names the region’s goals with their counts and the white spots inside them', async () => {
    const goal = addGoal(db, { name: 'Data in de zorg', filter: { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'any', values: ['Q'] }] }, target: 50, minReach: null });
    const sheet = await buildFactsheet(db, { filter: emptyFilter([scan]), lang: 'nl' }, options);
    const page = pageWith(pdfText(sheet.bytes), 'Doelen van de regio en de witte vlekken die ertoe doen');
    expect(page).not.toBe('');
    expect(page).toMatch(new RegExp(`Data in de zorg\\s+${goal.count}\\s+50\\s+${goal.initiatives}\\s`));
    expect(page).toContain('niet gehaald');
    const empty = BOTTLENECKS.filter((b) => supply('Q', b.code) === 0);
    expect(empty.length).toBeGreaterThan(0);
    const spots = page.split('\n').filter((l) => /Sector: Gezondheids- en welzijnszorg · Knelpunten: /.test(l));
    expect(spots).toHaveLength(Math.min(empty.length, 12));
    for (const b of empty.slice(0, 12)) expect(page).toMatch(new RegExp(`Knelpunten: ${literal(b.nl)}\\s+Data in de zorg`));
    db.prepare('DELETE FROM goal').run();
  });

  it('gives impact per knelpunt from the survey answers to the activities it covers', async () => {
    const row = db
      .prepare(`SELECT av.activity_id AS activity, v.code AS code FROM activity_value av JOIN dimension_value v ON v.id = av.value_id JOIN activity a ON a.id = av.activity_id WHERE a.scan_id = ? AND v.dimension = 'bottleneck' ORDER BY a.id LIMIT 1`)
      .get(scan) as { activity: number; code: string };
    const without = await buildFactsheet(db, { filter: emptyFilter([scan]), lang: 'nl' }, options);
    expect(pdfText(without.bytes)).not.toContain('Impact per knelpunt');
    db.prepare(`INSERT INTO survey_file (id, sha256, file_name, round, responses, imported_at) VALUES (1, 'abc', 'antwoorden.xlsx', 'achteraf', 6, '2026-12-01')`).run();
    const scores = [4, 5, 4, 5, 3, 4];
    scores.forEach((score, i) => {
      db.prepare('INSERT INTO survey_response (id, file_id, activity_id, source_row) VALUES (?, 1, ?, ?)').run(i + 1, row.activity, i + 2);
      db.prepare('INSERT INTO survey_answer (response_id, bottleneck, score) VALUES (?, ?, ?)').run(i + 1, row.code, score);
    });
    const sheet = await buildFactsheet(db, { filter: emptyFilter([scan]), lang: 'nl' }, options);
    const page = pageWith(pdfText(sheet.bytes), 'Impact per knelpunt');
    const label = BOTTLENECKS.find((b) => b.code === row.code)!.nl;
    const mean = (scores.reduce((a, b) => a + b, 0) / scores.length).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    expect(page).toMatch(new RegExp(`${literal(`${row.code} ${label}`)}\\s+\\d+\\s+1\\s+6\\s+${literal(mean)}`));
    db.prepare('DELETE FROM survey_file').run();
  });

  it('with compare, says what changed since the earlier scan of the region, and leaves nothing out', async () => {
    const earlier = writeData(db, ZEELAND_2020);
    const later = writeData(db, ZEELAND_2022);
    const sheet = await buildFactsheet(db, { filter: emptyFilter([later]), compare: earlier, lang: 'nl' }, options);
    expect(sheet.omitted).toEqual([]);
    const text = pdfText(sheet.bytes);
    const page = pageWith(text, 'Wat is er veranderd sinds Zeeland 2020');
    expect(page).not.toBe('');
    // What `regioscan changes` reports for the pair (links counted as the links domain counts them).
    const report = changeReport(db, earlier, later, emptyFilter([earlier, later]));
    const i = report.initiatives;
    expect(i.new.length).toBeGreaterThan(0);
    expect(page).toMatch(new RegExp(`Initiatieven\\s+${i.new.length} nieuw · ${i.stopped.length} gestopt · ${i.continued.length} voortgezet`));
    expect(page).toMatch(new RegExp(`Activiteiten\\s+${report.activities.new} nieuw · ${report.activities.stopped} gestopt · ${report.activities.continued} voortgezet`));
    expect(page.replace(/\s+/g, ' ')).toContain(`Nieuwe initiatieven (${i.new.length}): ${i.new.map((x) => x.name).sort((a, b) => a.localeCompare(b, 'nl')).join(' · ')}`);
    const english = await buildFactsheet(db, { filter: emptyFilter([later]), compare: earlier, lang: 'en' }, options);
    expect(pdfText(english.bytes)).toContain('What changed since Zeeland 2020');
  });
});
