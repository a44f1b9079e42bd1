/**
 * Formula-like text in a written .xlsx (issue 8). Every text is already a string cell, which no
 * spreadsheet evaluates on opening; but when a user edits such a cell in Excel (F2, Enter) the text
 * "=HYPERLINK(…)" would become a live formula. Excel's own guard is the cell style attribute
 * `quotePrefix="1"`: the cell shows and keeps exactly its text, and stays text after editing.
 *
 * SheetJS CE cannot write styles, so this works on the written package's XML: every string cell
 * (shared or inline) whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a cell
 * format (`<xf>` in `cellXfs`) that is a copy of its current one with quotePrefix="1". Existing
 * styles are kept: a cell with `s="3"` gets a clone of xf 3, added once, at the end of `cellXfs`.
 */
import { isFormulaLike } from './safe-cells';

export interface PackageXml {
  /** xl/styles.xml */
  styles: string;
  /** xl/sharedStrings.xml, when the package has one. */
  sharedStrings: string | null;
  /** The worksheet parts, in any order. */
  sheets: readonly string[];
}

/** XML text content → the string it stands for (entities and OOXML's `_xHHHH_` escapes). */
export function decodeXmlText(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The text of a shared-string item or inline string: its <t> runs joined (phonetic runs left out). */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => decodeXmlText(m[1] ?? '')).join('');
}

/** For each shared string (by index): whether its text is formula-like. */
function formulaLikeSharedStrings(sstXml: string | null): boolean[] {
  if (!sstXml) return [];
  return [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => isFormulaLike(stringItemText(m[1] ?? '')));
}

const CELL_XFS = /<cellXfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/cellXfs>)/;
const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;

/** The cell formats of styles.xml, each as its XML. */
export function cellXfs(stylesXml: string): string[] {
  const block = CELL_XFS.exec(stylesXml);
  if (!block) throw new Error('styles.xml has no cellXfs');
  return [...(block[1] ?? '').matchAll(XF)].map((m) => m[0]);
}

export function hasQuotePrefix(xfXml: string): boolean {
  return /^<xf\b[^>]*\squotePrefix="(?:1|true)"/.test(xfXml);
}

function withQuotePrefix(xfXml: string): string {
  const plain = xfXml.replace(/\squotePrefix="[^"]*"/, '');
  return plain.replace(/^<xf\b/, '<xf quotePrefix="1"');
}

/**
 * Adds quotePrefix="1" to the style of every formula-like string cell. Returns the new styles.xml and
 * worksheet parts; a package without such cells comes back unchanged.
 */
export function quoteFormulaLikeCells(pkg: PackageXml): { styles: string; sheets: string[] } {
  const risky = formulaLikeSharedStrings(pkg.sharedStrings);
  const xfs = cellXfs(pkg.styles);
  const added: string[] = [];
  /** current style index → index of its quote-prefixed twin */
  const twin = new Map<number, number>();
  const quotedStyle = (s: number): number => {
    const xf = xfs[s];
    if (xf === undefined) throw new Error(`A cell refers to style ${s}, which styles.xml does not have`);
    if (hasQuotePrefix(xf)) return s;
    let t = twin.get(s);
    if (t === undefined) {
      t = xfs.length + added.length;
      added.push(withQuotePrefix(xf));
      twin.set(s, t);
    }
    return t;
  };

  const sheets = pkg.sheets.map((xml) =>
    xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (cell: string, attrs: string, _end: string, inner: string | undefined) => {
      const type = /\st="([^"]+)"/.exec(attrs)?.[1];
      let formulaLike = false;
      if (type === 's') {
        const v = /<v>\s*(\d+)\s*<\/v>/.exec(inner ?? '')?.[1];
        formulaLike = v !== undefined && risky[Number(v)] === true;
      } else if (type === 'inlineStr') {
        const is = /<is>([\s\S]*?)<\/is>/.exec(inner ?? '')?.[1];
        formulaLike = is !== undefined && isFormulaLike(stringItemText(is));
      }
      if (!formulaLike) return cell;
      const current = Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const quoted = quotedStyle(current);
      if (quoted === current && /\ss="/.test(attrs)) return cell;
      const newAttrs = /\ss="/.test(attrs) ? attrs.replace(/\ss="\d+"/, ` s="${quoted}"`) : `${attrs} s="${quoted}"`;
      return `<c${newAttrs}${cell.slice(2 + attrs.length)}`;
    }),
  );
  if (added.length === 0) return { styles: pkg.styles, sheets };

  const all = [...xfs, ...added];
  const styles = pkg.styles.replace(CELL_XFS, (block) => {
    const open = /^<cellXfs\b[^>]*?(?=\/?>)/.exec(block)![0].replace(/\scount="\d+"/, '');
    return `${open} count="${all.length}">${all.join('')}</cellXfs>`;
  });
  return { styles, sheets };
}
