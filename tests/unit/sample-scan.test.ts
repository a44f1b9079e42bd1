/**
 * The Noord-Nederland sample scan against the published figures of the 2022 pilot. The figures below
 * are typed in from METHOD.md, independently of the generator's own copy.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ACTIVITY_TYPES } from '../../src-shared/codebook';
import type { ActivityData } from '../../src-main/workbook/scan-data';
import { prepareImport } from '../../src-main/import/pipeline';
import { buildSampleScan, writeSampleWorkbook } from '../../scripts/sample/build';
import { memoryDb } from '../helpers/db';

const SAMPLE_FILE = fileURLToPath(new URL('../../data/regioscan-noord-nederland-2022.xlsx', import.meta.url));

const TYPE_COUNTS: Record<string, number> = {
  'Netwerken & coördineren': 18,
  'Workshops & kennisevents': 15,
  'Scans & assessments': 11,
  'Onderzoek & ontwikkeling': 10,
  'Onderwijs voor studenten': 9,
  'Werken met studenten': 9,
  'Gezamenlijke faciliteiten': 6,
  'Advisering/consultancy': 5,
  'Onderwijs voor professionals': 5,
  'Subsidies & financiering': 5,
  Signaleren: 4,
  Kennisplatform: 3,
};

// Columns: NL, N-NL, Dr, Fr, Gr, Assen, ZO-Dr, NO-Fr, n.g.
const GEO_COLUMNS = [
  'nederland', 'noord-nederland', 'provincie-drenthe', 'provincie-friesland', 'provincie-groningen',
  'regio-assen', 'zuidoost-drenthe', 'noordoost-friesland', 'niet-gespecificeerd',
];
const TYPE_GEO: Record<string, number[]> = {
  'Advisering/consultancy': [1, 2, 1, 0, 0, 0, 0, 0, 1],
  'Gezamenlijke faciliteiten': [1, 4, 0, 0, 1, 0, 0, 0, 0],
  Kennisplatform: [0, 1, 0, 0, 1, 0, 0, 0, 1],
  'Netwerken & coördineren': [0, 10, 2, 4, 1, 0, 0, 0, 1],
  'Onderwijs voor professionals': [1, 3, 0, 0, 1, 0, 0, 0, 0],
  'Onderwijs voor studenten': [0, 4, 1, 1, 1, 2, 0, 0, 0],
  'Onderzoek & ontwikkeling': [0, 7, 0, 0, 3, 0, 0, 0, 0],
  'Scans & assessments': [1, 5, 2, 2, 0, 0, 0, 1, 0],
  Signaleren: [0, 0, 1, 2, 0, 0, 0, 0, 1],
  'Subsidies & financiering': [0, 3, 1, 0, 0, 0, 0, 0, 1],
  'Werken met studenten': [0, 2, 2, 2, 2, 1, 0, 0, 0],
  'Workshops & kennisevents': [0, 6, 2, 2, 1, 0, 2, 2, 0],
};
const GEO_TOTALS = [4, 47, 12, 13, 11, 3, 2, 3, 5];

// Knelpunt 0–11 per type (the row cells).
const TYPE_KNELPUNT: Record<string, number[]> = {
  'Netwerken & coördineren': [3, 0, 3, 1, 4, 4, 9, 10, 1, 3, 16, 1],
  'Workshops & kennisevents': [3, 11, 13, 6, 3, 0, 10, 7, 0, 0, 2, 0],
  'Scans & assessments': [7, 8, 5, 6, 4, 0, 1, 1, 1, 0, 3, 1],
  'Onderzoek & ontwikkeling': [2, 0, 1, 3, 3, 3, 4, 4, 0, 1, 6, 1],
  'Onderwijs voor studenten': [2, 1, 2, 0, 0, 7, 3, 0, 0, 0, 2, 1],
  'Werken met studenten': [4, 2, 5, 3, 5, 1, 7, 7, 0, 0, 3, 0],
  'Gezamenlijke faciliteiten': [0, 1, 3, 3, 3, 3, 1, 5, 0, 0, 3, 1],
  'Advisering/consultancy': [1, 1, 1, 1, 2, 2, 2, 3, 0, 0, 4, 1],
  'Onderwijs voor professionals': [1, 1, 3, 0, 1, 0, 5, 2, 0, 0, 0, 0],
  'Subsidies & financiering': [0, 0, 0, 0, 4, 1, 0, 0, 4, 0, 2, 0],
  Signaleren: [3, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0],
  Kennisplatform: [1, 1, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0],
};
// The sums of the rows (the report prints 14, 47, 45 for knelpunt 5, 6, 7; METHOD.md says those are wrong).
const KNELPUNT_TOTALS = [27, 27, 38, 24, 30, 21, 45, 40, 7, 5, 42, 6];

const REACH: Record<string, number> = {
  Signaleren: 3000,
  'Netwerken & coördineren': 1500,
  'Gezamenlijke faciliteiten': 10,
  'Werken met studenten': 350,
  'Onderwijs voor studenten': 25,
  'Onderwijs voor professionals': 150,
  'Advisering/consultancy': 10,
  'Subsidies & financiering': 40,
  'Workshops & kennisevents': 8000,
  'Onderzoek & ontwikkeling': 100,
  'Scans & assessments': 1000,
  Kennisplatform: 1500,
};

const WMS: Record<string, number | null> = {
  'IT Hub Hoogeveen': 2020,
  'TechHub Assen': 2019,
  'Cyber Science Center': 2010,
  'Groningen Digital Business Centre': 2018,
  'Digitale Werkplaats Drenthe': 2021,
  'Digitale Werkplaats Fryslân': null,
  'Kasteel.gro': 2018,
  'Werkplaats Online Ondernemen Groningen': 2019,
  'Media Innovation Campus': 2019,
};

const ORGANISATIONS: Record<string, number> = {
  'Hanzehogeschool Groningen': 18,
  RUG: 14,
  'NHL Stenden': 16,
  'Noorderpoort College': 11,
  'Gemeente Groningen': 10,
  'Provincie Drenthe': 9,
  'Provincie Groningen': 9,
  YnBusiness: 9,
  'VNO-NCW MKB Nederland': 7,
  'Ik Ben Drents Ondernemer (IBDO)': 7,
  'Gemeente Leeuwarden': 7,
  Rabobank: 6,
  SNN: 6,
  'Alfa College': 6,
  'ROC Friese Poort': 5,
  'Provincie Friesland': 5,
  'IT Academy Noord-Nederland': 5,
  'MKB Cyber Campus': 5,
  TNO: 5,
  'Economic Board Groningen': 5,
};

/** Named in METHOD.md: an initiative, or [initiative, activity] where the name is an activity of it. */
const NAMED: (string | [string, string])[] = [
  ...Object.keys(WMS),
  ['YnBusiness', 'Contactpunt YnBusiness'],
  ['Ik Ben Drents Ondernemer (IBDO)', 'IBDO Digitaliseringsbenchmark'],
  ['Smart Industry Hub', 'Smart Industry Assessment'],
  ['Innovatiecluster Drachten', 'Netwerk Innovatiecluster Drachten'],
  ['Versnelling Digitalisering Vrijetijdseconomie', 'Workshop Versnelling Digitalisering Vrijetijdseconomie'],
  'Techniek Academie Assen',
  ['IT Academy Noord-Nederland', 'Kennisbank IT Academy'],
  ['Slimme Demonstratiefabrieken', 'Subsidieregeling Slimme Demonstratiefabrieken'],
  ['Kasteel.gro', 'Practoraat Veilige Apparatuur'],
  ['Health Hub Roden', '(lab-)faciliteiten Health Hub Roden'],
  'Support Astron',
  ['Venture Lab North', 'Business development programma Venture Lab North'],
  'MKB Cyber Campus',
  'Digital Society Hub (Hanzehogeschool)',
  'HCA ICT',
];

