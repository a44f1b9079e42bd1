/** The downloadable template: canonical sheets, a hidden Lijsten sheet and drop-down lists on coded columns. */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { UserError } from '../../src-main/errors';
import { prepareImport } from '../../src-main/import/pipeline';
import { writeTemplateWorkbook } from '../../src-main/workbook/canonical-writer';
import { memoryDb } from '../helpers/db';
import { readZip } from '../helpers/ooxml';

describe('the template', () => {
  const bytes = writeTemplateWorkbook();

  it('has the canonical sheets, the codebook and a hidden Lijsten sheet', () => {
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Scan', 'Initiatieven', 'Activiteiten', 'Aanbieders', 'Toelichting', 'Lijsten']);
    expect(wb.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual([0, 0, 0, 0, 0, 1]);
    const lists = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets.Lijsten!);
    expect(lists.map((r) => r['Type activiteit']).filter(Boolean)).toContain('Werken met studenten');
    expect(lists.map((r) => r.Knelpunten).filter(Boolean)).toContain('6. Interne kennis');
  });

  it('puts drop-down lists on the coded columns: strict for single-valued closed lists, advisory for multi-valued', () => {
    const sheets = Object.fromEntries(readZip(bytes).map((e) => [e.name, e.data.toString('utf8')]));
    const activities = sheets['xl/worksheets/sheet3.xml']!;
    const validations = [...activities.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/g)].map((m) => ({ attrs: m[1]!, formula: m[2]! }));
    const type = validations.find((v) => v.attrs.includes('sqref="C2:C5001"'))!;
    expect(type.attrs).not.toContain('errorStyle');
    expect(type.formula).toBe('Lijsten!$A$2:$A$13');
    const sector = validations.find((v) => v.attrs.includes('sqref="G2:G5001"'))!;
    expect(sector.attrs).toContain('errorStyle="information"');
    expect(sheets['xl/worksheets/sheet4.xml']).toMatch(/<dataValidation [^>]*sqref="D2:D5001"/);
    // The schema order: dataValidations after the sheet data and its autofilter.
    expect(activities.indexOf('<dataValidations')).toBeGreaterThan(activities.indexOf('</sheetData>'));
    expect(activities.indexOf('<dataValidations')).toBeGreaterThan(activities.indexOf('<autoFilter'));
  });

  it('is refused as a scan while it is empty, with one sentence', async () => {
    const db = await memoryDb();
    await expect(prepareImport(db, bytes, 'regioscan-sjabloon.xlsx')).rejects.toBeInstanceOf(UserError);
  });
});
