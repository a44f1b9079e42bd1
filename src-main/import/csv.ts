/**
 * CSV text → rows. Decodes UTF-8 (with or without BOM), UTF-16 with BOM, and falls back to
 * Windows-1252 when the bytes are not valid UTF-8 (Dutch Excel's "CSV" export). A file that is UTF-8
 * but for some lines in Windows-1252 (text pasted in from elsewhere) is read as it is written — UTF-8
 * where it is, Windows-1252 for each byte that is not — and marks those characters, so that every row
 * holding one is reported. The separator is `;`, `,` or tab, taken from an Excel `sep=` line or
 * counted outside quotes in the first lines.
 */
import { UserError } from '../errors';

/** `mixed`: UTF-8, with bytes that are not UTF-8 read as Windows-1252. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** `mixed` only: which characters of `text` were read as Windows-1252. */
  windows1252?: CharMarks;
}

/** One bit per character of a text: a few MB for the largest file, however many characters are marked. */
export class CharMarks {
  private readonly bits: Uint32Array;

  constructor(length: number) {
    this.bits = new Uint32Array((length >>> 5) + 1);
  }

  mark(offset: number): void {
    this.bits[offset >>> 5]! |= 1 << (offset & 31);
  }

  /** Whether any character in [start, end) is marked. */
  any(start: number, end: number): boolean {
    for (let i = start; i < end; ) {
      if ((i & 31) === 0 && i + 32 <= end) {
        if (this.bits[i >>> 5] !== 0) return true;
        i += 32;
      } else {
        if (this.bits[i >>> 5]! & (1 << (i & 31))) return true;
        i++;
      }
    }
    return false;
  }
}

export function decodeCsv(bytes: Buffer): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return decodeUtf8(bytes);
}

const UTF16 = new TextDecoder('utf-16le');
/** Code units decoded before they are turned into a string: a few hundred strings for the largest file. */
const BLOCK = 1 << 16;

/**
 * UTF-8 if it all is. Otherwise each byte that starts no valid UTF-8 sequence is a Windows-1252
 * character: a file without a single UTF-8 sequence is Windows-1252 throughout; one with both is
 * `mixed`, and its Windows-1252 characters are marked so that every row holding one is reported. (With
 * a BOM too: stray bytes are read this way, not silently turned into U+FFFD.)
 */
function decodeUtf8(bytes: Buffer): DecodedCsv {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not all UTF-8: read below.
  }
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const marks = new CharMarks(data.length);
  const units = new Uint16Array(BLOCK + 2);
  const parts: string[] = [];
  let n = 0;
  let length = 0;
  let sequences = 0;
  for (let i = 0; i < data.length; ) {
    if (n >= BLOCK) {
      parts.push(UTF16.decode(units.subarray(0, n)));
      length += n;
      n = 0;
    }
    const b = data[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    const size = utf8SequenceLength(data, i);
    if (size === 0) {
      marks.mark(length + n);
      units[n++] = b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
      i++;
      continue;
    }
    sequences++;
    let point = b & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) point = (point << 6) | (data[i + k]! & 0x3f);
    if (point > 0xffff) {
      point -= 0x10000;
      units[n++] = 0xd800 + (point >> 10);
      units[n++] = 0xdc00 + (point & 0x3ff);
    } else units[n++] = point;
    i += size;
  }
  parts.push(UTF16.decode(units.subarray(0, n)));
  const text = parts.join('');
  return sequences === 0 ? { text, encoding: 'windows-1252' } : { text, encoding: 'mixed', windows1252: marks };
}

const isContinuation = (c: number | undefined, low = 0x80, high = 0xbf) => c !== undefined && c >= low && c <= high;

/** Bytes in the well-formed UTF-8 sequence that starts at `i` (a byte of 0x80 or more), or 0. */
function utf8SequenceLength(data: Uint8Array, i: number): number {
  const b = data[i]!;
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(data[i + 1]) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return isContinuation(data[i + 1], b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && isContinuation(data[i + 2]) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return isContinuation(data[i + 1], b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && isContinuation(data[i + 2]) && isContinuation(data[i + 3]) ? 4 : 0;
  return 0;
}

/** Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest is Latin-1. Node's TextDecoder('windows-1252') is Latin-1 without full ICU, so the table is spelled out here. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

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
 * of separators once made a row of 94 million empty fields (2.8 GB). `rowStarts` receives the offset
 * in `text` at which each row begins.
 */
export function parseCsv(text: string, limits: CsvLimits = { rows: Infinity, columns: Infinity }, rowStarts?: number[]): string[][] {
  const { separator, skipFirstLine } = sniffSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let fields = 0;
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let rowStart = 0;
  const endField = () => {
    fields++;
    if (fields <= limits.columns) row.push(field);
    else if (field !== '') throw new CsvTooLarge('columns');
    field = '';
  };
  const endRow = () => {
    endField();
    const content = row.some((f) => f !== '');
    if (rows.length < limits.rows) {
      rows.push(row);
      rowStarts?.push(rowStart);
    } else if (content) throw new CsvTooLarge('rows');
    row = [];
    fields = 0;
  };
  let i = skipFirstLine ? text.indexOf('\n') + 1 : 0;
  if (skipFirstLine) line = 2;
  rowStart = i;
  for (; i < text.length; i++) {
    if (inQuotes) {
      // Everything up to the next quote belongs to the field, taken as one slice: a field built a
      // character at a time is a chain of 30,000 pieces (2.3 GB for 69 MB of long fields).
      const quote = text.indexOf('"', i);
      const end = quote < 0 ? text.length : quote;
      for (let nl = text.indexOf('\n', i); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) line++;
      field += text.slice(i, end);
      if (quote < 0) break;
      if (text[quote + 1] === '"') {
        field += '"';
        i = quote + 1;
      } else {
        inQuotes = false;
        i = quote;
      }
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      // A blank line past the row limit holds nothing to keep: skip it without building a row.
      if (!(fields === 0 && field === '' && rows.length >= limits.rows)) endRow();
      line++;
      rowStart = i + 1;
    } else {
      // The run of ordinary characters up to the next separator or line break, as one slice.
      let end = i + 1;
      while (end < text.length) {
        const next = text[end];
        if (next === separator || next === '\n' || next === '\r') break;
        end++;
      }
      field += text.slice(i, end);
      i = end - 1;
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
