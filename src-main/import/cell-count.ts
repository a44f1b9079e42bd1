/**
 * Counting what SheetJS would build from an .xlsx before it builds it, so that a small file cannot
 * make it build millions of cells: 486 KB of `<c><v>1</v></c>` (16 million cells, 240 MB unpacked,
 * inside the size limits) took 2 GB. Counted on every part, whatever its path or name, by what
 * SheetJS' own patterns match in it:
 *
 * - a part with `<sheetData>` is a sheet to SheetJS wherever it lives: each cell element (any
 *   namespace prefix), plus each row (SheetJS makes a cell of text before a row's first cell);
 * - a hyperlink makes a cell of every cell of its range (`ref="A1:XFD1048576"` is 17 billion);
 * - shared-string items;
 * - a sheet part is counted once for every sheet of the workbook that refers to it (two sheets may
 *   name one part, and SheetJS then builds it twice).
 *
 * Comment parts (legacy, threaded and their VML shapes) make cells too, and SheetJS inserts them in
 * time quadratic in the comments on one cell; the importer reads no comments, so open-workbook.ts
 * hands SheetJS those parts empty (PartCount.comments tells which).
 */
import type { ZipPart } from './zip-container';
import { attributeValues, binaryText, TAG, tagName, unescapeXml, utf16Text } from './xml-text';

export interface PartCount {
  /** Cells SheetJS builds when it reads the part as a sheet (0 without sheetData), plus its hyperlinks' cells. */
  cells: number;
  /** Shared-string items, and 1 for a part with `<sst>` (SheetJS makes an item of text after the last). */
  strings: number;
  sheetData: boolean;
  comments: boolean;
  /** The part has `<sheet>` elements, so it may be the workbook. */
  sheets: boolean;
  /** `<mergeCell>` elements (any prefix): merged areas SheetJS reads into the sheet's merge list. */
  merges: number;
}

/** SheetJS' safe_decode_range, as far as the number of cells its loops visit. */
export function rangeArea(ref: string): number {
  let i = 0;
  // A run of digits in `base` read from `i` on (the digit `first` is the character after `zero`), less one.
  const run = (zero: number, first: number, base: number) => {
    let n = 0;
    for (; i < ref.length; i++) {
      const c = ref.charCodeAt(i) - zero;
      if (c < first || c >= first + base) break;
      n = base * n + c;
    }
    return n - 1;
  };
  // Column letters count from A = 1 in base 26; row digits from 0 in base 10.
  const letters = () => run(64, 1, 26);
  const digits = () => run(48, 0, 10);
  const c0 = letters();
  const r0 = digits();
  if (i === ref.length || ref[i] !== ':') return 1;
  i++;
  const c1 = letters();
  const r1 = digits();
  return Math.max(0, r1 - r0 + 1) * Math.max(0, c1 - c0 + 1);
}

/** SheetJS reads a hyperlink's attributes after UTF-8 decoding its tag (a U+2028 separates attributes then). */
function hyperlinkArea(tag: string): number {
  const refs = attributeValues(Buffer.from(tag, 'latin1').toString('utf8'), 'ref');
  return Math.max(1, ...refs.map(rangeArea));
}

/** `[A-Za-z0-9_]`: the characters of `\w`, which SheetJS' patterns allow in a namespace prefix. */
const WORD = new Uint8Array(256);
for (const c of '0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') WORD[c.charCodeAt(0)] = 1;
/** `[\s/>]` in one-byte text: what may end a cell element's name (SheetJS itself takes only space, `/`, `>`). */
const NAME_END = new Uint8Array(256);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2f, 0x3e]) NAME_END[c] = 1;

const NAMES = ['c', 'sheetData', 'hyperlink', 'sheet', 'commentList', 'threadedComment', 'shape', 'sst', 'row', 'si', 'sstItem', 'mergeCell'] as const;
type Name = (typeof NAMES)[number];
/** The names by length, as byte arrays. */
const BY_LENGTH = new Map<number, [Name, number[]][]>();
for (const n of NAMES) BY_LENGTH.set(n.length, [...(BY_LENGTH.get(n.length) ?? []), [n, [...n].map((ch) => ch.charCodeAt(0))]]);

