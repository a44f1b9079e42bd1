/**
 * A bold first row in a written .xlsx. SheetJS CE cannot write styles, so, like quote-prefix.ts,
 * this works on the package's XML: styles.xml gets a bold copy of the default font and a cell format
 * that uses it, and every cell of row 1 of the chosen sheets gets that format.
 */
import { cellXfs } from './quote-prefix';

const FONTS = /<fonts\b([^>]*?)count="(\d+)"([^>]*)>([\s\S]*?)<\/fonts>/;
const CELL_XFS_OPEN = /<cellXfs\b([^>]*?)count="(\d+)"([^>]*)>/;

/** styles.xml with a bold font and a cell format using it added; the new format's index. */
export function addBoldFormat(stylesXml: string): { styles: string; xf: number } {
  const fonts = FONTS.exec(stylesXml);
  if (!fonts) throw new Error('styles.xml has no fonts');
  const first = /<font\b[^>]*>([\s\S]*?)<\/font>/.exec(fonts[4]!);
  const bold = `<font><b/>${(first?.[1] ?? '').replace(/<b\/>/g, '')}</font>`;
  const fontId = Number(fonts[2]);
  let styles = stylesXml.replace(FONTS, `<fonts$1count="${fontId + 1}"$3>$4${bold}</fonts>`);
  const xf = cellXfs(styles).length;
  const open = CELL_XFS_OPEN.exec(styles);
  if (!open) throw new Error('styles.xml has no cellXfs');
  styles = styles.replace(CELL_XFS_OPEN, `<cellXfs$1count="${xf + 1}"$3>`).replace('</cellXfs>', `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>`);
  return { styles, xf };
}

/** A worksheet's XML with every cell of row 1 in cell format `xf`. */
export function boldFirstRow(sheetXml: string, xf: number): string {
  return sheetXml.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, (row) => row.replace(/<c r="([A-Z]+1)"((?:\s+(?!s=)[a-z]+="[^"]*")*)(?:\s+s="\d+")?/g, `<c r="$1"$2 s="${xf}"`));
}
