/**
 * Any supported file → grids of plain cell values. Refuses, with one sentence and before parsing,
 * what is not a workbook, is encrypted, or exceeds the limits. Formulas are never evaluated: only the
 * value the spreadsheet cached is read. Macros, external links and styles are not read at all.
 */
import type * as XLSX from 'xlsx';
import { UserError } from '../errors';
import { CsvTooLarge, parseCsv, decodeCsv } from './csv';
import { LIMITS } from './limits';
import { clipMerges, fillVerticalMerges } from './merges';
import { openWorkbook, sheetsRefusal } from './open-workbook';
import { cellTextBudget } from './text-budget';

export type CellValue = string | number | boolean | null;

export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Grid {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: Merge[];
  /** CSV only: rows (0-based) holding characters read as Windows-1252 in a file that is otherwise UTF-8. */
  windows1252Rows?: number[];
}

export type FileFormat = 'xlsx' | 'ods' | 'xls' | 'csv';

export interface ReadResult {
  format: FileFormat;
  grids: Grid[];
}

function refuse(nl: string, en: string): never {
  throw new UserError('import-refused', { nl, en });
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function sniff(bytes: Buffer, fileName: string): FileFormat {
  const lower = fileName.toLowerCase();
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return lower.endsWith('.ods') ? 'ods' : 'xlsx';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) return 'xls';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  refuse(
    `"${fileName}" is geen leesbare werkmap (verwacht .xlsx, .xls, .ods of .csv).`,
    `"${fileName}" is not a readable workbook (expected .xlsx, .xls, .ods or .csv).`,
  );
}

function refuseRows(sheet: string, fileName: string): never {
  refuse(
    // "More than": reading stops one row past the limit, so the true count is not known.
    `Blad "${sheet}" van "${fileName}" heeft meer dan ${LIMITS.rowsPerSheet.toLocaleString('nl-NL')} rijen; dat is geen scan.`,
    `Sheet "${sheet}" of "${fileName}" has more than ${LIMITS.rowsPerSheet.toLocaleString('en-GB')} rows; that is not a scan.`,
  );
}

function refuseColumns(sheet: string, fileName: string): never {
  refuse(
    `Blad "${sheet}" van "${fileName}" heeft meer dan ${LIMITS.columnsPerSheet} kolommen met inhoud; dat is geen scan.`,
    `Sheet "${sheet}" of "${fileName}" has more than ${LIMITS.columnsPerSheet} columns with content; that is not a scan.`,
  );
}

function checkGridLimits(grid: Grid, fileName: string): void {
  if (grid.rows.length > LIMITS.rowsPerSheet) refuseRows(grid.name, fileName);
  for (const row of grid.rows) {
    if (row.length > LIMITS.columnsPerSheet) refuseColumns(grid.name, fileName);
    for (const cell of row) {
      if (typeof cell === 'string' && cell.length > LIMITS.cellCharacters) {
        refuse(
          `Een cel op blad "${grid.name}" bevat ${cell.length.toLocaleString('nl-NL')} tekens; een spreadsheetcel bevat er hooguit ${LIMITS.cellCharacters.toLocaleString('nl-NL')}.`,
          `A cell on sheet "${grid.name}" holds ${cell.length.toLocaleString('en-GB')} characters; a spreadsheet cell holds at most ${LIMITS.cellCharacters.toLocaleString('en-GB')}.`,
        );
      }
    }
  }
}

const hasContent = (cell: XLSX.CellObject | undefined) => !!cell && cell.v !== undefined && cell.v !== null && cell.v !== '' && cell.t !== 'z' && cell.t !== 'e';

/**
 * Cells far apart — a cell reference, hyperlink or repeat that names row 1,000,000,000 or column
 * 4,000,000,000 — make SheetJS' dense rows as long as that, and gridFromSheet walks them index by
 * index. A sheet longer than the row limit is refused; a row longer than the column limit is
 * refused if it has content past it, and otherwise cut after its last cell with content.
 */
function boundSheetExtent(sheet: XLSX.WorkSheet, name: string, fileName: string): void {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  if (data.length > LIMITS.rowsPerSheet + 1) refuseRows(name, fileName);
  for (const row of data) {
    if (!row || row.length <= LIMITS.columnsPerSheet) continue;
    let last = -1;
    for (const key of Object.keys(row)) {
      const c = Number(key);
      if (c > last && hasContent(row[c])) last = c;
    }
    if (last >= LIMITS.columnsPerSheet) refuseColumns(name, fileName);
    row.length = last + 1;
  }
}

function refuseMerges(fileName: string): never {
  refuse(
    `"${fileName}" heeft meer dan ${LIMITS.merges.toLocaleString('nl-NL')} samengevoegde celbereiken; dat is geen scan en wordt niet geopend.`,
    `"${fileName}" has more than ${LIMITS.merges.toLocaleString('en-GB')} merged cell ranges; that is not a scan and is not opened.`,
  );
}

/**
 * Vertical merges fill their value into the rows they span, once the grid is known to be within the
 * row and column limits. The cells they fill or pad are held to LIMITS.cells apart (`fill.cells`:
 * what the workbook has left of it).
 */
function applyMerges(grid: Grid, fileName: string, fill: { cells: number }): void {
  grid.merges = clipMerges(grid.rows, grid.merges);
  const added = fillVerticalMerges(grid.rows, grid.merges, fill.cells);
  if (added > fill.cells) {
    refuse(
      `De samengevoegde cellen op blad "${grid.name}" van "${fileName}" vullen meer dan ${LIMITS.cells.toLocaleString('nl-NL')} cellen; dat is geen scan.`,
      `The merged cells on sheet "${grid.name}" of "${fileName}" fill more than ${LIMITS.cells.toLocaleString('en-GB')} cells; that is not a scan.`,
    );
  }
  fill.cells -= added;
}

