/**
 * Issue 14, "never drop data": a column the importer does not know, or one with data and no header
 * (the flat Zeeland workbook's last column of descriptions), is kept as an extra field of each
 * activity (or initiative): in the report with the number of values kept, in the detail panel, in
 * the free-text search, in `regioscan list --json`, in the activities export, and through the
 * canonical scan export and back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runCli } from '../helpers/run-cli';
import type { Db } from '../../src-main/db/open';
import { activitiesCsv, buildActivitiesExport } from '../../src-main/activities/export';
import { loadScanData } from '../../src-main/scans/export';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { writeScan } from '../../src-main/import/write-scan';
import { activityDetail, initiativeDetail } from '../../src-main/activities/queries';
import { facetCounts } from '../../src-main/activities/facets';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import type { ScanData } from '../../src-main/workbook/scan-data';
import { emptyFilter } from '../../src-shared/filter';
import { memoryDb, tempDir } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';
import { expectedReport, importFixture, r, report, storedParams } from '../fixtures/import-harness';
import { FIXTURE_DIR } from '../fixtures/make-fixtures';

const extraRows = (db: Db) =>
  db.prepare('SELECT a.name AS activity, e.name, e.value FROM activity_extra e JOIN activity a ON a.id = e.activity_id ORDER BY a.id, e.position').all() as { activity: string; name: string; value: string }[];
const idOf = (db: Db, name: string) => (db.prepare('SELECT id FROM activity WHERE name = ?').get(name) as { id: number }).id;

const cli = runCli;

describe('columns the importer does not know are kept (zeeland-flat.xlsx)', () => {
  it('keeps the headerless last column as "Kolom K" and the unknown columns under their headers, and says how many values it kept', async () => {
    const { db, results } = await importFixture('zeeland-flat.xlsx');
    const { scanId, issues } = results[0]!;
    const columns = report(issues).filter((i) => i.code.startsWith('column-'));
    expect(columns).toEqual(
      expectedReport([
        r('warning', 'column-kept', 'Blad1', null, 'F (Branche)', null),
        r('warning', 'column-kept', 'Blad1', null, 'H (Contactpersoon)', null),
        r('warning', 'column-headerless', 'Blad1', null, 'K (Kolom K)', null),
      ]),
    );
    // Six activities are imported (Havenscan's type is unknown): six descriptions, four contacts, four sectors in words.
    expect(storedParams(db, scanId, 'column-headerless')).toEqual([{ letter: 'K', header: 'Kolom K', count: 6 }]);
    expect(storedParams(db, scanId, 'column-kept')).toEqual([{ header: 'Branche', count: 4 }, { header: 'Contactpersoon', count: 4 }]);
    const rows = extraRows(db);
    expect(rows.filter((e) => e.name === 'Kolom K').map((e) => e.activity)).toEqual(['Kennissessies', 'Digitaliseringsvouchers', 'Studentenopdrachten', 'Open lab', 'Netwerkdag Kanaalzone', 'Spreekuur']);
    expect(rows.filter((e) => e.activity === 'Studentenopdrachten')).toEqual([
      { activity: 'Studentenopdrachten', name: 'Branche', value: 'Horeca' },
      { activity: 'Studentenopdrachten', name: 'Contactpersoon', value: 'Bram Jansen' },
      { activity: 'Studentenopdrachten', name: 'Kolom K', value: 'Studenten bouwen webshops voor strandpaviljoens' },
    ]);
  });

  it('shows them in the detail panel and finds them with the free-text search', async () => {
    const { db } = await importFixture('zeeland-flat.xlsx');
    const detail = activityDetail(db, idOf(db, 'Open lab'));
    expect(detail.extra).toEqual([
      { name: 'Branche', value: 'Maakindustrie', initiative: false },
      { name: 'Contactpersoon', value: 'Bram Jansen', initiative: false },
      { name: 'Kolom K', value: 'Een lab met 3D-printers en sensoren', initiative: false },
    ]);
    const search = (text: string) => facetCounts(db, { filter: { ...emptyFilter(), text } }).total;
    expect(search('strandpaviljoens')).toBe(1);
    expect(search('3D-printers')).toBe(1);
    expect(search('Bram Jansen')).toBe(2);
    expect(search('Maakindustrie')).toBe(2);
    expect(search('bestaatnergens')).toBe(0);
  });

  it('regioscan list --json gives each activity its description and an extra object', async () => {
    const path = join(tempDir(), 'extra.sqlite');
    const imported = await cli(['import', join(FIXTURE_DIR, 'zeeland-flat.xlsx'), '--db', path]);
    expect(imported.code, imported.err).toBe(0);
    const res = await cli(['list', '--db', path, '--json']);
    expect(res.code, res.err).toBe(0);
    const list = JSON.parse(res.out) as { name: string; description: string | null; extra: Record<string, string> }[];
    expect(list).toHaveLength(6);
    expect(list.find((a) => a.name === 'Kennissessies')).toMatchObject({
      description: null,
      extra: { Branche: 'Maakindustrie', Contactpersoon: 'Anna de Vries', 'Kolom K': 'Vier avonden over data in de fabriek' },
    });
    expect(list.find((a) => a.name === 'Spreekuur')!.extra).toEqual({ 'Kolom K': 'Wekelijks digitaliseringsspreekuur' });
    // Mapped to the description instead, the same column fills `description` and leaves `extra`.
    const mappedPath = join(tempDir(), 'mapped.sqlite');
    expect((await cli(['import', join(FIXTURE_DIR, 'zeeland-flat.xlsx'), '--db', mappedPath, '--map-column', 'Kolom K=Omschrijving'])).code).toBe(0);
    const mapped = JSON.parse((await cli(['list', '--db', mappedPath, '--json'])).out) as typeof list;
    expect(mapped.find((a) => a.name === 'Spreekuur')).toMatchObject({ description: 'Wekelijks digitaliseringsspreekuur', extra: {} });
  });

  it('exports them as columns of the activities export (.xlsx and .csv)', async () => {
    const { db } = await importFixture('zeeland-flat.xlsx');
    const exp = buildActivitiesExport(db, emptyFilter(), 'nl');
    expect(exp.activities.header.slice(-3)).toEqual(['Branche', 'Contactpersoon', 'Kolom K']);
    const row = exp.activities.rows.find((x) => x[2] === 'Studentenopdrachten')!;
    expect(row.slice(-3)).toEqual(['Horeca', 'Bram Jansen', 'Studenten bouwen webshops voor strandpaviljoens']);
    const csv = activitiesCsv(exp).toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/;Branche;Contactpersoon;Kolom K$/);
    expect(csv).toContain(';Horeca;Bram Jansen;Studenten bouwen webshops voor strandpaviljoens');
  });

  it('survives the canonical scan export and re-import: the same data, extra fields of activities and initiatives included', async () => {
    const data: ScanData = {
      scan: { region: 'Zeeland', year: 2024, title: 'Regioscan Zeeland 2024' },
      initiatives: [{ name: 'HZ Digitaal Lab', description: 'Lab', extra: [{ name: 'Contactpersoon', value: 'Bram Jansen' }, { name: '__proto__', value: 'x' }] }],
      activities: [
        { initiative: 'HZ Digitaal Lab', name: 'Open lab', values: { type: ['faciliteiten'] }, providers: [], extra: [{ name: 'Kolom R', value: 'Een lab' }, { name: 'Budget', value: '=1+1' }] },
        { initiative: 'HZ Digitaal Lab', name: 'Spreekuur', values: { type: ['advisering'] }, providers: [], extra: [{ name: 'Budget', value: '5000' }] },
      ],
    };
    const db = await memoryDb();
    const { scanId } = writeScan(db, data, [], { fileName: null, sha256: null });
    const original = loadScanData(db, scanId);
    expect(original.initiatives[0]!.extra).toEqual(data.initiatives[0]!.extra);
    expect(original.activities.map((a) => a.extra)).toEqual(data.activities.map((a) => a.extra));
    const workbook = writeCanonicalWorkbook(original);
    const sheet = XLSX.read(workbook, { type: 'buffer' }).Sheets.Activiteiten!;
    expect(XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!.slice(-2)).toEqual(['Kolom R', 'Budget']);
    const other = await memoryDb();
    const [again] = commitImport(other, await prepareImport(other, workbook, 'zeeland.xlsx'), () => 'keep-both');
    expect(loadScanData(other, again!.scanId)).toEqual(original);
    expect(initiativeDetail(other, (other.prepare('SELECT id FROM initiative').get() as { id: number }).id, undefined).extra).toEqual([
      { name: 'Contactpersoon', value: 'Bram Jansen', initiative: true },
      { name: '__proto__', value: 'x', initiative: true },
    ]);
  });

  it('keeps unknown columns of an initiatives sheet on the initiative, and of a providers sheet on the activity', async () => {
    const bytes = writeXlsx([
      { name: 'Initiatieven', rows: [['Initiatief', 'Omschrijving', 'Contactpersoon'], ['Lab', 'Een lab', 'Anna']] },
      { name: 'Activiteiten', rows: [['Initiatief', 'Activiteit', 'Type activiteit'], ['Lab', 'Open lab', 'Signaleren'], ['Lab', 'Spreekuur', 'Signaleren']] },
      { name: 'Aanbieders', rows: [['Initiatief', 'Activiteit', 'Organisatie', 'Rol', 'Bijdrage'], ['Lab', 'Open lab', 'HZ', 'Uitvoerder', '2 fte'], ['Lab', 'Open lab', 'Provincie', 'Financier', '€ 10.000']] },
    ]);
    const db = await memoryDb();
    const [result] = commitImport(db, await prepareImport(db, bytes, 'lab.xlsx'), () => 'keep-both');
    expect(db.prepare('SELECT i.name, e.name AS field, e.value FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id').all()).toEqual([{ name: 'Lab', field: 'Contactpersoon', value: 'Anna' }]);
    expect(extraRows(db)).toEqual([{ activity: 'Open lab', name: 'Bijdrage', value: 'HZ: 2 fte; Provincie: € 10.000' }]);
    // The initiative's field shows on each of its activities, and is searchable there.
    expect(activityDetail(db, idOf(db, 'Spreekuur')).extra).toEqual([{ name: 'Contactpersoon', value: 'Anna', initiative: true }]);
    expect(facetCounts(db, { filter: { ...emptyFilter(), text: 'Anna' } }).total).toBe(2);
    expect(storedParams(db, result!.scanId, 'column-kept')).toEqual([{ header: 'Contactpersoon', count: 1 }, { header: 'Bijdrage', count: 1 }]);
  });

  it('reports a second, different value of a merged duplicate activity instead of dropping it silently', async () => {
    const bytes = writeXlsx([{ name: 'Activiteiten', rows: [['Initiatief', 'Activiteit', 'Type activiteit', 'Notitie'], ['Lab', 'Open lab', 'Signaleren', 'eerste'], ['Lab', 'Open lab', 'Signaleren', 'tweede']] }]);
    const db = await memoryDb();
    const [result] = commitImport(db, await prepareImport(db, bytes, 'dubbel.xlsx'), () => 'keep-both');
    expect(extraRows(db)).toEqual([{ activity: 'Open lab', name: 'Notitie', value: 'eerste' }]);
    expect(storedParams(db, result!.scanId, 'conflicting-value')).toEqual([{ field: 'Notitie', initiative: 'Lab / Open lab', kept: 'eerste', text: 'tweede' }]);
  });
});
