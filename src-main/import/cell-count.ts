/**
 * Counting a workbook's cells before SheetJS builds them, so that a small file cannot make it build
 * millions: 486 KB of `<c><v>1</v></c>` (16 million cells, 240 MB unpacked, inside the size limits)
 * took 2 GB; a 2 KB .ods whose one cell is repeated over 900 columns and 20,000 rows, 1.2 GB.
 */

/** A cell element, with or without a namespace prefix (`<c>`, `<c r="A1">`, `<x:c/>`). */
const CELL = /<(?:[A-Za-z_][\w.-]{0,19}:)?c[\s/>]/g;
/** The longest match, less one: what a chunk must keep of the one before to see a cell split between them. */
const CARRY = 23;

/**
 * A merged area as SheetJS finds one (`<mergeCell ref="A1:B2"/>`, any prefix): every element it
 * takes holds this text, so counting it never counts fewer.
 */
const MERGE = /mergeCell ref=/g;

/** Counts SpreadsheetML cells and merged areas in text arriving in chunks (a worksheet part as it inflates). */
export class CellCounter {
  count = 0;
  merges = 0;
  private carry = '';

  add(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1');
    for (const m of text.matchAll(CELL)) if (m.index! + m[0].length > this.carry.length) this.count++;
    this.merges += countMerges(text, this.carry.length);
    this.carry = text.slice(-CARRY);
  }
}

/** Merged areas in `text` that end past `from` (what came before was counted with the previous chunk). */
function countMerges(text: string, from: number): number {
  let n = 0;
  for (const m of text.matchAll(MERGE)) if (m.index! + m[0].length > from) n++;
  return n;
}

/** Whether a zip entry is an .xlsx worksheet, whose cells count. */
export function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

const attr = (attrs: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(attrs)?.[1] ?? 1);

/**
 * Cells with content in an .ods content.xml as SheetJS expands them: each cell times its
 * number-columns-repeated, each row times its number-rows-repeated. Empty repeated cells and rows
 * (LibreOffice writes them up to the sheet's edge) hold nothing and do not count.
 */
export function odsCellCount(xml: string): number {
  let total = 0;
  for (const row of xml.matchAll(/<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    let perRow = 0;
    for (const cell of (row[2] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const hasContent = /office:value-type=/.test(cell[1]!) || /<text:/.test(cell[3] ?? '');
      if (hasContent) perRow += attr(cell[1]!, 'table:number-columns-repeated');
    }
    total += perRow * attr(row[1]!, 'table:number-rows-repeated');
  }
  return total;
}

/**
 * Merged areas in an .ods content.xml as SheetJS makes them: one for each element whose
 * number-rows-spanned times number-columns-spanned is more than 1 (whatever its prefix).
 */
export function odsMergeCount(xml: string): number {
  let total = 0;
  for (const tag of xml.matchAll(/<[^>]*?number-(?:rows|columns)-spanned=[^>]*>/g)) {
    const span = (name: string) => parseInt(new RegExp(`number-${name}-spanned=["']([^"']*)`).exec(tag[0])?.[1] ?? '1', 10) || 1;
    if (span('rows') * span('columns') > 1) total++;
  }
  return total;
}

/**
 * Bytes of text in an .ods content.xml's cells as SheetJS builds them: SheetJS copies a cell's text
 * into every column and row it is repeated over, so a 32,767-character cell repeated 300,000 times
 * took it past 4 GB. Counted before SheetJS reads the file.
 */
export function odsCellTextBytes(xml: string): number {
  let total = 0;
  for (const row of xml.matchAll(/<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    let perRow = 0;
    for (const cell of (row[2] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const text = (cell[3] ?? '').replace(/<[^>]*>/g, '');
      if (text !== '') perRow += Buffer.byteLength(text, 'utf8') * attr(cell[1]!, 'table:number-columns-repeated');
    }
    total += perRow * attr(row[1]!, 'table:number-rows-repeated');
  }
  return total;
}
