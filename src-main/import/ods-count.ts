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
import { attributeValues, decodedText } from './xml-text';

/** SheetJS' xlmlregex: [1] the closing slash, [3] the local name. */
const XLML = /<([/]?)([^\s?><!/:"]*:|)([^\s?<>:/"]+)(?:\s+[^<>=?"'\s]+="[^"]*?")*\s*[/]?>/gm;

/** SheetJS' str_remove_ng: drops `<!--…-->` (to the end if unclosed) before it reads tags. */
function removeComments(text: string): string {
  let si = text.indexOf('<!--');
  if (si < 0) return text;
  const out: string[] = [];
  let last = 0;
  while (si > -1) {
    out.push(text.slice(last, si));
    const ei = text.indexOf('-->', si + 4);
    if (ei === -1) break;
    last = ei + 3;
    si = text.indexOf('<!--', last);
    if (si === -1) out.push(text.slice(last));
  }
  return out.join('');
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
  const types = [...attributeValues(tag, '数据类型'), ...attributeValues(tag, 'value-type')];
  return types.every((t) => t === '' || t === 'string' || t === 'text');
}

/**
 * Cells SheetJS builds from content.xml. As its reader: a row tag sets the row repeat until a row
 * closes; a cell's closing tag (with or without an opening one) builds repeat-rows × repeat-columns
 * cells from the last cell tag's attributes, unless that cell is an empty string cell; a
 * self-closing cell builds at most one. Rows beyond the row limit, which SheetJS skips, are counted
 * anyway.
 */
export function odsCellCount(content: Buffer): number {
  const text = removeDoctype(removeComments(decodedText(content)));
  let total = 0;
  let rowRepeat = 1;
  let cellTag = '';
  let stringCell = false;
  let paragraph = false;
  for (const m of text.matchAll(XLML)) {
    const name = m[3]!.replace(/_[\s\S]*$/, '');
    const tag = m[0];
    const closing = m[1] === '/';
    const selfClosing = tag.charAt(tag.length - 2) === '/';
    switch (name) {
      case 'table-row':
      case '行':
        rowRepeat = closing ? 1 : rowRepeats(tag);
        break;
      case 'covered-table-cell':
        if (!closing) cellTag = tag;
        break;
      case 'table-cell':
      case '数据':
        if (selfClosing) {
          cellTag = tag;
          total += 1;
          stringCell = attributeValues(tag, 'value-type').includes('string') || attributeValues(tag, '数据类型').includes('string');
        } else if (!closing) {
          cellTag = tag;
          stringCell = isStringType(tag);
          paragraph = false;
        } else {
          if (!(stringCell && !paragraph)) total += Math.max(0, rowRepeat) * columnRepeats(cellTag);
          // SheetJS starts a fresh cell object after each close: a second close builds again.
          stringCell = false;
        }
        break;
      case 'p':
      case '文本串':
        if (!closing && !selfClosing) paragraph = true;
        break;
    }
    if (!Number.isFinite(total)) return Infinity;
  }
  return total;
}
