import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildCanonicalWorkbook, writeCanonicalWorkbook, writeTemplateWorkbook } from '../../src-main/workbook/canonical-writer';
import type { ScanData } from '../../src-main/workbook/scan-data';

const SHEETS = ['Scan', 'Initiatieven', 'Activiteiten', 'Aanbieders', 'Toelichting'];
const INITIATIVE_HEADERS = ['Initiatief', 'Omschrijving', 'Website', 'Startjaar', 'Thuisregio'];
const ACTIVITY_HEADERS = [
  'Initiatief', 'Activiteit', 'Type activiteit', 'Omschrijving', 'Startjaar', 'Geografie', 'Sector', 'Omvang', 'Fase',
  'Maturiteit', 'Digitaliseringsvorm', 'Doel', 'Toepassing', 'Technologie', 'Knelpunten', 'Beleidsrationale', 'Bereik',
  'Bereik eenheid', 'Bron bereik', 'Inspanning',
];
const PROVIDER_HEADERS = ['Initiatief', 'Activiteit', 'Organisatie', 'Type organisatie', 'Rol'];
const SCAN_KEYS = ['Regio', 'Jaar', 'Titel', 'Uitgevoerd door', 'Bron', 'Opmerkingen'];

const FORMULA_LIKE = ['=SUM(A1:A2)', '+31 50 123 4567', '-1+1', '@cmd', '\tTAB', '\rCR', '=HYPERLINK("https://x.example","klik")'];

const scan: ScanData = {
  scan: { region: 'Testregio', year: 2024, title: 'Testscan', performedBy: 'Team', source: null, notes: '=1+1' },
  initiatives: [
    { name: 'Werkplaats Test', description: FORMULA_LIKE[0], website: 'https://werkplaats.example', startYear: 2021, homeRegion: 'provincie-drenthe' },
    { name: FORMULA_LIKE[1] as string, startYear: null, homeRegion: 'Eigen regio' },
  ],
  activities: [
    {
      initiative: 'Werkplaats Test',
      name: 'Studentenproject',
      description: 'Gewone tekst',
      startYear: 2022,
      values: {
        type: ['werken-met-studenten'],
        geography: ['noord-nederland'],
        sector: ['C', 'E', 'geen'],
        size: ['micro', 'klein'],
        phase: ['scaleup'],
        maturity: ['laag'],
        form: ['4', '7'],
        goal: ['cyberveiligheid', 'inclusiviteit'],
        application: ['smart-industry'],
        technology: ['ai', 'IoT'],
        bottleneck: ['0', '6', '10'],
        rationale: ['3'],
        effort: ['middel'],
      },
      unmapped: { sector: ['Visserij en zo'], bottleneck: ['tijdgebrek'] },
      reach: 120,
      reachUnit: 'ondernemingen',
      reachSource: 'kwantitatief',
      providers: [
        { organisation: 'Hanzehogeschool Groningen', organisationType: 'onderwijsinstelling', roles: ['uitvoerder'] },
        { organisation: 'Rabobank', organisationType: 'bank', roles: ['financier', 'contact'] },
      ],
    },
    {
      initiative: FORMULA_LIKE[1] as string,
      name: FORMULA_LIKE[2] as string,
      description: FORMULA_LIKE[6],
      values: { type: ['kennisplatform'], effort: ['laag'] },
      reach: null,
      reachSource: 'geen',
      providers: [{ organisation: FORMULA_LIKE[3] as string, roles: ['initiatiefnemer'] }],
    },
    {
      initiative: FORMULA_LIKE[1] as string,
      name: FORMULA_LIKE[4] as string,
      description: FORMULA_LIKE[5],
      values: { type: ['scans'] },
      providers: [],
    },
  ],
};

