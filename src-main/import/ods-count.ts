/**
 * The cells SheetJS builds from an .ods content.xml, counted on the same text with its own tag
 * pattern and the same steps of its reader (parse_content_xml) before it builds any: a 2 KB file
 * whose one cell is repeated over 900 columns and 20,000 rows took 1.2 GB.
 *
 * SheetJS ignores namespaces: it matches elements by local name (`<table:table-cell>`,
 * `<t:table-cell>` and `<x:table-cell_1>` alike, and the UOF names `数据` and `行`) and attributes
 * by local name, whatever prefix a file binds to the table namespace or does not bind at all. So
 * this count does the same, rather than resolving prefixes to namespace URNs: every cell element
 * SheetJS sees, it sees too.
 */
import { attributeValues, utf16Text } from './xml-text';

/** SheetJS' xlmlregex: [1] the closing slash, [3] the local name. */
const XLML = /<([/]?)([^\s?><!/:"]*:|)([^\s?<>:/"]+)(?:\s+[^<>=?"'\s]+="[^"]*?")*\s*[/]?>/gm;

/**
 * The UOF names SheetJS also recognises, and what stands for each of their characters in the
 * one-byte text below (control characters of the file itself become `~`, so none collides).
 */
const UOF: Record<string, string> = { 数: '\x01', 据: '\x02', 行: '\x03', 文: '\x04', 本: '\x05', 串: '\x06', 类: '\x07', 型: '\x08' };
const CELL_NAMES = new Set(['table-cell', '\x01\x02']);
const ROW_NAMES = new Set(['table-row', '\x03']);
const PARAGRAPH_NAMES = new Set(['p', '\x04\x05\x06']);
const VALUE_TYPE_UOF = '\x01\x02\x07\x08';

/**
 * A one-byte stand-in for a piece of the decoded text, equal to it for SheetJS' patterns: every
 * character above U+00FF becomes a space if it is whitespace to `\s` (and to Number and parseInt),
 * else `~` (like it: not `\w`, not a digit, nothing SheetJS' tag pattern names); the UOF
 * characters become their own control characters. Keeps a 256 MB content.xml
 * at 256 MB where its decoded text, with one character above U+00FF, would take 512 MB.
 */
function oneByte(text: string): string {
  // eslint-disable-next-line no-control-regex -- the file's own control characters must not pass for the UOF stand-ins
  return text.replace(/[\u0001-\u0008]|[^\u0000-\u00ff]/g, (ch) => (ch < '\u0009' ? '~' : (UOF[ch] ?? (/\s/.test(ch) ? ' ' : '~'))));
}

/**
 * content.xml as SheetJS tokenises it — decoded (utf8read), then without `<!--…-->` (its
 * str_remove_ng: to the end if unclosed) — in the one-byte form, written piece by piece into one
 * buffer: decoded between `<` bytes (never inside a UTF-8 sequence, so decoding in pieces is
 * decoding the whole). Never longer than the bytes it comes from.
 */
function contentText(content: Buffer): string {
  const out = Buffer.allocUnsafe(content.length + 8);
  let written = 0;
  let inComment = false;
  let pending = '';
  const emit = (text: string) => {
    written += out.write(text, written, 'latin1');
  };
  const take = (decoded: string, final: boolean) => {
    let text = pending + oneByte(decoded);
    pending = '';
    for (;;) {
      if (inComment) {
        const end = text.indexOf('-->');
        if (end < 0) {
          // Keep what could be the start of "-->".
          if (!final) pending = text.slice(-2);
          return;
        }
        inComment = false;
        text = text.slice(end + 3);
      } else {
        const start = text.indexOf('<!--');
        if (start < 0) {
          const keep = final ? 0 : Math.min(3, text.length);
          emit(text.slice(0, text.length - keep));
          pending = text.slice(text.length - keep);
          return;
        }
        emit(text.slice(0, start));
        inComment = true;
        // SheetJS looks for the end after the 4 characters of "<!--".
        text = text.slice(start + 4);
      }
    }
  };
  const utf16 = utf16Text(content);
  if (utf16 !== undefined) take(utf16, true);
  else {
    for (let start = 0; start < content.length; ) {
      let end = Math.min(content.length, start + 4 * 1024 * 1024);
      if (end < content.length) {
        const cut = content.lastIndexOf(0x3c, end - 1);
        if (cut > start) end = cut;
      }
      take(content.toString('utf8', start, end), false);
      start = end;
    }
    take('', true);
  }
  return out.toString('latin1', 0, written);
}

/** SheetJS' remove_doctype. */
function removeDoctype(text: string): string {
  const si = text.slice(0, 1024).indexOf('<!DOCTYPE');
  if (si < 0) return text;
  const m = /<[\w]/.exec(text);
  return m ? text.slice(0, si) + text.slice(m.index) : text;
}

/** The largest count any of the values gives (SheetJS keeps one of them; which one does not matter here). */
const largest = (values: string[], parse: (v: string) => number) => Math.max(1, ...values.map((v) => parse(v) || 1));

/** Rows a cell is repeated over: SheetJS loops `rpt < +number-rows-repeated || 1`. */
const rowRepeats = (tag: string) => Math.ceil(largest(attributeValues(tag, 'number-rows-repeated'), (v) => +v));
/** Columns: SheetJS sets one cell and `parseInt(number-columns-repeated) - 1` copies. */
const columnRepeats = (tag: string) => largest(attributeValues(tag, 'number-columns-repeated'), (v) => Math.max(parseInt(v, 10), +v));

/** A cell whose value type leaves it a string cell, which SheetJS drops when no paragraph follows. */
function isStringType(tag: string): boolean {
  const types = [...attributeValues(tag, VALUE_TYPE_UOF), ...attributeValues(tag, 'value-type')];
  return types.every((t) => t === '' || t === 'string' || t === 'text');
}

/** Merged areas: a cell spanning more than one row or column (SheetJS reads each into the sheet's merge list). */
const spans = (tag: string) =>
  largest(attributeValues(tag, 'number-rows-spanned'), (v) => parseInt(v, 10)) * largest(attributeValues(tag, 'number-columns-spanned'), (v) => parseInt(v, 10)) > 1;

export interface OdsCount {
  /** Cells SheetJS builds. */
  cells: number;
  /**
   * Bytes of markup and text inside the cells it builds, times the cells each is copied into: SheetJS
   * copies a cell's text into every row and column it is repeated over, so a 32,767-character cell
   * repeated 300,000 times took it past 4 GB. Counted on the whole element, so never less than the text.
   */
  textBytes: number;
  merges: number;
}

/**
 * What SheetJS builds from content.xml. As its reader: a row tag sets the row repeat until a row
 * closes; a cell's closing tag (with or without an opening one) builds repeat-rows × repeat-columns
 * cells from the last cell tag's attributes, unless that cell is an empty string cell; a
 * self-closing cell builds at most one. Rows beyond the row limit, which SheetJS skips, are counted
 * anyway.
 */
export function odsCount(content: Buffer): OdsCount {
  const text = removeDoctype(contentText(content));
  let total = 0;
  let textBytes = 0;
  let merges = 0;
  let rowRepeat = 1;
  let cellTag = '';
  let cellBody = 0;
  let stringCell = false;
  let paragraph = false;
  for (const m of text.matchAll(XLML)) {
    const name = m[3]!.replace(/_[\s\S]*$/, '');
    const tag = m[0];
    const closing = m[1] === '/';
    const selfClosing = tag.charAt(tag.length - 2) === '/';
    if (ROW_NAMES.has(name)) rowRepeat = closing ? 1 : rowRepeats(tag);
    else if (name === 'covered-table-cell') {
      if (!closing) cellTag = tag;
    } else if (CELL_NAMES.has(name)) {
      if (!closing && spans(tag)) merges++;
      if (selfClosing) {
        cellTag = tag;
        total += 1;
        stringCell = [...attributeValues(tag, 'value-type'), ...attributeValues(tag, VALUE_TYPE_UOF)].includes('string');
      } else if (!closing) {
        cellTag = tag;
        cellBody = m.index! + tag.length;
        stringCell = isStringType(tag);
        paragraph = false;
      } else {
        if (!(stringCell && !paragraph)) {
          const copies = rowRepeat * columnRepeats(cellTag);
          total += copies;
          textBytes += Math.max(0, m.index! - cellBody) * copies;
        }
        // SheetJS starts a fresh cell object after each close: a second close builds again.
        stringCell = false;
      }
    } else if (PARAGRAPH_NAMES.has(name) && !closing && !selfClosing) paragraph = true;
    if (!Number.isFinite(total) || !Number.isFinite(textBytes)) return { cells: Infinity, textBytes: Infinity, merges };
  }
  return { cells: total, textBytes, merges };
}