/** Which of NAMES the bytes [start, end) spell, if any. */
function nameAt(buf: Buffer, start: number, end: number): Name | undefined {
  if (end - start === 1) return buf[start] === 0x63 ? 'c' : undefined;
  const candidates = BY_LENGTH.get(end - start);
  if (!candidates) return undefined;
  outer: for (const [name, bytes] of candidates) {
    for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) continue outer;
    return name;
  }
  return undefined;
}

/**
 * One pass over a part's bytes, tag by tag (every `<`), taking each tag's name after an optional
 * `\w+:` prefix as SheetJS' patterns do: cells `<c`, row ends `</row>`, `<sheetData`, hyperlink tags,
 * shared-string items `</si>`, comment markers, `<sheet` tags, `<sst`. Works on bytes, not a string:
 * a 240 MB sheet of 16 million cells is counted in a second or two. Stops once a sheet part has more
 * than `stopAbove` cells.
 */
export function countPart(data: Buffer, stopAbove = Infinity): PartCount {
  // A part with a UTF-16 byte-order mark is read by SheetJS re-encoded as UTF-8; count those bytes.
  const utf16 = data[0] === 0xff || data[1] === 0xfe ? utf16Text(data) : undefined;
  const buf = utf16 === undefined ? data : Buffer.from(utf16, 'utf8');
  const count = { cells: 0, rows: 0, links: 0, strings: 0, merges: 0, sheetData: false, comments: false, sheets: false, sst: false };
  const length = buf.length;
  for (let lt = 0; lt < length; lt++) {
    if (buf[lt] !== 0x3c) continue;
    let start = lt + 1;
    const closing = buf[start] === 0x2f;
    if (closing) start++;
    let end = start;
    while (end < length && WORD[buf[end]!]) end++;
    if (end > start && buf[end] === 0x3a) {
      start = end + 1;
      end = start;
      while (end < length && WORD[buf[end]!]) end++;
    }
    const name = end > start ? nameAt(buf, start, end) : undefined;
    if (name === undefined) continue;
    const next = buf[end] ?? 0;
    if (closing) {
      if (next !== 0x3e) continue;
      if (name === 'row') count.rows++;
      else if (name === 'si' || name === 'sstItem') count.strings++;
    } else if (name === 'c') {
      // Past the limit the file is refused whatever the rest holds.
      if (NAME_END[next] && ++count.cells > stopAbove && count.sheetData) break;
    } else if (name === 'hyperlink') {
      const gt = buf.indexOf(0x3e, end);
      const nextLt = buf.indexOf(0x3c, end);
      if (NAME_END[next] && next !== 0x2f && next !== 0x3e && gt >= 0 && (nextLt < 0 || gt < nextLt)) count.links += hyperlinkArea(buf.toString('latin1', lt, gt + 1));
    } else if (name === 'sheetData') count.sheetData = true;
    else if (name === 'sheet') count.sheets ||= NAME_END[next] === 1;
    else if (name === 'sst') count.sst = true;
    else if (name === 'mergeCell') count.merges += NAME_END[next] ?? 0;
    else if (name === 'commentList' || name === 'threadedComment' || name === 'shape') count.comments = true;
  }
  return {
    cells: (count.sheetData ? count.cells + count.rows + 1 : 0) + count.links,
    strings: count.sst ? count.strings + 1 : 0,
    sheetData: count.sheetData,
    comments: count.comments,
    sheets: count.sheets,
    merges: count.sheetData ? count.merges : 0,
  };
}

const dirname = (name: string) => name.slice(0, name.lastIndexOf('/') + 1);

/** Relationship id → targets, from SheetJS' reading of a .rels part (parse_rels). */
function relationships(data: Buffer | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!data) return out;
  for (const m of binaryText(data).matchAll(TAG)) {
    if (m[0].split(/[ \n\r]/, 1)[0] !== '<Relationship') continue;
    for (const id of attributeValues(m[0], 'Id')) {
      for (const target of attributeValues(m[0], 'Target')) out.set(id, [...(out.get(id) ?? []), unescapeXml(target)]);
    }
  }
  return out;
}

export interface SheetBound {
  /** The most sheets any workbook part declares. */
  sheets: number;
  /** The most cells SheetJS can build for the sheets of any one workbook part. */
  cells: number;
}

