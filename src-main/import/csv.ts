/**
 * CSV text → rows. Decodes UTF-8 (with or without BOM), UTF-16 with BOM, and falls back to
 * Windows-1252 when the bytes are not valid UTF-8 (Dutch Excel's "CSV" export). The separator is
 * `;`, `,` or tab, taken from an Excel `sep=` line or counted outside quotes in the first lines.
 */
import { UserError } from '../errors';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest is Latin-1. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Node's TextDecoder('windows-1252') is Latin-1 without full ICU, so the table is spelled out here.
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function sniffSeparator(text: string): { separator: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep?.[1]) return { separator: sep[1], skipFirstLine: true };
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') lines++;
    else if (!inQuotes && ch in counts) counts[ch]! += 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return { separator: best[1] > 0 ? best[0] : ';', skipFirstLine: false };
}

/** Rows and columns with content beyond which parsing stops (read-workbook passes LIMITS). */
export interface CsvLimits {
  rows: number;
  columns: number;
}

/** Thrown as soon as a row or a field with content lies past a limit; the reader says it to the user. */
export class CsvTooLarge extends Error {
  constructor(readonly kind: 'rows' | 'columns') {
    super(`CSV has more ${kind} than the limit`);
  }
}

/**
 * RFC 4180 parsing; a quote that is never closed refuses the file with the line it opened on. Empty
 * fields and rows past the limits are not kept, and content past them stops parsing at once: 90 MB
 * of separators once made a row of 94 million empty fields (2.8 GB).
 */
export function parseCsv(text: string, limits: CsvLimits = { rows: Infinity, columns: Infinity }): string[][] {
  const { separator, skipFirstLine } = sniffSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let fields = 0;
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  const endField = () => {
    fields++;
    if (fields <= limits.columns) row.push(field);
    else if (field !== '') throw new CsvTooLarge('columns');
    field = '';
  };
  const endRow = () => {
    endField();
    const content = row.some((f) => f !== '');
    if (rows.length < limits.rows) rows.push(row);
    else if (content) throw new CsvTooLarge('rows');
    row = [];
    fields = 0;
  };
  let i = skipFirstLine ? text.indexOf('\n') + 1 : 0;
  if (skipFirstLine) line = 2;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      // A blank line past the row limit holds nothing to keep: skip it without building a row.
      if (!(fields === 0 && field === '' && rows.length >= limits.rows)) endRow();
      line++;
    } else {
      field += ch;
    }
  }
  if (inQuotes) {
    throw new UserError('import-refused', {
      nl: `Het CSV-bestand heeft op regel ${quoteLine} een aanhalingsteken (") dat nergens wordt gesloten; herstel het bestand en probeer opnieuw.`,
      en: `The CSV file has a quote (") on line ${quoteLine} that is never closed; fix the file and try again.`,
    });
  }
  if (field !== '' || row.length > 0 || fields > 0) endRow();
  return rows;
}