const typeLabel = (a: ActivityData) => ACTIVITY_TYPES.find((t) => t.code === a.values.type?.[0])?.nl ?? '?';

function focus(activities: ActivityData[]): string {
  const counts = new Map<string, number>();
  for (const a of activities) for (const f of a.values.form ?? []) if (f !== '7') counts.set(f, (counts.get(f) ?? 0) + 1);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return 'geen expliciete focus';
  const max = Math.max(...counts.values());
  const form = [...counts.keys()].find((f) => counts.get(f) === max);
  if (3 * max < 2 * total) return 'gevarieerde focus';
  return { '1': 'focus op harde infrastructuur', '4': 'focus op intelligentie', '5': 'focus op diensten' }[form ?? ''] ?? `focus op vorm ${form}`;
}

describe('Noord-Nederland sample scan', () => {
  const scan = buildSampleScan();
  const acts = scan.activities;
  const ofType = (label: string) => acts.filter((a) => typeLabel(a) === label);

  it('has 33 initiatives and 100 activities, with the published scan sheet', () => {
    expect(scan.initiatives).toHaveLength(33);
    expect(acts).toHaveLength(100);
    expect(scan.scan).toMatchObject({
      region: 'Noord-Nederland',
      year: 2022,
      title: 'Regioscan Digitalisering Noord-Nederland 2022 (reconstructie)',
      performedBy: 'Dialogic en Platform Talent voor Technologie (reconstructie)',
    });
    expect(scan.scan.notes).toMatch(/reconstructie/i);
    expect(scan.scan.notes).toMatch(/niet de oorspronkelijke gegevens/);
  });

  it('has the published number of activities per type', () => {
    const counts: Record<string, number> = {};
    for (const a of acts) counts[typeLabel(a)] = (counts[typeLabel(a)] ?? 0) + 1;
    expect(counts).toEqual(TYPE_COUNTS);
  });

  it('matches the type × geography table cell for cell', () => {
    for (const [type, row] of Object.entries(TYPE_GEO)) {
      const cells = GEO_COLUMNS.map((g) => ofType(type).filter((a) => a.values.geography?.[0] === g).length);
      expect(cells, type).toEqual(row);
    }
    expect(GEO_COLUMNS.map((g) => acts.filter((a) => a.values.geography?.[0] === g).length)).toEqual(GEO_TOTALS);
  });

  it('matches every type × knelpunt cell, with at least one knelpunt per activity', () => {
    for (const [type, row] of Object.entries(TYPE_KNELPUNT)) {
      const cells = row.map((_, k) => ofType(type).filter((a) => a.values.bottleneck?.includes(String(k))).length);
      expect(cells, type).toEqual(row);
    }
    const totals = KNELPUNT_TOTALS.map((_, k) => acts.filter((a) => a.values.bottleneck?.includes(String(k))).length);
    expect(totals).toEqual(KNELPUNT_TOTALS);
    for (const a of acts) expect(a.values.bottleneck?.length, a.name).toBeGreaterThan(0);
    for (const a of acts) expect(new Set(a.values.bottleneck).size, a.name).toBe(a.values.bottleneck?.length);
  });

  it('has the published total reach per type, ~30% of activities with a known reach, unknown as null', () => {
    for (const [type, total] of Object.entries(REACH)) {
      expect(ofType(type).reduce((s, a) => s + (a.reach ?? 0), 0), type).toBe(total);
    }
    const known = acts.filter((a) => a.reach != null);
    expect(known.length / acts.length).toBe(0.3);
    for (const a of acts) expect(a.reach, a.name).not.toBe(0);
    for (const a of known) expect(a.reachUnit, a.name).toBe(typeLabel(a) === 'Kennisplatform' ? 'bezoekers' : 'ondernemingen');
    expect(acts.filter((a) => a.reach == null && a.reachUnit != null)).toHaveLength(0);
  });

  it('has the nine Werken met studenten activities in the published initiatives with their start years', () => {
    const wms = ofType('Werken met studenten');
    expect(wms.map((a) => a.initiative).sort()).toEqual(Object.keys(WMS).sort());
    for (const [name, year] of Object.entries(WMS)) {
      expect(scan.initiatives.find((i) => i.name === name)?.startYear ?? null, name).toBe(year);
    }
  });

  it('has the 20 published organisations in exactly their number of initiatives', () => {
    const initiativesOf = new Map<string, Set<string>>();
    for (const a of acts) {
      for (const p of a.providers) initiativesOf.set(p.organisation, (initiativesOf.get(p.organisation) ?? new Set()).add(a.initiative));
    }
    for (const [org, n] of Object.entries(ORGANISATIONS)) expect(initiativesOf.get(org)?.size ?? 0, org).toBe(n);
    // The published table lists every organisation in at least 5 initiatives.
    for (const [org, inits] of initiativesOf) if (!(org in ORGANISATIONS)) expect(inits.size, org).toBeLessThan(5);
    const typeOf = (org: string) => acts.flatMap((a) => a.providers).find((p) => p.organisation === org)?.organisationType;
    expect(typeOf('Hanzehogeschool Groningen')).toBe('onderwijsinstelling');
    expect(typeOf('Provincie Drenthe')).toBe('provincie');
    expect(typeOf('Gemeente Groningen')).toBe('gemeente');
    expect(typeOf('Rabobank')).toBe('bank');
    expect(typeOf('VNO-NCW MKB Nederland')).toBe('brancheorganisatie');
    expect(typeOf('TNO')).toBe('kennisinstelling');
    expect(typeOf('Economic Board Groningen')).toBe('samenwerkingsverband');
    expect(typeOf('YnBusiness')).toBe('eerstelijnsorganisatie');
  });

  it('contains every initiative and example METHOD.md names', () => {
    const initiatives = new Set(scan.initiatives.map((i) => i.name));
    for (const named of NAMED) {
      if (typeof named === 'string') expect(initiatives.has(named), named).toBe(true);
      else expect(acts.some((a) => a.initiative === named[0] && a.name === named[1]), named.join(' / ')).toBe(true);
    }
  });

  it('shows every focus category of the ecosystem map and a mix of sectors', () => {
    const focuses = new Set(scan.initiatives.map((i) => focus(acts.filter((a) => a.initiative === i.name))));
    expect([...focuses].sort()).toEqual(
      ['focus op diensten', 'focus op harde infrastructuur', 'focus op intelligentie', 'geen expliciete focus', 'gevarieerde focus'].sort(),
    );
    const sectors = new Set(acts.flatMap((a) => a.values.sector ?? []));
    expect(sectors.has('geen')).toBe(true);
    expect(sectors.size).toBeGreaterThan(8);
    expect(acts.filter((a) => a.values.sector?.includes('geen')).length).toBeGreaterThan(30);
  });

  it('is deterministic: two builds are equal and two written files have the same sha256, equal to data/', () => {
    expect(buildSampleScan()).toEqual(scan);
    const dir = mkdtempSync(join(tmpdir(), 'regioscan-sample-'));
    let a = '';
    let b = '';
    try {
      const files = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
      for (const f of files) writeFileSync(f, writeSampleWorkbook());
      [a = '', b = ''] = files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
    expect(createHash('sha256').update(readFileSync(SAMPLE_FILE)).digest('hex'), 'data/ is out of date: run npx tsx scripts/sample/generate.ts').toBe(a);
  });

  it('reads back from the written workbook with the canonical sheets and 100 activity rows', () => {
    const wb = XLSX.read(readFileSync(SAMPLE_FILE), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Scan', 'Initiatieven', 'Activiteiten', 'Aanbieders', 'Toelichting']);
    const activities = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Activiteiten as XLSX.WorkSheet);
    expect(activities).toHaveLength(100);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Initiatieven as XLSX.WorkSheet)).toHaveLength(33);
    const scanRows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Scan as XLSX.WorkSheet, { header: 1 });
    expect(scanRows[0]).toEqual(['Regio', 'Noord-Nederland']);
    expect(scanRows[1]).toEqual(['Jaar', 2022]);
    const total = (label: string) => activities.filter((r) => r['Type activiteit'] === label).reduce((s, r) => s + (typeof r.Bereik === 'number' ? r.Bereik : 0), 0);
    expect(total('Workshops & kennisevents')).toBe(8000);
    const platform = activities.find((r) => r.Activiteit === 'Kennisbank IT Academy');
    expect(platform).toMatchObject({ Bereik: 1500, 'Bereik eenheid': 'bezoekers', Inspanning: 'Laag', 'Type activiteit': 'Kennisplatform' });
  });

  it('round-trips through the importer: no import issues, the same scan data', async () => {
    const db = await memoryDb();
    try {
      const prepared = await prepareImport(db, readFileSync(SAMPLE_FILE), 'regioscan-noord-nederland-2022.xlsx');
      expect(prepared.scans).toHaveLength(1);
      expect(prepared.scans[0]?.issues).toEqual([]);
      expect(prepared.scans[0]?.data).toEqual(scan);
    } finally {
      db.close();
    }
  });
});
