/**
 * A cell merged down over several activity rows names the initiative of each of them; merged areas
 * are clipped, filled and looked up in time linear in the cells, and counted before SheetJS reads them.
 */
import { describe, expect, it } from 'vitest';
import { countPart } from '../../src-main/import/cell-count';
import { odsCount } from '../../src-main/import/ods-count';
import { clipMerges, fillVerticalMerges, MergedAreas } from '../../src-main/import/merges';
import { prepareImport } from '../../src-main/import/pipeline';
import { memoryDb } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';

describe('merged cells in the data', () => {
  it('fills a vertically merged initiative into every row it spans, and reports nothing', async () => {
    const bytes = writeXlsx([
      {
        name: 'Activiteiten',
        rows: [
          ['Initiatief', 'Activiteit', 'Type activiteit'],
          ['Digitale Werkplaats Drenthe', 'Spreekuur', 'Advisering/consultancy'],
          [null, 'Stages', 'Werken met studenten'],
          [null, 'Scan', 'Scans & assessments'],
          ['TechHub Assen', 'Meetup', 'Netwerken & coördineren'],
        ],
        merges: ['A2:A4'],
      },
    ]);
    const prepared = await prepareImport(await memoryDb(), bytes, 'merged.xlsx');
    const scan = prepared.scans[0]!;
    expect(scan.data.activities.map((a) => `${a.initiative} / ${a.name}`)).toEqual([
      'Digitale Werkplaats Drenthe / Spreekuur',
      'Digitale Werkplaats Drenthe / Stages',
      'Digitale Werkplaats Drenthe / Scan',
      'TechHub Assen / Meetup',
    ]);
    expect(scan.issues).toEqual([]);
  });
});

describe('merged areas, linear in the cells they cover (issue 13)', () => {
  const grid = () => [['A', 'x', null], [null, 'y'], [null], [null, null, 'z']] as (string | null)[][];

  it('clips merges to the cells the sheet fills and drops those whose first cell is empty', () => {
    expect(clipMerges(grid(), [
      { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 },
      { r0: 2, c0: 1, r1: 9, c1: 9 },
    ])).toEqual([{ r0: 0, c0: 0, r1: 3, c1: 2 }]);
  });

  it('fills each cell once however many merges overlap it, and counts what the grid gained', () => {
    const rows = grid();
    const merges = Array.from({ length: 1000 }, () => ({ r0: 0, c0: 0, r1: 3, c1: 0 }));
    expect(fillVerticalMerges(rows, merges, 100)).toBe(3);
    expect(rows.map((r) => r[0])).toEqual(['A', 'A', 'A', 'A']);
  });

  it('a later merge starting inside an earlier one carries on with the value it found there', () => {
    const rows: (string | null)[][] = [['a'], [null], [null], [null], [null]];
    fillVerticalMerges(rows, [{ r0: 2, c0: 0, r1: 4, c1: 0 }, { r0: 0, c0: 0, r1: 2, c1: 0 }], 100);
    expect(rows.map((r) => r[0])).toEqual(['a', 'a', 'a', 'a', 'a']);
  });

  it('pads a shorter row to reach the merged column and counts the padding, stopping past the limit', () => {
    const rows: (string | null)[][] = [[null, null, null, 'v'], [], [], []];
    expect(fillVerticalMerges(rows, [{ r0: 0, c0: 3, r1: 3, c1: 3 }], 100)).toBe(12);
    expect(rows[1]).toEqual([null, null, null, 'v']);
    const again: (string | null)[][] = [[null, null, null, 'v'], [], [], []];
    expect(fillVerticalMerges(again, [{ r0: 0, c0: 3, r1: 3, c1: 3 }], 5)).toBeGreaterThan(5);
  });

  it('gives the header finder the value of the merged area a cell lies in', () => {
    const rows: (string | null)[][] = [['Sector', null, null, 'Fase', null]];
    const merged = new MergedAreas(rows, [{ r0: 0, c0: 3, r1: 0, c1: 4 }, { r0: 0, c0: 0, r1: 0, c1: 2 }, { r0: 0, c0: 1, r1: 0, c1: 1 }]);
    expect([0, 1, 2, 3, 4, 5].map((c) => merged.valueAt(0, c))).toEqual(['Sector', 'Sector', 'Sector', 'Fase', 'Fase', undefined]);
    expect(merged.valueAt(1, 0)).toBeUndefined();
  });
});

describe('merged areas counted before SheetJS reads them (issue 13)', () => {
  it('counts <mergeCell ref=…> in a sheet part, whatever its namespace prefix (not <mergeCells>)', () => {
    const xml = `<worksheet><sheetData/><mergeCells count="3"><mergeCell ref="A1:B1"/><x:mergeCell ref="C1:D1"/><mergeCell ref="E1:F1"></mergeCell></mergeCells></worksheet>`;
    expect(countPart(Buffer.from(xml)).merges).toBe(3);
    // A part that is no sheet (no sheetData) is not read for merges.
    expect(countPart(Buffer.from('<other><mergeCell ref="A1:B1"/></other>')).merges).toBe(0);
  });

  it('counts the spanned cells of an .ods as SheetJS makes merges of them', () => {
    const xml = '<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1"/><table:table-cell table:number-columns-spanned="1" table:number-rows-spanned="1"/><table:table-cell table:number-rows-spanned="3"/>';
    expect(odsCount(Buffer.from(xml)).merges).toBe(2);
  });

  it('counts an .ods cell\'s content once for each column and row it is repeated over (markup included: never less than its text)', () => {
    const xml = '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4" office:value-type="string"><text:p>abc</text:p></table:table-cell><table:table-cell table:number-columns-repeated="9"/></table:table-row>';
    const { cells, textBytes } = odsCount(Buffer.from(xml));
    expect(cells).toBe(3 * 4 + 1);
    expect(textBytes).toBe('<text:p>abc</text:p>'.length * 4 * 3);
  });
});
