/** Exports: the canonical scan workbook round-trips; filtered activities as .xlsx/.csv are readable and safe. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { activitiesCsv, activitiesXlsx, buildActivitiesExport } from '../../src-main/activities/export';
import { loadScanData } from '../../src-main/scans/export';
import { parseCsv } from '../../src-main/import/csv';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { memoryDb } from '../helpers/db';
import { readZip } from '../helpers/ooxml';
import { loadSampleScan } from '../helpers/sample-db';

async function roundTrip(db: Db, scanId: number) {
  const before = loadScanData(db, scanId);
  const bytes = writeCanonicalWorkbook(before);
  const other = await memoryDb();
  const prepared = await prepareImport(other, bytes, 'export.xlsx');
  const [result] = commitImport(other, prepared, () => 'keep-both');
  return { before, after: loadScanData(other, result!.scanId), issues: result!.issues };
}

describe('export scan → canonical workbook → import', () => {
  it('gives identical data for the sample scan', async () => {
    const db = await memoryDb();
    const id = await loadSampleScan(db);
    const { before, after, issues } = await roundTrip(db, id);
    expect(issues).toEqual([]);
    expect(after).toEqual(before);
  });

  it('gives identical data for a 2,000-activity stress scan, unmapped values included', async () => {
    const db = await memoryDb();
    const data = buildStressScan(2000, 700, 7);
    data.activities[0]!.unmapped = { sector: ['Toerisme'], bottleneck: ['Onbekend knelpunt'] };
    data.activities[1]!.values.technology = ['ai', 'Quantum computing'];
    const prepared = await prepareImport(db, writeCanonicalWorkbook(data), 'stress.xlsx');
    const [first] = commitImport(db, prepared, () => 'keep-both');
    const { before, after } = await roundTrip(db, first!.scanId);
    expect(after.activities).toHaveLength(2000);
    expect(after).toEqual(before);
    expect(after.activities[0]!.unmapped).toEqual({ sector: ['Toerisme'], bottleneck: ['Onbekend knelpunt'] });
  }, 60_000);
});

describe('export of filtered activities', () => {
  let db: Db;
  let filter: Filter;
  beforeAll(async () => {
    db = await memoryDb();
    const id = await loadSampleScan(db);
    // A hostile description: it must reach the file as text, never as a formula.
    db.prepare(`UPDATE activity SET description = '=HYPERLINK("http://evil.example","klik")' WHERE id = (SELECT min(id) FROM activity)`).run();
    db.prepare(`UPDATE initiative SET description = '@SUM(1+1)' WHERE id = (SELECT min(id) FROM initiative)`).run();
    filter = { ...emptyFilter([id]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten', 'signaleren'] }] };
  });

  it('writes Activiteiten, Initiatieven and Filter sheets with Dutch labels and providers per role', () => {
    const exp = buildActivitiesExport(db, emptyFilter(), 'nl');
    const bytes = activitiesXlsx(exp, emptyFilter(), { version: '9.9.9', date: new Date('2026-01-02T03:04:00Z'), lang: 'nl', scanNames: [] });
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Activiteiten', 'Initiatieven', 'Filter']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Activiteiten!);
    expect(rows).toHaveLength(100);
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Activiteiten!, { header: 1 })[0]!;
    expect(header).toEqual(expect.arrayContaining(['Initiatief', 'Activiteit', 'Type activiteit', 'Knelpunten', 'Uitvoerder', "Contactlegging met mkb'er"]));
    expect(rows.filter((r) => r.Uitvoerder).length).toBeGreaterThan(50);
    expect(rows.some((r) => String(r.Sector ?? '').includes('; '))).toBe(true);
    const about = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about).toContainEqual(['Activiteiten', 100]);
    expect(about).toContainEqual(['Versie Regioscan', '9.9.9']);
  });

  it('puts the filter in words, the counts and the rows of that filter only', () => {
    const exp = buildActivitiesExport(db, filter, 'nl');
    const wb = XLSX.read(activitiesXlsx(exp, filter, { version: '1', date: new Date(), lang: 'nl', scanNames: ['Noord-Nederland 2022'] }), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets.Activiteiten!);
    expect(rows).toHaveLength(13);
    expect(new Set(rows.map((r) => r['Type activiteit']))).toEqual(new Set(['Werken met studenten', 'Signaleren']));
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about.find((r) => r[0] === 'Filter')![1]).toBe('Type activiteit is Werken met studenten of Signaleren · Scan Noord-Nederland 2022 — 13 activiteiten, 13 initiatieven');
  });

  it('never writes a formula cell, and freezes and filters the header rows', () => {
    const exp = buildActivitiesExport(db, emptyFilter(), 'nl');
    const parts = readZip(activitiesXlsx(exp, emptyFilter(), { version: '1', date: new Date(), lang: 'nl', scanNames: [] }));
    const sheets = parts.filter((x) => x.name.startsWith('xl/worksheets/')).sort((a, b) => a.name.localeCompare(b.name));
    expect(sheets).toHaveLength(3);
    for (const p of sheets) expect(p.data.toString('utf8'), p.name).not.toMatch(/<f[\s>]/);
    // Activiteiten and Initiatieven have their header frozen; Filter opens with its title line instead.
    expect(sheets.map((p) => p.data.toString('utf8').includes('state="frozen"'))).toEqual([true, true, false]);
    const strings = parts.find((x) => x.name === 'xl/sharedStrings.xml')!.data.toString('utf8');
    expect(strings).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)');
  });

  it('writes CSV with BOM, ; or , and formula-like text made harmless but readable', () => {
    const exp = buildActivitiesExport(db, emptyFilter(), 'nl');
    for (const sep of [';', ','] as const) {
      const bytes = activitiesCsv(exp, sep);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(rows[0]!.slice(0, 3)).toEqual(['ID', 'Initiatief', 'Activiteit']);
      expect(rows.filter((r) => r.length > 1)).toHaveLength(101);
      const cells = rows.flat();
      expect(cells).toContain(`'=HYPERLINK("http://evil.example","klik")`);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    }
  });
});
