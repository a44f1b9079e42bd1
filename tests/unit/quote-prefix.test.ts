/**
 * quote-prefix.ts on hand-written package XML: which cells get a quotePrefix style, and that styles
 * a cell already had are kept (cloned with quotePrefix, added once, count updated).
 */
import { describe, expect, it } from 'vitest';
import { cellXfs, hasQuotePrefix, quoteFormulaLikeCells, stringItemText } from '../../src-main/workbook/quote-prefix';

const STYLES = (xfs: string) =>
  `<styleSheet><fonts count="2"><font/><font><b/></font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="${xfs.match(/<xf\b/g)?.length ?? 0}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0"/></cellStyles></styleSheet>`;
const XF0 = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const XF1 = '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1"/></xf>';
const SST = '<sst><si><t>gewoon</t></si><si><t>=SOM(A1)</t></si><si><t xml:space="preserve">_x0009_tab</t></si><si><r><t>+31</t></r><r><t> 50</t></r></si><si><t>a-b</t></si></sst>';

function styleOf(sheet: string, ref: string): number {
  const attrs = new RegExp(`<c r="${ref}"([^>]*)`).exec(sheet)![1]!;
  return Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
}

describe('quoteFormulaLikeCells', () => {
  const sheet =
    '<worksheet><cols><col min="1" max="2" width="9"/></cols><sheetData><row r="1">' +
    '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s" s="1"><v>1</v></c><c r="D1" t="s"><v>2</v></c>' +
    '<c r="E1" t="s" s="1"><v>3</v></c><c r="F1" t="s"><v>4</v></c><c r="G1"><v>-5</v></c>' +
    '<c r="H1" t="inlineStr"><is><t>@mention</t></is></c><c r="I1" t="inlineStr"><is><t>mail@x</t></is></c><c r="J1" t="s"/>' +
    '</row></sheetData></worksheet>';
  const out = quoteFormulaLikeCells({ styles: STYLES(XF0 + XF1), sharedStrings: SST, sheets: [sheet] });
  const xfs = cellXfs(out.styles);
  const result = out.sheets[0]!;

  it('marks exactly the string cells whose text starts with = + - @ tab or CR', () => {
    const quoted = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1', 'J1'].filter((ref) => hasQuotePrefix(xfs[styleOf(result, ref)]!));
    expect(quoted).toEqual(['B1', 'C1', 'D1', 'E1', 'H1']);
  });

  it('keeps a cell\'s own style: a clone of it with quotePrefix, each clone added once', () => {
    expect(xfs).toHaveLength(4);
    expect(out.styles).toContain('<cellXfs count="4">');
    expect(styleOf(result, 'B1')).toBe(styleOf(result, 'D1'));
    expect(xfs[styleOf(result, 'B1')]).toBe(XF0.replace('<xf ', '<xf quotePrefix="1" '));
    expect(xfs[styleOf(result, 'C1')]).toBe(XF1.replace('<xf ', '<xf quotePrefix="1" '));
    expect(styleOf(result, 'E1')).toBe(styleOf(result, 'C1'));
    expect(xfs.slice(0, 2)).toEqual([XF0, XF1]);
  });

  it('changes nothing else in the sheet, and nothing at all when no text is formula-like', () => {
    expect(result.replace(/\ss="\d+"/g, '')).toBe(sheet.replace(/\ss="\d+"/g, ''));
    const plain = quoteFormulaLikeCells({ styles: STYLES(XF0), sharedStrings: SST, sheets: ['<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'] });
    expect(plain.styles).toBe(STYLES(XF0));
  });

  it('is idempotent: an already quote-prefixed style is reused', () => {
    const again = quoteFormulaLikeCells({ styles: out.styles, sharedStrings: SST, sheets: out.sheets });
    expect(again).toEqual({ styles: out.styles, sheets: out.sheets });
  });

  it('refuses a cell that refers to a style styles.xml lacks', () => {
    expect(() => quoteFormulaLikeCells({ styles: STYLES(XF0), sharedStrings: SST, sheets: ['<c r="A1" t="s" s="7"><v>1</v></c>'] })).toThrow(/style 7/);
  });

  it('reads shared-string text across rich-text runs and escapes', () => {
    expect(stringItemText('<r><t>+31</t></r><r><t xml:space="preserve"> 50 &amp; _x000D_</t></r>')).toBe('+31 50 & \r');
  });
});
