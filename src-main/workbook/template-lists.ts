/**
 * The template's drop-down lists: a hidden sheet "Lijsten" with the allowed values of every coded
 * column (written the way the importer reads them), and Excel data validations pointing at them.
 * Multi-valued columns get an informational check only (a cell may hold "C. Industrie; Q. …").
 */
import * as XLSX from 'xlsx';
import { dimension, ORGANISATION_TYPES, REACH_SOURCES, REACH_UNITS, ROLES } from '../../src-shared/codebook';
import { ACTIVITY_COLUMNS, formatValue, PROVIDER_HEADERS, SHEET_NAMES } from './canonical-format';

export const LISTS_SHEET = 'Lijsten';

/** Rows of data the template prepares validation for. */
const ROWS = 5000;

interface ListColumn {
  sheet: string;
  header: string;
  values: string[];
  /** Only the listed values are allowed (single-valued closed lists). */
  strict: boolean;
}

function listColumns(): ListColumn[] {
  const out: ListColumn[] = [];
  for (const c of ACTIVITY_COLUMNS) {
    if (c.dimension) {
      const def = dimension(c.dimension);
      out.push({ sheet: SHEET_NAMES.activities, header: c.header, values: def.values.map((v) => formatValue(c.dimension!, v.code)), strict: !def.multi && def.kind === 'closed' });
    }
  }
  out.push({ sheet: SHEET_NAMES.activities, header: 'Bereik eenheid', values: REACH_UNITS.map((v) => v.nl), strict: true });
  out.push({ sheet: SHEET_NAMES.activities, header: 'Bron bereik', values: REACH_SOURCES.map((v) => v.nl), strict: true });
  out.push({ sheet: SHEET_NAMES.providers, header: 'Type organisatie', values: ORGANISATION_TYPES.map((v) => v.nl), strict: true });
  out.push({ sheet: SHEET_NAMES.providers, header: 'Rol', values: ROLES.map((v) => v.nl), strict: false });
  return out;
}

/** Adds the hidden Lijsten sheet to a template workbook. */
export function addListsSheet(wb: XLSX.WorkBook): void {
  const columns = listColumns();
  const height = Math.max(...columns.map((c) => c.values.length));
  const rows: string[][] = [columns.map((c) => c.header)];
  for (let r = 0; r < height; r++) rows.push(columns.map((c) => c.values[r] ?? ''));
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), LISTS_SHEET);
  wb.Workbook ??= {};
  wb.Workbook.Sheets = wb.SheetNames.map((name) => ({ name, Hidden: name === LISTS_SHEET ? 1 : 0 }));
}

function headersOf(sheet: string): readonly string[] {
  return sheet === SHEET_NAMES.activities ? ACTIVITY_COLUMNS.map((c) => c.header) : PROVIDER_HEADERS;
}

/** `<dataValidations>` XML for one data sheet, referring to the Lijsten columns. */
export function validationsXml(sheet: string): string {
  const columns = listColumns();
  const items = columns
    .map((c, i) => ({ c, listColumn: XLSX.utils.encode_col(i) }))
    .filter(({ c }) => c.sheet === sheet)
    .map(({ c, listColumn }) => {
      const col = XLSX.utils.encode_col(headersOf(sheet).indexOf(c.header));
      const errorStyle = c.strict ? '' : ' errorStyle="information"';
      return (
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${errorStyle} sqref="${col}2:${col}${ROWS + 1}">` +
        `<formula1>${LISTS_SHEET}!$${listColumn}$2:$${listColumn}$${c.values.length + 1}</formula1></dataValidation>`
      );
    });
  return items.length > 0 ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}

/** Inserts `<dataValidations>` where the OOXML schema wants it: after autoFilter/mergeCells, before hyperlinks or pageMargins. */
export function insertValidations(sheetXml: string, validations: string): string {
  if (validations === '') return sheetXml;
  const before = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<drawing', '<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'];
  for (const tag of before) {
    const at = sheetXml.indexOf(tag);
    if (at >= 0) return sheetXml.slice(0, at) + validations + sheetXml.slice(at);
  }
  throw new Error('worksheet XML without an end tag');
}
