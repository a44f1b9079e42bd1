/**
 * The fixture writers themselves (tests/helpers/ooxml.ts, ods.ts) and the committed fixture files:
 * the zip container is well-formed, the parts are what Excel / LibreOffice expect, the committed
 * files still match make-fixtures.ts, and the LibreOffice files really were written by LibreOffice.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOds } from '../helpers/ods';
import { crc32, readZip, writeXlsx, type SheetSpec } from '../helpers/ooxml';
import { fixture } from '../fixtures/import-harness';
import { buildFixtures, FIXTURE_DIR } from '../fixtures/make-fixtures';

const SHEETS: SheetSpec[] = [
  {
    name: 'Blad & één',
    rows: [
      ['tekst <x>', 12.5, true, false, null, { formula: 'SUM(B1:B2)', cached: 3 }, { formula: '=A1&"!"', cached: 'tekst <x>!' }],
      ['twee\nregels'],
      [null, null, 'Groep'],
    ],
    merges: ['C3:E3'],
  },
  { name: 'Verborgen', hidden: true, rows: [['h']] },
];

/** The cells of SHEETS' first sheet as each writer must write them: [what, in the OOXML sheet part, in the ODS content]. */
const WRITTEN_CELLS: [string, string, string][] = [
  ['a text with markup characters', '<c r="A1" t="inlineStr"><is><t xml:space="preserve">tekst &lt;x&gt;</t></is></c>', '<table:table-cell office:value-type="string"><text:p>tekst &lt;x&gt;</text:p></table:table-cell>'],
  ['a number', '<c r="B1"><v>12.5</v></c>', '<table:table-cell office:value-type="float" office:value="12.5"><text:p>12.5</text:p></table:table-cell>'],
  ['booleans', '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>', 'office:value-type="boolean" office:boolean-value="true"'],
  ['a formula with its cached number', '<c r="F1"><f>SUM(B1:B2)</f><v>3</v></c>', 'table:formula="of:=SUM([.B1:.B2])" office:value-type="float" office:value="3"'],
  ['a text formula with its cached text', '<c r="G1" t="str"><f>A1&amp;&quot;!&quot;</f><v>tekst &lt;x&gt;!</v></c>', 'table:formula="of:=[.A1]&amp;&quot;!&quot;" office:value-type="string"><text:p>tekst &lt;x&gt;!</text:p>'],
  ['a line break', '<t xml:space="preserve">twee\nregels</t>', '<text:p>twee</text:p><text:p>regels</text:p>'],
  ['a merged range', '<mergeCells count="1"><mergeCell ref="C3:E3"/></mergeCells>', '<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="1" office:value-type="string"><text:p>Groep</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/>'],
];

function entries(buf: Buffer): Map<string, string> {
  return new Map(readZip(buf).map((e) => [e.name, e.data.toString('utf8')]));
}

describe('raw OOXML writer (tests/helpers/ooxml.ts)', () => {
  it('crc32 is the zip CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes a zip with local headers, central directory and end record', () => {
    const buf = writeXlsx(SHEETS);
    expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    expect(buf.readUInt32LE(buf.length - 22)).toBe(0x06054b50);
    const parts = readZip(buf); // checks every CRC
    expect(parts.map((p) => p.name)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml',
    ]);
    expect(parts.every((p) => p.method === 8)).toBe(true);
    expect(writeXlsx(SHEETS).equals(buf)).toBe(true); // deterministic
  });

  it('writes inline strings, numbers, booleans, formulas with cached values, merges and hidden sheets', () => {
    const xml = entries(writeXlsx(SHEETS));
    expect(xml.get('xl/workbook.xml')).toContain('<sheet name="Blad &amp; één" sheetId="1" r:id="rId1"/><sheet name="Verborgen" sheetId="2" state="hidden" r:id="rId2"/>');
    const sheet = xml.get('xl/worksheets/sheet1.xml')!;
    for (const [what, ooxml] of WRITTEN_CELLS) expect(sheet, what).toContain(ooxml);
    expect(sheet).not.toContain('E1'); // empty cells are left out
  });

  it('optionally stores text in a shared-string table, as Excel does', () => {
    const xml = entries(writeXlsx([{ name: 'A', rows: [['x', 'y'], ['x', 1]] }], { sharedStrings: true }));
    expect(xml.get('xl/sharedStrings.xml')).toContain('count="3" uniqueCount="2"><si><t xml:space="preserve">x</t></si><si><t xml:space="preserve">y</t></si></sst>');
    expect(xml.get('xl/worksheets/sheet1.xml')).toContain('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c>');
    expect(xml.get('[Content_Types].xml')).toContain('/xl/sharedStrings.xml');
    expect(xml.get('xl/_rels/workbook.xml.rels')).toContain('Target="sharedStrings.xml"');
  });
});

