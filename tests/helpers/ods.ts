/**
 * A raw OpenDocument spreadsheet (.ods) writer for test fixtures, independent of SheetJS: a zip whose
 * first entry is the uncompressed `mimetype`, then `META-INF/manifest.xml`, `styles.xml` and
 * `content.xml` with `table:table` rows and cells. Takes the same sheet description as the .xlsx
 * writer (tests/helpers/ooxml.ts): strings, floats, booleans, formulas with a cached value, merged
 * cells (`table:number-columns-spanned` / `-rows-spanned` plus covered cells), hidden sheets.
 */
import { parseRange, writeZip, xmlEscape, type Cell, type SheetSpec } from './ooxml';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
].join(' ');
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
const MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Text as one `text:p` per line. */
function paragraphs(text: string): string {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => `<text:p>${xmlEscape(line)}</text:p>`)
    .join('');
}

function valueAttributes(cell: Exclude<Cell, null>): { attrs: string; body: string } {
  if (typeof cell === 'number') return { attrs: `office:value-type="float" office:value="${cell}"`, body: `<text:p>${cell}</text:p>` };
  if (typeof cell === 'boolean') {
    return { attrs: `office:value-type="boolean" office:boolean-value="${cell}"`, body: `<text:p>${cell ? 'TRUE' : 'FALSE'}</text:p>` };
  }
  if (typeof cell === 'string') return { attrs: 'office:value-type="string"', body: paragraphs(cell) };
  // ODF formulas use OpenFormula syntax with [.A1] references; the cached value is what readers take.
  const formula = `of:=${cell.formula.replace(/^=/, '').replace(/\b([A-Z]+\d+)\b/g, '[.$1]').replace(/\]:\[\./g, ':.')}`;
  const cached = typeof cell.cached === 'number'
    ? { attrs: `office:value-type="float" office:value="${cell.cached}"`, body: `<text:p>${cell.cached}</text:p>` }
    : { attrs: 'office:value-type="string"', body: paragraphs(cell.cached) };
  return { attrs: `table:formula="${xmlEscape(formula)}" ${cached.attrs}`, body: cached.body };
}

function tableXml(sheet: SheetSpec): string {
  const merges = (sheet.merges ?? []).map(parseRange);
  const width = Math.max(1, ...sheet.rows.map((r) => r.length), ...merges.map((m) => m.c1 + 1));
  const height = Math.max(sheet.rows.length, ...merges.map((m) => m.r1 + 1), 0);
  const rows: string[] = [];
  for (let r = 0; r < height; r++) {
    const source = sheet.rows[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const start = merges.find((m) => m.r0 === r && m.c0 === c);
      const covered = !start && merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
      if (covered) {
        cells.push('<table:covered-table-cell/>');
        continue;
      }
      const span = start ? ` table:number-columns-spanned="${start.c1 - start.c0 + 1}" table:number-rows-spanned="${start.r1 - start.r0 + 1}"` : '';
      const cell = source[c] ?? null;
      if (cell === null) {
        cells.push(`<table:table-cell${span}/>`);
        continue;
      }
      const { attrs, body } = valueAttributes(cell);
      cells.push(`<table:table-cell${span} ${attrs}>${body}</table:table-cell>`);
    }
    rows.push(`<table:table-row>${cells.join('')}</table:table-row>`);
  }
  const style = sheet.hidden ? ' table:style-name="ta_hidden"' : ' table:style-name="ta_shown"';
  return `<table:table table:name="${xmlEscape(sheet.name)}"${style}><table:table-column table:number-columns-repeated="${width}"/>${rows.join('')}</table:table>`;
}

export function writeOds(sheets: readonly SheetSpec[]): Buffer {
  if (sheets.length === 0) throw new Error('a spreadsheet needs at least one table');
  const content = `${DECL}<office:document-content ${NS} office:version="1.2"><office:automatic-styles><style:style style:name="ta_shown" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${sheets.map(tableXml).join('')}</office:spreadsheet></office:body></office:document-content>`;
  const styles = `${DECL}<office:document-styles ${NS} office:version="1.2"/>`;
  const manifest = `${DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${MIME}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  return writeZip([
    { name: 'mimetype', data: Buffer.from(MIME, 'ascii'), store: true },
    { name: 'META-INF/manifest.xml', data: utf8(manifest) },
    { name: 'styles.xml', data: utf8(styles) },
    { name: 'content.xml', data: utf8(content) },
  ]);
}