/**
 * For each part that may be the workbook, its sheets and the part SheetJS will read for each (the
 * relationship's target tried as SheetJS tries it: under xl/, as written, beside the workbook; or
 * xl/worksheets/sheetN.xml): the sum of those parts' cells, a part counted once per sheet naming it.
 */
export function sheetBound(parts: ReadonlyMap<string, ZipPart>, counts: ReadonlyMap<string, PartCount>): SheetBound {
  let sheets = 0;
  let cells = 0;
  const cellsOf = (key: string) => counts.get(key.toLowerCase())?.cells ?? 0;
  const numbersHack = parts.has('xl/worksheets/sheet.xml');
  for (const [key, part] of parts) {
    if (!counts.get(key)?.sheets) continue;
    const folder = dirname(part.name);
    const relsNames = [`${folder}_rels/${part.name.slice(folder.length)}.rels`, 'xl/_rels/workbook.xml.rels'];
    const rels = relsNames.map((n) => relationships(parts.get(n.toLowerCase())?.data));
    const bases = [folder, 'xl/'];
    const sheetTags = [...binaryText(part.data).matchAll(TAG)].filter((m) => tagName(m[0]) === '<sheet');
    let total = 0;
    sheetTags.forEach((m, i) => {
      const candidates = [`xl/worksheets/sheet${i + 1}.xml`];
      if (numbersHack) candidates.push(`xl/worksheets/sheet${i}.xml`.replace(/sheet0\./, 'sheet.'));
      for (const id of [...attributeValues(m[0], 'id'), ...attributeValues(m[0], 'strRelID')]) {
        for (const target of rels.flatMap((r) => r.get(id) ?? [])) {
          candidates.push(`xl/${target.replace(/[/]?xl\//, '')}`, target, ...bases.map((b) => b + target));
        }
      }
      total += Math.max(...candidates.map(cellsOf));
    });
    sheets = Math.max(sheets, sheetTags.length);
    cells = Math.max(cells, total);
  }
  return { sheets, cells };
}

/** Content types and relationship types by which SheetJS reads a part as a binary (.xlsb) part. */
const BINARY_CONTENT_TYPE = /application\/vnd\.ms-excel\.(?:sheet\.binary|worksheet|chartsheet|dialogsheet|macrosheet|intlmacrosheet|sharedstrings|styles|comments|externallink|calcchain|sheetmetadata)(?!\+xml)/i;
const READ_RELATIONSHIP = /\/(?:worksheet|chartsheet|dialogsheet|macrosheet|xlMacrosheet|xlIntlMacrosheet|officeDocument|sharedStrings|styles|comments|externalLink|calcChain|sheetMetadata)$/i;

const endsWithBin = (values: string[]) => values.some((v) => unescapeXml(v).toLowerCase().endsWith('.bin'));

/** Tags of a part, as SheetJS' tag pattern finds them, by element name (namespace prefix dropped). */
const tagsNamed = (part: ZipPart | undefined, name: string) => (part ? [...binaryText(part.data).matchAll(TAG)].map((m) => m[0]).filter((t) => tagName(t) === name) : []);

/**
 * Whether the package is (or holds) a binary workbook: a binary workbook part, a `.bin` part whose
 * content type is a binary spreadsheet part, or a relationship SheetJS follows that points at a
 * `.bin` part. (open-workbook.ts also never hands SheetJS a `.bin` part, so one that slips past
 * this is not read at all.) A default content type for the `.bin` extension says nothing: some
 * writers declare the .xlsb type for it in ordinary .xlsx files.
 */
export function hasBinarySheets(parts: ReadonlyMap<string, ZipPart>): boolean {
  if (parts.has('xl/workbook.bin')) return true;
  for (const tag of tagsNamed(parts.get('[content_types].xml'), '<Override')) {
    if (endsWithBin(attributeValues(tag, 'partname')) && attributeValues(tag, 'contenttype').some((t) => BINARY_CONTENT_TYPE.test(t))) return true;
  }
  for (const [key, part] of parts) {
    if (!key.endsWith('.rels')) continue;
    for (const tag of tagsNamed(part, '<Relationship')) {
      if (endsWithBin(attributeValues(tag, 'target')) && attributeValues(tag, 'type').some((t) => READ_RELATIONSHIP.test(t))) return true;
    }
  }
  return false;
}
