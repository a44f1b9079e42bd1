/**
 * A small raw-OOXML .xlsx writer for test fixtures, independent of SheetJS (which the importer reads
 * with): the zip container (local headers, central directory, end record; deflate from node:zlib,
 * CRC-32 computed here) and the SpreadsheetML parts are written by hand, so the importer is tested
 * against files it did not write itself.
 *
 * Supported: several sheets (optionally hidden), inline strings or an Excel-like shared-string
 * table, numbers, booleans, formulas with a cached number or string result, merged cells.
 * Output is deterministic: the same input gives the same bytes (fixed zip timestamps).
 */
import { columnLetter } from '../../src-main/import/issues';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Interner } from '../../src-shared/interner';

// ---------------------------------------------------------------------------------------------
// Zip container

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses it). */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store without compression (ODS requires this for `mimetype`). */
  store?: boolean;
}

/** MS-DOS date and time of 1980-01-01 00:00:00: fixed, so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface SharedHeaderFields {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The 26 bytes a local header (from offset 4) and its central directory header (from offset 6) have in
 * common, in the same order: version needed, flags, method, time, date, CRC-32, both sizes, name length
 * and extra field length.
 */
function writeSharedHeaderFields(header: Buffer, at: number, f: SharedHeaderFields): void {
  header.writeUInt16LE(20, at); // version needed: 2.0
  header.writeUInt16LE(f.flags, at + 2);
  header.writeUInt16LE(f.method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressedSize, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
  header.writeUInt16LE(0, at + 24); // extra field length
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.store ? 0 : 8;
    const body = entry.store ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const flags = /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0; // bit 11: UTF-8 name

    const fields: SharedHeaderFields = { flags, method, crc, compressedSize: body.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedHeaderFields(local, 4, fields);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS
    writeSharedHeaderFields(central, 6, fields);
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk number start
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, centralDirectory, end]);
}

/** Reads a zip written by anyone (no zip64, no encryption); checks every entry's CRC. For tests. */
export function readZip(buf: Buffer): { name: string; method: number; data: Buffer }[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: { name: string; method: number; data: Buffer }[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central header at ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    const data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    out.push({ name, method, data });
    p += 46 + skip;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** A formula cell with the value the spreadsheet cached (the importer never evaluates formulas). */
export interface FormulaCell {
  formula: string;
  cached: string | number;
}

export type Cell = string | number | boolean | null | FormulaCell;

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  rows: Cell[][];
  /** Merged areas in A1 notation, e.g. `D1:F1`. */
  merges?: string[];
}

export interface XlsxOptions {
  /** Store text in `xl/sharedStrings.xml` (as Excel does) instead of inline strings. */
  sharedStrings?: boolean;
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 0-based column index → letters (0 → A, 26 → AA): the importer's own, so issues and fixtures name columns alike. */
export const columnName = columnLetter;

/** `D1:F2` → 0-based corners. */
export function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r0: Number(m[2]) - 1, c0: col(m[1]!), r1: Number(m[4]) - 1, c1: col(m[3]!) };
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function textElement(text: string): string {
  return `<t xml:space="preserve">${xmlEscape(text)}</t>`;
}

class SharedStrings {
  private readonly strings = new Interner<string>();
  count = 0;
  id(text: string): number {
    this.count++;
    return this.strings.id(text);
  }
  xml(): string {
    const list = this.strings.keys;
    return `${DECL}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${list.length}">${list.map((s) => `<si>${textElement(s)}</si>`).join('')}</sst>`;
  }
}

function cellXml(ref: string, cell: Cell, sst: SharedStrings | undefined): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === 'string') {
    if (sst) return `<c r="${ref}" t="s"><v>${sst.id(cell)}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is>${textElement(cell)}</is></c>`;
  }
  const f = `<f>${xmlEscape(cell.formula.replace(/^=/, ''))}</f>`;
  if (typeof cell.cached === 'number') return `<c r="${ref}">${f}<v>${cell.cached}</v></c>`;
  return `<c r="${ref}" t="str">${f}<v>${xmlEscape(cell.cached)}</v></c>`;
}

function sheetXml(sheet: SheetSpec, sst: SharedStrings | undefined): string {
  let maxCol = 0;
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell, sst)).join('');
    if (row.length > maxCol) maxCol = row.length;
    if (cells !== '') rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const dimension = sheet.rows.length > 0 && maxCol > 0 ? `A1:${columnName(maxCol - 1)}${sheet.rows.length}` : 'A1';
  const merges = sheet.merges && sheet.merges.length > 0 ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `${DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

const STYLES = `${DECL}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export function writeXlsx(sheets: readonly SheetSpec[], options: XlsxOptions = {}): Buffer {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const sst = options.sharedStrings ? new SharedStrings() : undefined;
  const sheetParts = sheets.map((s) => sheetXml(s, sst));

  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    ...(sst ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`] : []),
  ];
  const contentTypes = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
  const rootRels = `${DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEntries = sheets
    .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
    .join('');
  // Excel wants the active tab to be a visible sheet.
  const firstVisible = Math.max(0, sheets.findIndex((s) => !s.hidden));
  const workbook = `${DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="${firstVisible}" firstSheet="${firstVisible}"/></bookViews><sheets>${sheetEntries}</sheets></workbook>`;
  const n = sheets.length;
  const workbookRels = `${DECL}<Relationships xmlns="${PKG_REL_NS}">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>${
    sst ? `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''
  }</Relationships>`;

  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  return writeZip([
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    { name: '_rels/.rels', data: utf8(rootRels) },
    { name: 'xl/workbook.xml', data: utf8(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRels) },
    ...sheetParts.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: utf8(xml) })),
    { name: 'xl/styles.xml', data: utf8(STYLES) },
    ...(sst ? [{ name: 'xl/sharedStrings.xml', data: utf8(sst.xml()) }] : []),
  ]);
}