/** The first activity's coded cells as written: multi-valued with "; ", codes by the cell conventions, unmapped values last. */
const FIRST_ACTIVITY_CELLS: Record<string, string> = {
  'Type activiteit': 'Werken met studenten',
  Geografie: 'Noord-Nederland',
  Sector: 'C. Industrie; E. Winning en distributie van water; afval- en afvalwaterbeheer en sanering; Geen specifieke sector; Visserij en zo',
  Omvang: 'micro; klein',
  Fase: 'scale-up',
  Maturiteit: 'laag',
  Digitaliseringsvorm: '4. Intelligentie; 7. Niet-gespecificeerd',
  Doel: '(cyber)veiligheid; inclusiviteit',
  Toepassing: 'smart industry',
  Technologie: 'AI; IoT',
  Knelpunten: '0. Probleemsignalering en vraagarticulatie; 6. Interne kennis; 10. Coördinatie; tijdgebrek',
  Beleidsrationale: '3. Coördinatiegebreken',
  Inspanning: 'Middel',
  'Bron bereik': 'kwantitatieve meting',
  'Bereik eenheid': 'ondernemingen',
};

/** Lines of the Toelichting sheet (its cells joined with " | "): dimension titles and codebook values. */
const CODEBOOK_LINES = [
  'Type activiteit (Activity type)',
  'Knelpunten (Bottlenecks)',
  '6 | 6. Interne kennis | Interne kennis | Internal knowledge | Kunnen',
  'C | C. Industrie | Industrie | Manufacturing',
  '7 | 7. Niet-gespecificeerd | Niet-gespecificeerd | Not specified | Geen specifieke digitaliseringsvorm.',
  "contact | Contactlegging met mkb'er | Contactlegging met mkb'er | Contact with SMEs",
];

function read(bytes: Buffer): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer' });
}

function rows(wb: XLSX.WorkBook, sheet: string): unknown[][] {
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, blankrows: true });
}

function sheetXml(bytes: Buffer, n: number): string {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
  const i = zip.FullPaths.findIndex((p) => p.endsWith(`/xl/worksheets/sheet${n}.xml`));
  return Buffer.from(zip.FileIndex[i]?.content ?? []).toString('utf8');
}

