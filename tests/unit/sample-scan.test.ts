/**
 * The Noord-Nederland sample scan against the published figures of the 2022 pilot (docs/method.md §5).
 * The figures are the one copy in scripts/sample/published-figures.json, checked on load against the
 * report's own totals (the last test here shows that check failing on a cell typed wrong).
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
import { PUBLISHED, publishedFigures } from '../../scripts/sample/published';
import figures from '../../scripts/sample/published-figures.json';
import { initiativesFile } from '../../scripts/sample/initiatives';
import initiatives from '../../scripts/sample/initiatives.json';
import { organisationsFile } from '../../scripts/sample/organisations';
import organisations from '../../scripts/sample/organisations.json';
import { acceptsChanged } from '../helpers/data-file';
import { memoryDb } from '../helpers/db';

const SAMPLE_FILE = fileURLToPath(new URL('../../data/regioscan-noord-nederland-2022.xlsx', import.meta.url));

import { TYPE_COUNTS, GEO_COLUMNS, TYPE_GEO, GEO_TOTALS, TYPE_KNELPUNT, KNELPUNT_TOTALS, REACH, WMS, ORGANISATIONS } from '../helpers/published-figures';

/** Organisations of the sample with the organisation type it gives them. */
const ORGANISATION_TYPES: Record<string, string> = {
  'Hanzehogeschool Groningen': 'onderwijsinstelling',
  'Provincie Drenthe': 'provincie',
  'Gemeente Groningen': 'gemeente',
  Rabobank: 'bank',
  'VNO-NCW MKB Nederland': 'brancheorganisatie',
  TNO: 'kennisinstelling',
  'Economic Board Groningen': 'samenwerkingsverband',
  YnBusiness: 'eerstelijnsorganisatie',
};

/** Named in docs/method.md: an initiative, or [initiative, activity] where the name is an activity of it. */
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

describe('the generator\'s published figures', () => {
  // The generator builds from scripts/sample/published-figures.json and checks its scan against that
  // file; these figures, typed in from docs/method.md, are the independent copy the tests hold it to.
  it('are the ones typed in from docs/method.md for the tests', () => {
    const P = PUBLISHED;
    const byType = <T>(figure: (t: (typeof P.types)[number]) => T) => Object.fromEntries(P.types.map((t) => [t.type, figure(t)]));
    expect(byType((t) => t.activities)).toEqual(TYPE_COUNTS);
    expect(P.geographyColumns).toEqual(GEO_COLUMNS);
    expect(byType((t) => t.geography)).toEqual(TYPE_GEO);
    expect(P.geographyTotals).toEqual(GEO_TOTALS);
    expect(byType((t) => t.bottlenecks)).toEqual(TYPE_KNELPUNT);
    expect(P.bottleneckTotals).toEqual(KNELPUNT_TOTALS);
    expect(byType((t) => t.reach)).toEqual(REACH);
    expect(P.werkenMetStudenten).toEqual(WMS);
    expect(Object.fromEntries(P.organisations.map((o) => [o.name, o.initiatives]))).toEqual(ORGANISATIONS);
  });
});

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
    for (const [org, type] of Object.entries(ORGANISATION_TYPES)) expect(typeOf(org), org).toBe(type);
  });

  it('contains every initiative and example docs/method.md names', () => {
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

describe('the sample data files', () => {
  const changed = (change: (f: typeof figures) => unknown) => acceptsChanged(publishedFigures, figures, change);

  it('loads as written, and refuses a figure typed wrong: each row and column is held to the report’s totals', () => {
    expect(publishedFigures.safeParse(figures).success).toBe(true);
    // One geography cell off: its row no longer sums to the type's activities, its column not to the total.
    expect(changed((f) => (f.types[0]!.geography[1]! += 1))).toBe(false);
    // Two cells swapped within a row: the row still sums, the columns do not.
    expect(changed((f) => ([f.types[0]!.geography[1], f.types[0]!.geography[2]] = [f.types[0]!.geography[2]!, f.types[0]!.geography[1]!]))).toBe(false);
    expect(changed((f) => (f.types[3]!.bottlenecks[6]! -= 1))).toBe(false);
    expect(changed((f) => (f.types[0]!.type = 'Netwerken'))).toBe(false);
    expect(changed((f) => f.types.pop())).toBe(false);
    expect(changed((f) => (f.organisations[0]!.uitvoerder = 13))).toBe(false);
    expect(changed((f) => delete (f.organisations[1] as { rolesInconsistent?: true }).rolesInconsistent)).toBe(false);
    expect(changed((f) => delete (f.werkenMetStudenten as Record<string, unknown>)['Kasteel.gro'])).toBe(false);
  });

  it('checks the initiatives and organisations on load: codes of the codebook, links to initiatives that exist', () => {
    const initiativesWith = (change: (f: typeof initiatives) => unknown) => acceptsChanged(initiativesFile, initiatives, change);
    expect(initiativesFile.safeParse(initiatives).success).toBe(true);
    expect(initiativesWith((f) => (f.initiatives[0]!.activities[0]!.type = 'werken-met-student'))).toBe(false);
    expect(initiativesWith((f) => (f.initiatives[0]!.activities[0]!.geo = 'drenthe'))).toBe(false);
    expect(initiativesWith((f) => Object.assign(f.initiatives[0]!.activities[0]!, { hints: ['12'] }))).toBe(false);
    expect(initiativesWith((f) => (f.initiatives[1]!.key = f.initiatives[0]!.key))).toBe(false);
    expect(initiativesWith((f) => Object.assign(f.initiatives[0]!.activities[0]!, { reach: [0, 'kwantitatief'] }))).toBe(false);
    // Goal, application and technology are open lists: a new entry is allowed, as in a workbook.
    expect(initiativesWith((f) => Object.assign(f.initiatives[0]!.activities[0]!, { technology: ['quantum'] }))).toBe(true);

    const organisationsWith = (change: (f: typeof organisations) => unknown) => acceptsChanged(organisationsFile, organisations, change);
    expect(organisationsFile.safeParse(organisations).success).toBe(true);
    expect(organisationsWith((f) => (f.organisations[0]!.links.uitvoerder = ['XYZ']))).toBe(false);
    expect(organisationsWith((f) => (f.organisations[0]!.type = 'universiteit'))).toBe(false);
    expect(organisationsWith((f) => (f.organisations[1]!.name = f.organisations[0]!.name))).toBe(false);
  });
});
