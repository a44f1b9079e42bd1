/**
 * The import report (docs/workbook-format.md §4) for every planted deviation, re-import (§5), and refused files
 * that must leave the database exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src-main/errors';
import { readWorkbook } from '../../src-main/import/read-workbook';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { facetCounts } from '../../src-main/activities/facets';
import { emptyFilter } from '../../src-shared/filter';
import { importMessage } from '../../src-shared/import-messages';
import { memoryDb } from '../helpers/db';
import {
  activity,
  activityNames,
  codes,
  counts,
  expectedReport,
  fixture,
  importFixture,
  importInto,
  initiatives,
  organisations,
  providers,
  r,
  report,
  scans,
  snapshot,
  storedParams,
  storedReport,
} from '../fixtures/import-harness';

// ---------------------------------------------------------------------------------------------
// (i) Report cases

const REPORT_CASES = [
  // Initiatieven
  r('warning', 'duplicate-initiative', 'Initiatieven', 5, null, null),
  r('error', 'no-initiative', 'Initiatieven', 6, null, 'Initiatief zonder naam | https://x.example.nl | 2020'),
  // Activiteiten
  r('unmapped', 'unmapped-value', 'Activiteiten', 2, 'D (Sector)', 'C. Industrie; Toerisme'),
  r('error', 'no-activity-name', 'Activiteiten', 3, null, 'Kasteel.gro'),
  r('error', 'no-initiative', 'Activiteiten', 4, null, 'Losse workshop'),
  r('error', 'unknown-type', 'Activiteiten', 5, 'C (Type activiteit)', 'Hackaton'),
  r('warning', 'duplicate-activity', 'Activiteiten', 7, null, 'Groningen Digital Business Centre / studententeams'),
  r('warning', 'near-spelling', 'Activiteiten', 9, 'C (Type activiteit)', 'Werken met studenen'),
  r('error', 'missing-type', 'Activiteiten', 10, null, 'Kasteel.gro / Zonder type'),
  // Aanbieders
  r('error', 'provider-unknown-activity', 'Aanbieders', 6, null, 'Kasteel.gro / Bestaat niet / Noorderpoort'),
  r('warning', 'provider-all-activities', 'Aanbieders', 7, null, 'MKB Cyber Campus / Economic Board Groningen'),
  r('warning', 'provider-without-role', 'Aanbieders', 8, null, 'Noorderpoort'),
  r('unmapped', 'unmapped-value', 'Aanbieders', 9, 'E (Rol)', 'Financier; Sponsor'),
  // The same organisation given two types within the file: reported where the second stands.
  r('warning', 'organisation-type-conflict', 'Aanbieders', 10, 'D (Type organisatie)', 'Onderwijsinstelling'),
  // Created where an activity first names it.
  r('warning', 'initiative-created', 'Activiteiten', 8, null, 'MKB Cyber Campus'),
  // Whole scan
  r('warning', 'initiative-without-activities', null, null, null, null),
];

describe('import report for every kind of deviation (report-cases.xlsx)', () => {
  it('lists exactly the planted deviations, returned and stored with the scan', async () => {
    const { db, results } = await importFixture('report-cases.xlsx');
    expect(results).toHaveLength(1);
    const { scanId, issues } = results[0]!;
    expect(report(issues)).toEqual(expectedReport(REPORT_CASES));
    expect(storedReport(db, scanId)).toEqual(expectedReport(REPORT_CASES));
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(6);

    expect(storedParams(db, scanId, 'unknown-type')).toEqual([{ text: 'Hackaton', activity: 'Hackathon' }]);
    expect(storedParams(db, scanId, 'missing-type')).toEqual([{ activity: 'Zonder type' }]);
    expect(storedParams(db, scanId, 'duplicate-activity')).toEqual([{ activity: 'Studententeams', initiative: 'Groningen Digital Business Centre' }]);
    expect(storedParams(db, scanId, 'duplicate-initiative')).toEqual([{ initiative: 'Kasteel.gro' }]);
    expect(storedParams(db, scanId, 'initiative-created')).toEqual([{ initiative: 'MKB Cyber Campus' }]);
    expect(storedParams(db, scanId, 'initiative-without-activities')).toEqual([{ initiative: 'Werkplaats Online Ondernemen Groningen' }]);
    expect(storedParams(db, scanId, 'unmapped-value')).toEqual([
      { text: 'Toerisme', dimension: 'Sector' },
      { text: 'Sponsor', dimension: 'Rol' },
    ]);
    expect(storedParams(db, scanId, 'near-spelling')).toEqual([{ text: 'Werken met studenen', label: 'Werken met studenten', dimension: 'Type activiteit' }]);
    expect(storedParams(db, scanId, 'provider-all-activities')).toEqual([{ organisation: 'Economic Board Groningen', count: 1, initiative: 'MKB Cyber Campus' }]);
    expect(storedParams(db, scanId, 'organisation-type-conflict')).toEqual([{ organisation: 'Rijksuniversiteit Groningen', kept: 'kennisinstelling', text: 'Onderwijsinstelling' }]);
    // The message is stored in English and can be shown in Dutch from code + params.
    const stored = db.prepare(`SELECT message, params FROM import_issue WHERE scan_id = ? AND code = 'unknown-type'`).get(scanId) as { message: string; params: string };
    expect(stored.message).toBe('Activity type "Hackaton" matches none of the 12 types; activity "Hackathon" not imported.');
    expect(importMessage('unknown-type', JSON.parse(stored.params) as Record<string, string>, 'nl')).toBe(
      'Type activiteit "Hackaton" past bij geen van de 12 typen; activiteit "Hackathon" niet geïmporteerd.',
    );
    // Issues about one activity are linked to it.
    const linked = db
      .prepare(`SELECT a.name FROM import_issue i JOIN activity a ON a.id = i.activity_id WHERE i.scan_id = ? AND i.code = 'near-spelling'`)
      .all(scanId);
    expect(linked).toEqual([{ name: 'Studentenonderzoek' }]);
  });

  it('imports the rest of the scan: errors are left out, warnings taken with a change, unmapped values kept', async () => {
    const { db, results } = await importFixture('report-cases.xlsx');
    const { scanId } = results[0]!;
    expect(results[0]!.counts).toEqual({ initiatives: 4, activities: 4, organisations: 5 });
    expect(counts(db)).toEqual({ initiatives: 4, activities: 4, organisations: 5 });
    expect(scans(db)).toMatchObject([{ region: 'Groningen', year: 2021, title: 'Regioscan Groningen 2021' }]);
    // Rows with errors are not imported.
    expect(activityNames(db)).toEqual(['Cyberweerbaarheidsscan', 'Practoraat Veilige Apparatuur', 'Studentenonderzoek', 'Studententeams']);
    // The initiative missing from Initiatieven is created; the duplicate initiative row is merged.
    expect(initiatives(db).map((i) => [i.name, i.description, i.start_year])).toEqual([
      ['Groningen Digital Business Centre', 'Studenten helpen ondernemers', 2018],
      ['Kasteel.gro', 'Praktoraat en lab', 2018],
      ['MKB Cyber Campus', null, null],
      ['Werkplaats Online Ondernemen Groningen', 'Nog zonder activiteiten', 2019],
    ]);
    // Duplicate activity: one activity, values of both rows, the first reach.
    expect(codes(db, 'Studententeams')).toEqual({ type: ['werken-met-studenten'], sector: ['G', 'J'], bottleneck: ['6', '7'], technology: ['app'] });
    expect(activity(db, 'Studententeams')).toMatchObject({ initiative: 'Groningen Digital Business Centre', name: 'Studententeams', reach: 12 });
    // Near spelling of the type: taken.
    expect(codes(db, 'Studentenonderzoek')).toEqual({ type: ['werken-met-studenten'], sector: ['C'], bottleneck: ['7'] });
    // Unknown closed value kept (code null); new open-list values (goal, application, technology) are new entries, not errors.
    expect(codes(db, 'Practoraat Veilige Apparatuur')).toEqual({
      type: ['onderzoek'], sector: ['?Toerisme', 'C'], bottleneck: ['6'], goal: ['Weerbaarheid'], application: ['Drones'], technology: ['Quantum computing', 'ai'],
    });
    expect(activity(db, 'Practoraat Veilige Apparatuur').reach).toBe(20);
    expect(db.prepare(`SELECT dimension, code, label_nl FROM dimension_value WHERE kind = 'open' ORDER BY dimension`).all()).toEqual([
      { dimension: 'application', code: 'Drones', label_nl: 'Drones' },
      { dimension: 'goal', code: 'Weerbaarheid', label_nl: 'Weerbaarheid' },
      { dimension: 'technology', code: 'Quantum computing', label_nl: 'Quantum computing' },
    ]);
    const facets = facetCounts(db, { filter: emptyFilter([scanId]) });
    expect(facets.facets.sector.filter((f) => f.code === null)).toEqual([{ code: null, label: 'Toerisme', count: 1 }]);
    expect(facets.facets.role.filter((f) => f.code === null).sort((a, b) => a.label.localeCompare(b.label))).toEqual([
      { code: null, label: 'rol onbekend', count: 1 },
      { code: null, label: 'Sponsor', count: 1 },
    ]);
    // "Hanzehogeschool Groningen", "hanzehogeschool  groningen" and "HANZEHOGESCHOOL GRONINGEN" are one organisation.
    expect(organisations(db)).toEqual([
      'Economic Board Groningen|ontwikkelingsmaatschappij',
      'Gemeente Groningen|gemeente',
      'Hanzehogeschool Groningen|onderwijsinstelling',
      'Noorderpoort|onderwijsinstelling',
      'Rijksuniversiteit Groningen|kennisinstelling',
    ]);
    expect(providers(db, 'Practoraat Veilige Apparatuur')).toEqual([
      'Gemeente Groningen|gemeente|Sponsor',
      'Gemeente Groningen|gemeente|financier',
      'Hanzehogeschool Groningen|onderwijsinstelling|uitvoerder',
      'Noorderpoort|onderwijsinstelling|',
    ]);
    expect(providers(db, 'Studententeams')).toEqual(['Hanzehogeschool Groningen|onderwijsinstelling|initiatiefnemer', 'Rijksuniversiteit Groningen|kennisinstelling|uitvoerder']);
    expect(providers(db, 'Cyberweerbaarheidsscan')).toEqual([
      'Economic Board Groningen|ontwikkelingsmaatschappij|financier',
      'Hanzehogeschool Groningen|onderwijsinstelling|contact',
      'Rijksuniversiteit Groningen|kennisinstelling|uitvoerder',
    ]);
    expect(facets.facets.organisation.find((f) => f.label === 'Hanzehogeschool Groningen')).toEqual({ code: 'Hanzehogeschool Groningen', label: 'Hanzehogeschool Groningen', count: 3 });
  });

  // Merging a duplicate activity keeps one value per single-valued dimension (the first row's); the
  // later row's different value is kept as an unmapped value and reported, never silently lost.
  it('a merged duplicate activity keeps one type, one geography and one effort', async () => {
    const { db } = await importFixture('duplicate-conflict.xlsx');
    const values = codes(db, 'Dubbele activiteit');
    expect(values.type).toEqual(['?Werken met studenten', 'signaleren']);
    expect(values.geography).toEqual(['?Provincie Zeeland', 'provincie-drenthe']);
    expect(values.effort).toEqual(['?Hoog', 'laag']);
  });
  it('a duplicate activity with conflicting values is still reported and merged into one', async () => {
    const { db, results } = await importFixture('duplicate-conflict.xlsx');
    const rows = report(results[0]!.issues);
    expect(rows.filter((x) => x.code === 'duplicate-activity')).toEqual([r('warning', 'duplicate-activity', 'Activiteiten', 3, null, 'Dubbel Initiatief / Dubbele activiteit')]);
    // Each differing field of the later row is reported with what was written there.
    expect(rows.filter((x) => x.code !== 'duplicate-activity').map((x) => `${x.code} ${x.row} ${x.value}`).sort()).toEqual(
      ['20', '2021', 'Hoog', 'Provincie Zeeland', 'Werken met studenten'].map((v) => `conflicting-value 3 ${v}`).sort(),
    );
    expect(rows).toHaveLength(6);
    expect(counts(db)).toEqual({ initiatives: 1, activities: 2, organisations: 0 });
    expect(activity(db, 'Dubbele activiteit')).toMatchObject({ reach: 10, start_year: 2020 });
    expect(codes(db, 'Enkele activiteit')).toEqual({ type: ['kennisplatform'], geography: ['provincie-zeeland'], effort: ['middel'] });
  });
});

// ---------------------------------------------------------------------------------------------
// §5 Re-import

describe('re-import (docs/workbook-format.md §5)', () => {
  it("'replace' keeps one scan with the same id and swaps its content", async () => {
    const db = await memoryDb();
    const first = await importInto(db, 'canonical-nl.xlsx');
    const scanId = first.results[0]!.scanId;
    const before = snapshot(db);
    const asked: { id: number; title: string }[] = [];
    const prepared = await prepareImport(db, fixture('canonical-nl.xlsx'), 'canonical-nl.xlsx');
    const results = commitImport(db, prepared, (_scan, existing) => {
      asked.push(existing);
      return 'replace';
    });
    expect(asked).toEqual([{ id: scanId, title: 'Regioscan Drenthe 2022' }]);
    expect(results.map((x) => x.scanId)).toEqual([scanId]);
    expect(scans(db).map((s) => s.id)).toEqual([scanId]);
    expect(counts(db)).toEqual({ initiatives: 3, activities: 5, organisations: 7 });
    expect(counts(db, scanId)).toEqual({ initiatives: 3, activities: 5, organisations: 7 });
    expect(storedReport(db, scanId)).toEqual([]);
    expect(codes(db, 'Studentenprojecten')).toEqual(codes(db, 'Studentenprojecten', scanId));
    // Same content as after the first import (new row ids and import time aside; the full-text
    // index's internal segment tables are left out, they grow with every delete).
    const after = snapshot(db);
    for (const table of ['dimension_value', 'organisation', 'import_issue', 'saved_filter', 'setting']) expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
    // The change history grows instead: one entry per import, each with its file (docs/history.md).
    const history = ['change_group', 'history', 'sqlite_sequence'];
    for (const table of Object.keys(before).filter((t) => !t.startsWith('activity_text_') && !history.includes(t))) {
      expect({ table, rows: after[table]!.rows }).toEqual({ table, rows: before[table]!.rows });
    }
    expect(db.prepare(`SELECT g.origin, g.label, h.field, h.new FROM change_group g JOIN history h ON h.group_id = g.id ORDER BY g.id`).all()).toEqual([
      { origin: 'import', label: 'canonical-nl.xlsx', field: 'file', new: 'canonical-nl.xlsx' },
      { origin: 'import', label: 'canonical-nl.xlsx', field: 'file', new: 'canonical-nl.xlsx' },
    ]);
  });

  it("'replace' keeps the report of the new file only", async () => {
    const db = await memoryDb();
    await importInto(db, 'report-cases.xlsx');
    const { results } = await importInto(db, 'report-cases.xlsx', { decide: () => 'replace' });
    expect(scans(db)).toHaveLength(1);
    expect(storedReport(db, results[0]!.scanId)).toEqual(expectedReport(REPORT_CASES));
    expect((db.prepare('SELECT count(*) AS n FROM import_issue').get() as { n: number }).n).toBe(REPORT_CASES.length);
  });

  it("'keep-both' adds a second scan", async () => {
    const db = await memoryDb();
    const first = await importInto(db, 'canonical-nl.xlsx');
    const second = await importInto(db, 'canonical-nl.xlsx', { decide: () => 'keep-both' });
    const ids = [first.results[0]!.scanId, second.results[0]!.scanId];
    expect(ids[0]).not.toBe(ids[1]);
    expect(scans(db).map((s) => [s.id, s.region, s.year])).toEqual([
      [ids[0], 'Drenthe', 2022],
      [ids[1], 'Drenthe', 2022],
    ]);
    expect(counts(db)).toEqual({ initiatives: 6, activities: 10, organisations: 7 }); // organisations are shared
    expect(counts(db, ids[1])).toEqual({ initiatives: 3, activities: 5, organisations: 7 });
  });

  it('a replace that fails half-way leaves the old scan untouched (one transaction)', async () => {
    const db = await memoryDb();
    const first = await importInto(db, 'canonical-nl.xlsx');
    const before = snapshot(db);
    db.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON activity WHEN NEW.name = 'Digitaliseringsscan' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await expect(importInto(db, 'canonical-nl.xlsx', { decide: () => 'replace' })).rejects.toThrow(/disk full/);
    db.exec('DROP TRIGGER fail_late');
    expect(snapshot(db)).toEqual(before);
    expect(scans(db).map((s) => s.id)).toEqual([first.results[0]!.scanId]);
  });
});

// ---------------------------------------------------------------------------------------------
// Refused files: one clear sentence, and nothing in the database changes

describe('refused files leave the database unchanged (docs/workbook-format.md §4)', () => {
  const refusedByReader: [string, RegExp][] = [
    ['refused-truncated.xlsx', /damaged or incomplete/],
    ['refused-not-a-workbook.pdf', /is not a readable workbook/],
    ['refused-empty.xlsx', /is empty/],
    ['refused-encrypted.xlsx', /password-protected/],
    ['refused-zip-bomb.xlsx', /unpacks to more than 256 MB/],
    ['refused-unclosed-quote.csv', /quote \(".*\) on line 2 that is never closed/],
  ];
  for (const [file, message] of refusedByReader) {
    it(`readWorkbook refuses ${file}`, async () => {
      const error = await readWorkbook(fixture(file), file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('import-refused');
      expect((error as UserError).message).toMatch(message);
      expect((error as UserError).message.split(/(?<=[.;])\s/).length).toBeLessThanOrEqual(2); // one sentence
    });
  }

  const allRefused = [...refusedByReader.map(([f]) => f), 'refused-no-table.xlsx', 'refused-only-errors.xlsx'];
  for (const file of allRefused) {
    it(`prepareImport + commitImport of ${file} change nothing`, async () => {
      const db = await memoryDb();
      await importInto(db, 'canonical-nl.xlsx');
      const before = snapshot(db);
      expect(before.activity!.rows).toBe(5);
      const error = await importInto(db, file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('import-refused');
      expect(snapshot(db)).toEqual(before);
    });
  }

  it('explains a file without a table, and a file whose every row has an error', async () => {
    const db = await memoryDb();
    await expect(prepareImport(db, fixture('refused-no-table.xlsx'), 'refused-no-table.xlsx')).rejects.toThrow(
      '"refused-no-table.xlsx" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.',
    );
    await expect(prepareImport(db, fixture('refused-only-errors.xlsx'), 'refused-only-errors.xlsx')).rejects.toThrow(
      '"refused-only-errors.xlsx" holds no activity that can be imported (2 rows with errors); nothing was changed.',
    );
  });
});
