/**
 * The round trip's diff (docs/roundtrip.md): an export of a scan read back through the guarded
 * reader and compared with the scan. A re-save's differences — number or text years, `1.200` for
 * 1200, an empty cell for a missing column, a code for a label, another separator between values,
 * trailing spaces, `\r\n` — give no change; edits give exactly their changes, with the field as
 * `--set` names it; rows without an ID are additions; removed covers only what the export held.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { activitiesXlsx, buildActivitiesExport } from '../../src-main/activities/export';
import type { Db } from '../../src-main/db/open';
import { editActivity } from '../../src-main/edits';
import { readWorkbook, type CellValue, type Grid } from '../../src-main/import';
import { diffFile, diffJson } from '../../src-main/roundtrip/diff';
import { applyDiff } from '../../src-main/roundtrip/apply';
import { readRoundtripFile } from '../../src-main/roundtrip/read-file';
import { fileScan } from '../../src-main/roundtrip/plan';
import { scanState } from '../../src-main/roundtrip/state';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { memoryDb } from '../helpers/db';
import { FIXTURE_SCAN, importFixture, type Fixture } from '../helpers/history-fixture';

let db: Db;
let f: Fixture;

async function exportGrids(filter: Filter = { ...emptyFilter(), scans: [f.scan] }, lang: 'nl' | 'en' = 'nl'): Promise<Grid[]> {
  const exp = buildActivitiesExport(db, filter, lang);
  const bytes = activitiesXlsx(exp, filter, { version: 'test', date: new Date(0), lang, scanNames: [] });
  return (await readWorkbook(bytes, 'export.xlsx')).grids;
}

const sheet = (grids: Grid[], name: string) => grids.find((g) => g.name === name)!;
/** Sets the cell of the row whose ID is `id`, in the column headed `header`. */
function set(grids: Grid[], name: string, id: number | null, header: string, value: CellValue): void {
  const g = sheet(grids, name);
  const c = g.rows[0]!.indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  const row = id === null ? g.rows[g.rows.length - 1]! : g.rows.find((r) => r[0] === id)!;
  row[c] = value;
}

const diff = (grids: Grid[]) => diffFile(readRoundtripFile('export.xlsx', grids), scanState(db, f.scan));

beforeEach(async () => {
  db = await memoryDb();
  f = importFixture(db);
});

describe('a re-saved export changes nothing', () => {
  it('as exported', async () => {
    const d = diff(await exportGrids());
    expect(diffJson(d)).toEqual({ scan: f.scan, added: [], changed: [], removed: [], issues: [] });
  });

  it('the English export too (English sheet names, headers and labels)', async () => {
    const g = await exportGrids(undefined, 'en');
    expect(g.map((x) => x.name)).toEqual(['Activities', 'Initiatives', 'Filter']);
    const d = diff(g);
    expect(diffJson(d)).toEqual({ scan: f.scan, added: [], changed: [], removed: [], issues: [] });
    sheet(g, 'Activities').rows.splice(1, 1);
    expect(diff(g).removed.map((r) => r.id)).toEqual([f.activity.lab]);
  });

  it('years and IDs as text, reach with Dutch thousands, spaces, codes for labels, other separators, \\r\\n, empty for missing', async () => {
    editActivity(db, f.activity.lab, ['reach=1200', 'description=Sensoren\nen printers']);
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.lab, 'Startjaar', '2020');
    set(g, 'Activiteiten', f.activity.lab, 'Bereik', '1.200');
    set(g, 'Activiteiten', f.activity.lab, 'Omschrijving', 'Sensoren\r\nen printers  ');
    // Code for label, a comma and a line break for '; ', the unmapped text in other case.
    set(g, 'Activiteiten', f.activity.lab, 'Sector', 'c,G\nzeevaart');
    set(g, 'Activiteiten', f.activity.lab, 'Knelpunten', '6 | 1');
    set(g, 'Activiteiten', f.activity.lab, 'Activiteit', '  Open   lab ');
    set(g, 'Activiteiten', f.activity.lab, 'Bereik eenheid', 'Ondernemingen ');
    set(g, 'Activiteiten', f.activity.workshop, 'Startjaar', null);
    set(g, 'Activiteiten', f.activity.workshop, 'Omschrijving', '   ');
    set(g, 'Initiatieven', f.initiative.lab, 'Startjaar', '2019');
    set(g, 'Initiatieven', f.initiative.impuls, 'Website', '');
    const acts = sheet(g, 'Activiteiten');
    for (const r of acts.rows.slice(1)) r[0] = ` ${String(r[0])} `;
    const d = diff(g);
    expect(d.changed).toEqual([]);
    expect(d.issues).toEqual([]);
    expect(d.added).toEqual([]);
  });

  it('a column left out of the export (or deleted from the file) changes nothing', async () => {
    const g = await exportGrids();
    const acts = sheet(g, 'Activiteiten');
    const c = acts.rows[0]!.indexOf('Omschrijving');
    for (const r of acts.rows) r.splice(c, 1);
    expect(diff(g).changed).toEqual([]);
  });
});