describe('raw ODS writer (tests/helpers/ods.ts)', () => {
  it('puts an uncompressed mimetype first, then the manifest and content', () => {
    const buf = writeOds(SHEETS);
    const parts = readZip(buf);
    expect(parts.map((p) => [p.name, p.method])).toEqual([
      ['mimetype', 0],
      ['META-INF/manifest.xml', 8],
      ['styles.xml', 8],
      ['content.xml', 8],
    ]);
    // The mimetype is readable at a fixed offset, as ODF requires.
    expect(buf.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(buf.subarray(38, 38 + 46).toString('latin1')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(parts[1]!.data.toString('utf8')).toContain('manifest:full-path="content.xml"');
  });

  it('writes typed cells, spans with covered cells, formulas and hidden tables', () => {
    const content = entries(writeOds(SHEETS)).get('content.xml')!;
    for (const [what, , ods] of WRITTEN_CELLS) expect(content, what).toContain(ods);
    expect(content).toContain('<table:table table:name="Verborgen" table:style-name="ta_hidden">');
    expect(content).toContain('<style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>');
  });
});

describe('committed fixtures', () => {
  const built = buildFixtures();

  it('match what make-fixtures.ts generates (run `npx tsx tests/fixtures/make-fixtures.ts` after changing it)', () => {
    for (const [name, bytes] of built) {
      expect({ name, exists: existsSync(join(FIXTURE_DIR, name)) }).toEqual({ name, exists: true });
      const committed = fixture(name);
      const isZip = bytes.length > 22 && bytes.readUInt32LE(0) === 0x04034b50 && bytes.readUInt32LE(bytes.length - 22) === 0x06054b50 && !name.includes('zip-bomb');
      if (isZip) {
        // Compare the parts, not the deflated bytes (another zlib may deflate differently).
        const a = readZip(committed).map((e) => [e.name, e.data.toString('base64')]);
        const b = readZip(bytes).map((e) => [e.name, e.data.toString('base64')]);
        expect({ name, parts: a }).toEqual({ name, parts: b });
      } else if (!name.includes('zip-bomb') && !name.includes('truncated')) {
        // (The two files derived from canonical-nl.xlsx's deflated bytes are only checked to exist.)
        expect({ name, same: committed.equals(bytes) }).toEqual({ name, same: true });
      }
    }
  });

  it('has no stray fixture files', () => {
    const onDisk = readdirSync(FIXTURE_DIR).filter((f) => /\.(xlsx|xls|ods|csv|pdf|docx)$/.test(f));
    expect(onDisk.sort()).toEqual([...built.keys()].sort());
  });

  it('includes files written by LibreOffice (so by a third writer, not SheetJS and not our own)', () => {
    const dir = join(FIXTURE_DIR, 'libreoffice');
    const files = readdirSync(dir).filter((f) => f !== 'VERSION.txt').sort();
    expect(files).toEqual([
      'canonical-nl.ods', 'canonical-nl.xls', 'canonical-nl.xlsx', 'messy.ods', 'messy.xls', 'messy.xlsx', 'numbers.ods', 'numbers.xls', 'numbers.xlsx',
      'onehot-merged.ods', 'onehot-merged.xls', 'onehot-merged.xlsx', 'two-scans-2022.xls',
    ]);
    for (const f of files) {
      const buf = fixture(join('libreoffice', f));
      if (f.endsWith('.xls')) {
        expect({ f, ole: buf.readUInt32BE(0) }).toEqual({ f, ole: 0xd0cf11e0 });
      } else {
        const parts = entries(buf);
        const meta = f.endsWith('.ods') ? parts.get('meta.xml') : parts.get('docProps/app.xml');
        expect({ f, writer: /LibreOffice/.test(meta ?? '') }).toEqual({ f, writer: true });
      }
    }
  });
});