describe('canonical writer', () => {
  const bytes = writeCanonicalWorkbook(scan, { note: 'Export uit de test' });
  const wb = read(bytes);
  const act = rows(wb, 'Activiteiten');
  const header = act[0] as string[];
  const col = (name: string) => header.indexOf(name);
  const first = act[1] as unknown[];

  it('writes exactly the sheets and headers of docs/workbook-format.md §1', () => {
    expect(wb.SheetNames).toEqual(SHEETS);
    expect(rows(wb, 'Initiatieven')[0]).toEqual(INITIATIVE_HEADERS);
    expect(header).toEqual(ACTIVITY_HEADERS);
    expect(rows(wb, 'Aanbieders')[0]).toEqual(PROVIDER_HEADERS);
    expect(rows(wb, 'Scan').map((r) => r[0])).toEqual(SCAN_KEYS);
    expect(rows(wb, 'Scan').map((r) => r[1])).toEqual(['Testregio', 2024, 'Testscan', 'Team', null, '=1+1']);
  });

  it('writes one row per initiative, activity and provider', () => {
    expect(rows(wb, 'Initiatieven')).toHaveLength(3);
    expect(act).toHaveLength(4);
    const providers = rows(wb, 'Aanbieders');
    expect(providers).toHaveLength(4);
    expect(providers[2]).toEqual(['Werkplaats Test', 'Studentenproject', 'Rabobank', 'Bank/financier', "Financier; Contactlegging met mkb'er"]);
    expect(providers[3]).toEqual([FORMULA_LIKE[1], FORMULA_LIKE[2], FORMULA_LIKE[3], null, 'Initiatiefnemer']);
    expect(rows(wb, 'Initiatieven')[1]).toEqual(['Werkplaats Test', FORMULA_LIKE[0], 'https://werkplaats.example', 2021, 'Provincie Drenthe']);
    expect(rows(wb, 'Initiatieven')[2]).toEqual([FORMULA_LIKE[1], null, null, null, 'Eigen regio']);
  });

  it('writes multi-valued cells with "; ", coded values by the cell conventions and unmapped values last', () => {
    for (const [header, cell] of Object.entries(FIRST_ACTIVITY_CELLS)) expect(first[col(header)], header).toBe(cell);
  });

  it('writes numbers as numbers and unknown reach as an empty cell, never 0', () => {
    const ws = wb.Sheets.Activiteiten as XLSX.WorkSheet;
    const reachCol = XLSX.utils.encode_col(col('Bereik'));
    const yearCol = XLSX.utils.encode_col(col('Startjaar'));
    expect(ws[`${reachCol}2`]).toMatchObject({ t: 'n', v: 120 });
    expect(ws[`${yearCol}2`]).toMatchObject({ t: 'n', v: 2022 });
    expect(ws[`${reachCol}3`]).toBeUndefined();
    expect(ws[`${reachCol}4`]).toBeUndefined();
    expect(ws[`${yearCol}3`]).toBeUndefined();
    expect((act[2] as unknown[])[col('Bron bereik')]).toBe('geen');
  });

  it('keeps formula-like text as plain string cells that are never evaluated', () => {
    const found: string[] = [];
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name] as XLSX.WorkSheet;
      for (const [ref, cell] of Object.entries(ws)) {
        if (ref.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${name}!${ref}`).toBeUndefined();
        if (typeof c.v === 'string' && /^[=+\-@\t\r]/.test(c.v)) {
          expect(c.t, `${name}!${ref}`).toBe('s');
          found.push(c.v);
        }
      }
    }
    for (const text of FORMULA_LIKE) expect(found, JSON.stringify(text)).toContain(text);
    for (let n = 1; n <= SHEETS.length; n++) expect(sheetXml(bytes, n)).not.toMatch(/<f[\s>]/);
  });

  it('freezes the header row and sets an autofilter and column widths on the data sheets', () => {
    for (const n of [2, 3, 4]) expect(sheetXml(bytes, n)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheetXml(bytes, 1)).not.toContain('<pane');
    const built = buildCanonicalWorkbook(scan);
    for (const name of ['Initiatieven', 'Activiteiten', 'Aanbieders']) {
      const ws = built.Sheets[name] as XLSX.WorkSheet;
      expect(ws['!autofilter']?.ref.startsWith('A1:')).toBe(true);
      expect(ws['!cols']?.length).toBeGreaterThan(0);
      for (const c of ws['!cols'] ?? []) expect(c.wch).toBeGreaterThanOrEqual(8);
    }
    expect(sheetXml(bytes, 3)).toContain('<autoFilter ref="A1:T4"/>');
  });

  it('writes the codebook in the Toelichting sheet, with the note on top', () => {
    const lines = rows(wb, 'Toelichting');
    expect(lines[0]?.[0]).toBe('Export uit de test');
    const flat = lines.map((r) => r.filter((v) => v != null).join(' | '));
    for (const line of CODEBOOK_LINES) expect(flat).toContain(line);
    expect(flat.some((l) => l.startsWith('werken-met-studenten | Werken met studenten | Werken met studenten | Working with students'))).toBe(true);
  });

  it('is deterministic', () => {
    expect(writeCanonicalWorkbook(scan, { note: 'Export uit de test' }).equals(bytes)).toBe(true);
  });

  it('writes an empty template with the same sheets, headers only', () => {
    const t = read(writeTemplateWorkbook());
    expect(t.SheetNames).toEqual([...SHEETS, 'Lijsten']); // the hidden drop-down lists
    expect(rows(t, 'Initiatieven')).toEqual([INITIATIVE_HEADERS]);
    expect(rows(t, 'Activiteiten')).toEqual([ACTIVITY_HEADERS]);
    expect(rows(t, 'Aanbieders')).toEqual([PROVIDER_HEADERS]);
    expect(rows(t, 'Scan')).toEqual(SCAN_KEYS.map((k) => [k, null]));
    expect(rows(t, 'Toelichting').length).toBeGreaterThan(100);
  });
});