describe('edits give exactly their changes', () => {
  it('cells of activities and initiatives, with --set keys, old and new as the history prints them', async () => {
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.lab, 'Sector', 'C. Industrie; Zeevaart');
    set(g, 'Activiteiten', f.activity.lab, 'Bereik', 150);
    set(g, 'Activiteiten', f.activity.workshop, 'Activiteit', 'Workshop AI en data');
    set(g, 'Activiteiten', f.activity.workshop, 'Startjaar', 2023);
    set(g, 'Activiteiten', f.activity.loket, 'Initiatief', 'HZ Digitaal Lab');
    set(g, 'Initiatieven', f.initiative.impuls, 'Website', 'https://impuls.example');
    const d = diff(g);
    expect(diffJson(d).changed).toEqual([
      { id: f.initiative.impuls, field: 'initiative.website', old: null, new: 'https://impuls.example' },
      { id: f.activity.lab, field: 'sector', old: 'C, G, Zeevaart', new: 'C, Zeevaart' },
      { id: f.activity.lab, field: 'reach', old: 120, new: 150 },
      { id: f.activity.workshop, field: 'name', old: 'Workshop AI', new: 'Workshop AI en data' },
      { id: f.activity.workshop, field: 'startYear', old: null, new: 2023 },
      { id: f.activity.loket, field: 'initiative', old: 'Impuls Zeeland', new: 'HZ Digitaal Lab' },
    ]);
    expect(d.issues).toEqual([]);
  });

  it('a value that names nothing is an issue, not a change and not dropped in silence', async () => {
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.lab, 'Sector', 'Ruimtevaart');
    set(g, 'Activiteiten', f.activity.lab, 'Startjaar', 'ooit');
    const d = diff(g);
    expect(d.changed).toEqual([]);
    expect(d.issues.map((i) => [i.severity, i.column, i.value])).toEqual([
      ['error', expect.stringContaining('(Sector)'), 'Ruimtevaart'],
      ['error', expect.stringContaining('(Startjaar)'), 'ooit'],
    ]);
  });

  it('rows without ID are additions, matched to initiatives by name; a new name is a new initiative', async () => {
    const g = await exportGrids();
    const acts = sheet(g, 'Activiteiten');
    const header = acts.rows[0]!;
    const row = (init: string, name: string, type: string | null) => header.map((h) => (h === 'Initiatief' ? init : h === 'Activiteit' ? name : h === 'Type activiteit' ? type : null));
    acts.rows.push(row('hz digitaal lab', 'Hackathon', 'Workshops & kennisevents'), row('Nieuw Initiatief', 'Spreekuur', 'advisering'), row('Nieuw Initiatief', 'Zonder type', null));
    const d = diff(g);
    expect(diffJson(d).added).toEqual([
      { initiative: 'HZ Digitaal Lab', name: 'Hackathon' },
      { initiative: 'Nieuw Initiatief', name: 'Spreekuur' },
    ]);
    expect(d.added[0]!.initiativeId).toBe(f.initiative.lab);
    expect(d.newInitiatives.map((i) => i.name)).toEqual(['Nieuw Initiatief']);
    expect(d.issues).toEqual([expect.objectContaining({ severity: 'error', row: acts.rows.length, en: expect.stringContaining('has a type') })]);
  });

  it("an initiative's field changed beside an activity is an issue (it is changed on Initiatieven); a new initiative takes it", async () => {
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.lab, 'Website', 'https://elders.example');
    const acts = sheet(g, 'Activiteiten');
    acts.rows.push(acts.rows[0]!.map((h) => (h === 'Initiatief' ? 'Nieuw Lab' : h === 'Activiteit' ? 'Open dag' : h === 'Type activiteit' ? 'signaleren' : h === 'Website' ? 'https://nieuw.example' : null)));
    const d = diff(g);
    expect(d.changed).toEqual([]);
    expect(d.issues).toEqual([expect.objectContaining({ severity: 'warning', column: expect.stringContaining('(Website)'), value: 'https://elders.example', en: expect.stringContaining('Initiatieven sheet') })]);
    expect(d.newInitiatives).toEqual([{ name: 'Nieuw Lab', clauses: ['website=https://nieuw.example'] }]);
  });

  it('removed: only rows the export held (its record on the Filter sheet), not the rest of the scan', async () => {
    const filter: Filter = { ...emptyFilter(), scans: [f.scan], conditions: [{ dimension: 'type', mode: 'any', values: ['faciliteiten', 'workshops'] }] };
    const g = await exportGrids(filter);
    const acts = sheet(g, 'Activiteiten');
    expect(acts.rows.map((r) => r[0])).toEqual(['ID', f.activity.lab, f.activity.workshop]);
    acts.rows.splice(acts.rows.findIndex((r) => r[0] === f.activity.workshop), 1);
    expect(diffJson(diff(g)).removed).toEqual([{ id: f.activity.workshop, initiative: 'HZ Digitaal Lab', name: 'Workshop AI' }]);
  });

  it('the scan is the one the IDs belong to; IDs of two scans are refused with one sentence', async () => {
    const other = importFixture(db, { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, year: 2025, title: 'Zeeland 2025' } });
    const g = await exportGrids({ ...emptyFilter(), scans: [f.scan, other.scan] });
    expect(() => fileScan(db, readRoundtripFile('both.xlsx', g))).toThrow(`"both.xlsx" holds rows of 2 scans (${f.scan}, ${other.scan}); export one scan and edit that file.`);
    expect(fileScan(db, readRoundtripFile('one.xlsx', await exportGrids()))).toBe(f.scan);
  });
});