/** Counts the text of every cell (a string shared by many cells counts in each) against LIMITS.textBytes. */
function checkCellText(grids: readonly Grid[], fileName: string): void {
  const budget = cellTextBudget(fileName);
  for (const grid of grids) for (const row of grid.rows) for (const cell of row) if (typeof cell === 'string') budget.add(cell);
}

/** Builds a grid from SheetJS' dense data, ignoring the declared `!ref` (it may claim A1:XFD1048576). */
function gridFromSheet(name: string, sheet: XLSX.WorkSheet, hidden: boolean): Grid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: CellValue[][] = [];
  let lastRow = -1;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: CellValue[] = [];
    if (source) {
      let last = -1;
      for (let c = 0; c < source.length; c++) {
        const cell = source[c];
        if (!cell || cell.v === undefined || cell.v === null || cell.t === 'z' || cell.t === 'e') continue;
        const value: CellValue = cell.t === 'd' ? String(cell.v) : (cell.v as CellValue);
        if (value === '') continue;
        row[c] = value;
        last = c;
      }
      row.length = last + 1;
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      if (last >= 0) lastRow = r;
    }
    rows.push(row);
  }
  rows.length = lastRow + 1;
  const merges = ((sheet['!merges'] ?? []) as XLSX.Range[]).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  return { name, hidden, rows, merges };
}

export async function readWorkbook(bytes: Buffer, fileName: string): Promise<ReadResult> {
  if (bytes.length === 0) refuse(`"${fileName}" is leeg.`, `"${fileName}" is empty.`);
  if (bytes.length > LIMITS.fileBytes) {
    refuse(
      `"${fileName}" is ${mb(bytes.length)}; een scan is hooguit ${mb(LIMITS.fileBytes)}.`,
      `"${fileName}" is ${mb(bytes.length)}; a scan is at most ${mb(LIMITS.fileBytes)}.`,
    );
  }
  const format = sniff(bytes, fileName);

  if (format === 'csv') {
    const { text, windows1252 } = decodeCsv(bytes);
    if (text.includes('\u0000')) refuse(`"${fileName}" is geen tekstbestand.`, `"${fileName}" is not a text file.`);
    const name = fileName.replace(/\.[^.]+$/, '');
    let parsed: string[][];
    const rowStarts: number[] = [];
    try {
      parsed = parseCsv(text, { rows: LIMITS.rowsPerSheet, columns: LIMITS.columnsPerSheet }, rowStarts);
    } catch (error) {
      if (error instanceof CsvTooLarge) return error.kind === 'rows' ? refuseRows(name, fileName) : refuseColumns(name, fileName);
      throw error;
    }
    const rows = parsed.map((row) => row.map((cell): CellValue => (cell === '' ? null : cell)));
    const grid = gridFromRows(name, rows);
    if (windows1252) {
      grid.windows1252Rows = [];
      for (let r = 0; r < grid.rows.length; r++) if (windows1252.any(rowStarts[r]!, rowStarts[r + 1] ?? text.length)) grid.windows1252Rows.push(r);
    }
    checkGridLimits(grid, fileName);
    checkCellText([grid], fileName);
    return { format, grids: [grid] };
  }

  const { workbook, odsContent } = await openWorkbook(bytes, fileName, format === 'xls' ? 'ole' : 'zip');
  if (workbook.SheetNames.length > LIMITS.sheets) throw sheetsRefusal(fileName, workbook.SheetNames.length);
  // Counted again as SheetJS built them (an .xls file's merges are not counted before it reads them).
  const merges = workbook.SheetNames.reduce((n, name) => n + ((workbook.Sheets[name]?.['!merges'] as unknown[] | undefined)?.length ?? 0), 0);
  if (merges > LIMITS.merges) refuseMerges(fileName);
  const odsHidden = odsContent ? odsHiddenSheets(odsContent) : new Set<string>();
  const fill = { cells: LIMITS.cells };
  const grids = workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0 || odsHidden.has(name);
    if (sheet) boundSheetExtent(sheet, name, fileName);
    const grid = sheet ? gridFromSheet(name, sheet, hidden) : { name, hidden, rows: [], merges: [] };
    checkGridLimits(grid, fileName);
    applyMerges(grid, fileName, fill);
    return grid;
  });
  checkCellText(grids, fileName);
  return { format, grids };
}

/**
 * SheetJS does not read an .ods sheet's visibility; it lives in content.xml as a table style with
 * `table:display="false"`.
 */
function odsHiddenSheets(content: Buffer): Set<string> {
  const xml = content.toString('utf8');
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b[^>]*style:name="([^"]+)"[^>]*style:family="table"[^>]*>\s*<style:table-properties\b[^>]*table:display="false"/g)) hiddenStyles.add(m[1]!);
  for (const m of xml.matchAll(/<style:style\b[^>]*style:family="table"[^>]*style:name="([^"]+)"[^>]*>\s*<style:table-properties\b[^>]*table:display="false"/g)) hiddenStyles.add(m[1]!);
  const hidden = new Set<string>();
  for (const m of xml.matchAll(/<table:table\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /table:name="([^"]*)"/.exec(attrs)?.[1];
    const style = /table:style-name="([^"]*)"/.exec(attrs)?.[1];
    if (name !== undefined && style !== undefined && hiddenStyles.has(style)) hidden.add(unescapeXml(name));
  }
  return hidden;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function gridFromRows(name: string, rows: CellValue[][]): Grid {
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] ?? []).every((c) => c === null)) last--;
  return { name, hidden: false, rows: rows.slice(0, last + 1), merges: [] };
}