describe('organisations per role and extra fields', () => {
  it('a re-save changes nothing: names in another order, case or spacing, between ; , | / or line breaks', async () => {
    const g = await exportGrids();
    const acts = sheet(g, 'Activiteiten');
    expect(acts.rows[0]).toEqual(expect.arrayContaining(['Uitvoerder', 'Financier', 'Initiatiefnemer', 'Kolom R', 'Contact']));
    editActivity(db, f.activity.lab, ['uitvoerder=HZ University;Gemeente Middelburg;Provincie Zeeland']);
    const again = await exportGrids();
    set(again, 'Activiteiten', f.activity.lab, 'Uitvoerder', ' provincie zeeland | HZ  University\ngemeente middelburg ');
    set(again, 'Activiteiten', f.activity.workshop, 'Uitvoerder', 'hz university');
    set(again, 'Activiteiten', f.activity.lab, 'Kolom R', ' ja\r\n');
    expect(diffJson(diff(again))).toEqual({ scan: f.scan, added: [], changed: [], removed: [], issues: [] });
    set(again, 'Activiteiten', f.activity.lab, 'Uitvoerder', 'Provincie Zeeland / Gemeente Middelburg, HZ University');
    expect(diff(again).changed).toEqual([]);
  });

  it('changed organisations and extra fields are changes under the --set key, applied through the edits domain', async () => {
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.lab, 'Uitvoerder', 'HZ University; Gemeente Vlissingen');
    set(g, 'Activiteiten', f.activity.lab, 'Financier', '');
    set(g, 'Activiteiten', f.activity.lab, 'Kolom R', 'nee');
    set(g, 'Activiteiten', f.activity.workshop, 'Kolom R', 'misschien');
    const d = diff(g);
    expect(diffJson(d).changed).toEqual([
      { id: f.activity.lab, field: 'financier', old: 'Provincie Zeeland', new: null },
      { id: f.activity.lab, field: 'uitvoerder', old: 'HZ University', new: 'Gemeente Vlissingen; HZ University' },
      { id: f.activity.lab, field: 'extra.Kolom R', old: 'ja', new: 'nee' },
      { id: f.activity.workshop, field: 'extra.Kolom R', old: null, new: 'misschien' },
    ]);
    expect(d.issues).toEqual([]);
    const result = applyDiff(db, d, { deleteMissing: false });
    expect(result.changed).toBe(4);
    expect(diffJson(diff(g)).changed).toEqual([]);
    const names = db.prepare(`SELECT o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = ? AND p.role = 'uitvoerder' ORDER BY o.name`).pluck().all(f.activity.lab);
    expect(names).toEqual(['Gemeente Vlissingen', 'HZ University']);
  });

  it("an initiative's extra field shown beside its activity is changed on Initiatieven; new rows take their organisations and extra fields", async () => {
    const g = await exportGrids();
    set(g, 'Activiteiten', f.activity.workshop, 'Contact', 'Iemand anders');
    const acts = sheet(g, 'Activiteiten');
    acts.rows.push(acts.rows[0]!.map((h) => (h === 'Initiatief' ? 'HZ Digitaal Lab' : h === 'Activiteit' ? 'Open dag' : h === 'Type activiteit' ? 'signaleren' : h === 'Uitvoerder' ? 'Gemeente Goes; HZ University' : h === 'Kolom R' ? 'nee' : null)));
    const ini = sheet(g, 'Initiatieven');
    ini.rows[0]!.push('Contact');
    for (const r of ini.rows.slice(1)) r.push(r[0] === f.initiative.impuls ? 'Iris de Wit' : r[0] === f.initiative.lab ? 'Bram Jansen' : null);
    const d = diff(g);
    expect(d.issues).toEqual([expect.objectContaining({ severity: 'warning', column: expect.stringContaining('(Contact)'), value: 'Iemand anders', en: expect.stringContaining('Initiatieven sheet') })]);
    expect(diffJson(d).changed).toEqual([{ id: f.initiative.impuls, field: 'initiative.extra.Contact', old: null, new: 'Iris de Wit' }]);
    expect(d.added).toEqual([expect.objectContaining({ name: 'Open dag', clauses: expect.arrayContaining(['uitvoerder=Gemeente Goes;HZ University', 'extra.Kolom R=nee']) })]);
    applyDiff(db, d, { deleteMissing: false });
    const added = db.prepare(`SELECT id FROM activity WHERE name = 'Open dag'`).pluck().get() as number;
    expect(db.prepare(`SELECT o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = ? ORDER BY o.name`).pluck().all(added)).toEqual(['Gemeente Goes', 'HZ University']);
    expect(db.prepare('SELECT value FROM initiative_extra WHERE initiative_id = ?').pluck().all(f.initiative.impuls)).toEqual(['Iris de Wit']);
  });
});
