/**
 * Issue 13, "Zip and spreadsheet bombs": cases for each way a guard that parses the container
 * separately from the reader can be made to see another file than the reader — and for each way a
 * small file makes the reader build millions of cells — in .xlsx, .ods and .xls. Built with the raw
 * writers in tests/helpers and beside this file (tests/hostile/cfb-biff.ts for .xls), never with
 * SheetJS' writer. Part of CASES in corpus.ts; outcomes in tests/unit/hostile-input.test.ts.
 */
import { writeOds } from '../helpers/ods';
import { readZip, writeXlsx, writeZip, type ZipEntry } from '../helpers/ooxml';
import { activitySheet, HEADERS, valid, VALID_ROWS } from './baseline';
import { cellBombXlsx, patchZip, repeatedOds, zipBombXlsx } from './builders';
import { CFB } from '../../src-main/import/cfb-format';
import { biffWorkbook, padded, record, writeCfb, xlsFile, type BiffCell, type CfbLayout } from './cfb-biff';
import type { HostileCase } from './corpus';
import { renameCentral, setCentralSize, setDeclaredSize, withSecondEndRecord, withShadowEndRecord, withUnlistedEntry } from './zip-tamper';

const SHEET = 'xl/worksheets/sheet1.xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The valid workbook's entries, with changes: `rename` maps entry names, `add` appends entries. */
function validEntries(rename: Record<string, string> = {}, add: ZipEntry[] = []): Buffer {
  return writeZip([...readZip(valid()).map((e) => ({ name: rename[e.name] ?? e.name, data: e.data })), ...add]);
}

/** A worksheet of `rows` rows of `columns` numbers: a part whose cells count. */
function numbersSheet(rows: number, columns: number): Buffer {
  const row = `<row>${'<c><v>1</v></c>'.repeat(columns)}</row>`;
  return Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(rows)}</sheetData></worksheet>`, 'utf8');
}

/** `extra` more sheets in the workbook, all named by the first sheet's relationship: one part, read as many sheets. */
function sharedSheetPart(extra: number): Buffer {
  const big = writeXlsx([{ name: 'Activiteiten', rows: [['x']] }]);
  return patchZip(
    big,
    {
      [SHEET]: () => numbersSheet(1000, 100).toString('utf8'),
      'xl/workbook.xml': (t) => t.replace('</sheets>', `${Array.from({ length: extra }, (_, i) => `<sheet name="Kopie ${i + 1}" sheetId="${i + 2}" r:id="rId1"/>`).join('')}</sheets>`),
    },
  );
}

/** An Excel binary (BIFF12) worksheet: begin sheet, begin sheet data, `cells` numeric cells, ends. */
function biff12Sheet(cells: number): Buffer {
  const cell = Buffer.alloc(18);
  cell.writeUInt8(0x05, 0); // BrtCellReal
  cell.writeUInt8(16, 1);
  cell.writeDoubleLE(1, 10);
  return Buffer.concat([Buffer.from([0x81, 0x01, 0x00, 0x91, 0x01, 0x00]), ...Array.from({ length: cells }, () => cell), Buffer.from([0x92, 0x01, 0x00, 0x82, 0x01, 0x00])]);
}

/** A second sheet whose part is a binary worksheet at an odd path, named by an ordinary worksheet relationship. */
function binarySheetAtOddPath(): Buffer {
  return patchZip(
    valid(),
    {
      'xl/workbook.xml': (t) => t.replace('</sheets>', '<sheet name="Gegevens" sheetId="9" r:id="rId9"/></sheets>'),
      'xl/_rels/workbook.xml.rels': (t) => t.replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/worksheet" Target="gegevens/blad.bin"/></Relationships>`),
    },
    [{ name: 'xl/gegevens/blad.bin', data: biff12Sheet(1000) }],
  );
}

/** 200,000 comments on one cell: SheetJS inserts each by looking at all before it (20 billion steps). */
function commentsOnOneCell(): Buffer {
  const comment = '<comment ref="A1" authorId="0"><text><t>x</t></text></comment>';
  const comments = `<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>a</author></authors><commentList>${comment.repeat(200_000)}</commentList></comments>`;
  return patchZip(
    valid(),
    { '[Content_Types].xml': (t) => t.replace('</Types>', '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>') },
    [
      { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`) },
      { name: 'xl/comments1.xml', data: Buffer.from(comments) },
    ],
  );
}

/** An .ods whose content.xml binds the table and office namespaces to other prefixes (or none) and repeats one cell into `rows` × `columns`. */
function odsWithPrefixes(table: string, office: string, rows: number, columns: number, declare = true): Buffer {
  const entries = readZip(writeOds([activitySheet(VALID_ROWS)])).map((e): ZipEntry => {
    if (e.name !== 'content.xml') return { name: e.name, data: e.data, store: e.method === 0 };
    const bomb = `<table:table-row table:number-rows-repeated="${rows}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>`;
    let xml = e.data.toString('utf8').replace('</table:table>', `${bomb}</table:table>`);
    xml = xml.replace(/xmlns:table=/g, declare ? `xmlns:${table}=` : 'xmlns:unused-table=').replace(/xmlns:office=/g, `xmlns:${office}=`);
    xml = xml.replace(/(<\/?)table:/g, `$1${table}:`).replace(/ table:/g, ` ${table}:`).replace(/(<\/?)office:/g, `$1${office}:`).replace(/ office:/g, ` ${office}:`);
    return { name: e.name, data: Buffer.from(xml, 'utf8') };
  });
  return writeZip(entries);
}

/** An .ods whose cell is closed again and again: SheetJS builds the repeated cells anew at every closing tag. */
function odsRepeatedCloses(): Buffer {
  return patchZip(repeatedOds(1, 1), {
    'content.xml': (t) =>
      t.replace(
        /<table:table-row[\s\S]*<\/table:table-row>/,
        `<table:table-row table:number-rows-repeated="10000"><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>${'</table:table-cell>'.repeat(10)}</table:table-row>`,
      ),
  });
}

// ---------------------------------------------------------------------------------------------
// .xls

const VALID_BIFF: BiffCell[][] = [HEADERS, ...VALID_ROWS.map((r) => r.map((c): BiffCell => (typeof c === 'string' || typeof c === 'number' ? c : null)))];

/** A record repeated `n` times (built once, copied into place). */
function repeated(n: number, make: (i: number) => Buffer): Buffer[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

function mulRk(row: number, columns: number): Buffer {
  const body = Buffer.alloc(6 + 6 * columns);
  body.writeUInt16LE(row, 0);
  body.writeUInt16LE(0, 2);
  for (let c = 0; c < columns; c++) body.writeUInt32LE(0x3ff00000, 4 + 6 * c + 2); // RK for 1.0
  body.writeUInt16LE(columns - 1, 4 + 6 * columns);
  return record(0x00bd, body);
}

function mulBlank(row: number, columns: number): Buffer {
  const body = Buffer.alloc(6 + 2 * columns);
  body.writeUInt16LE(row, 0);
  body.writeUInt16LE(columns - 1, 4 + 2 * columns);
  return record(0x00be, body);
}

/** `n` RK records (14 bytes each) of 1.0, 80 to a row from row 4, written into one buffer. */
function rkRecords(n: number): Buffer {
  const out = Buffer.alloc(14 * n);
  for (let i = 0; i < n; i++) {
    const at = 14 * i;
    out.writeUInt16LE(0x027e, at);
    out.writeUInt16LE(10, at + 2);
    out.writeUInt16LE(4 + Math.floor(i / 80), at + 4);
    out.writeUInt16LE(i % 80, at + 6);
    out.writeUInt32LE(0x3ff00000, at + 10);
  }
  return out;
}

/** A sheet of valid rows followed by `extra` records. */
const xlsWith = (extra: Buffer[], globals: Buffer[] = []) => writeCfb([{ name: 'Workbook', data: padded(biffWorkbook([{ name: 'Activiteiten', rows: VALID_BIFF, extra }], globals)) }]);

/** A HLINK record over rows 0–65535 and columns 0–255: SheetJS visits each of its 16.7 million cells. */
function hlinkEverywhere(): Buffer {
  const body = Buffer.alloc(8 + 16 + 8);
  body.writeUInt16LE(0, 0);
  body.writeUInt16LE(0xffff, 2);
  body.writeUInt16LE(0, 4);
  body.writeUInt16LE(0xff, 6);
  body.writeUInt32LE(2, 24); // hyperlink stream version 2, no flags: a link to nowhere
  return record(0x01b8, body);
}

function mergeCells(i: number): Buffer {
  const body = Buffer.alloc(10);
  body.writeUInt16LE(1, 0);
  body.writeUInt16LE(i % 60000, 2);
  body.writeUInt16LE(i % 60000, 4);
  body.writeUInt16LE(10, 6);
  body.writeUInt16LE(11, 8);
  return record(0x00e5, body);
}

function externSheet(): Buffer {
  const body = Buffer.alloc(8);
  body.writeUInt16LE(1, 0);
  return record(0x0017, body);
}

/** The FAT chains every sector of the Workbook stream to the one before it, and the stream starts at its last: SheetJS copies ~n²/2 sectors. */
function reversedChain(l: CfbLayout): void {
  const chain = [...l.chains.get(1)!].reverse();
  l.chains.set(1, chain);
  chain.forEach((s, k) => (l.fat[s] = chain[k + 1] ?? CFB.endOfChain));
  l.entries[1]!.start = chain[0]!;
}

/** The Workbook stream padded to `kb` KB (zeros after its EOF). */
const biggerWorkbook = (kb: number) => Buffer.concat([biffWorkbook([{ name: 'Activiteiten', rows: VALID_BIFF }]), Buffer.alloc(kb * 1024)]);

export const CONTAINER_CASES: HostileCase[] = [
  // Ambiguous zips
  { id: 'zip-shadow-end-record', bomb: true, what: 'a valid .xlsx with a second end record in its last 20 bytes describing a 2.5 GB zip bomb (the old guard searched from 22 bytes before the end, SheetJS from 4)', fileName: 'schaduw.xlsx', build: () => withShadowEndRecord(valid(), zipBombXlsx(2500)) },
  { id: 'zip-two-end-records', what: 'two complete end records that both describe the file (a second zip in the first one\'s comment)', fileName: 'twee-einden.xlsx', build: () => withSecondEndRecord(valid(), writeXlsx([activitySheet([['Ander', 'Ander', 'Signaleren', null, null]])])) },
  { id: 'zip-local-name-mismatch', bomb: true, what: 'a 16-million-cell sheet whose central directory names it docProps/custom-data.xml while its local header says xl/worksheets/sheet1.xml', fileName: 'naam.xlsx', build: () => renameCentral(cellBombXlsx(20_000, 800), SHEET, 'docProps/custom-data.xml') },
  { id: 'zip-local-size-mismatch', what: 'a sheet whose central directory declares one byte more than its local header', fileName: 'maat.xlsx', build: () => setCentralSize(valid(), SHEET, readZip(valid()).find((e) => e.name === SHEET)!.data.length + 1) },
  { id: 'zip-duplicate-names', what: 'two entries named xl/worksheets/sheet1.xml, the second a sheet of 100,000 cells', fileName: 'dubbel.xlsx', build: () => validEntries({}, [{ name: SHEET, data: numbersSheet(1000, 100) }]) },
  { id: 'zip-duplicate-names-case', what: 'xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml (one part to SheetJS, which ignores case)', fileName: 'hoofdletters.xlsx', build: () => validEntries({}, [{ name: 'XL/Worksheets/Sheet1.xml', data: numbersSheet(1000, 100) }]) },
  { id: 'zip-backslash-name', what: 'the sheet stored as xl\\worksheets\\sheet1.xml (SheetJS treats \\ as /, a path-matching guard does not)', fileName: 'backslash.xlsx', build: () => validEntries({ [SHEET]: 'xl\\worksheets\\sheet1.xml' }) },
  { id: 'zip-size-lie', what: 'a sheet that inflates to 100 bytes more than both its headers declare', fileName: 'te-groot.xlsx', build: () => setDeclaredSize(valid(), SHEET, readZip(valid()).find((e) => e.name === SHEET)!.data.length - 100) },
  { id: 'zip-size-lie-short', what: 'a sheet that inflates to 100 bytes less than both its headers declare', fileName: 'te-klein.xlsx', build: () => setDeclaredSize(valid(), SHEET, readZip(valid()).find((e) => e.name === SHEET)!.data.length + 100) },
  { id: 'zip-unlisted-entry', what: 'a 16-million-cell sheet entry in front of a valid .xlsx, with a local header but no central-directory entry', fileName: 'verborgen.xlsx', build: () => withUnlistedEntry(valid(), cellBombXlsx(20_000, 800), SHEET) },
  // Sheets SheetJS reads that a path-based guard does not count
  { id: 'sheet-at-odd-path', bomb: true, what: 'a 16-million-cell sheet at xl/gegevens/blad1.xml, named by the workbook\'s relationship', fileName: 'ander-pad.xlsx', build: () => cellBombXlsx(20_000, 800, { sheetPath: 'xl/gegevens/blad1.xml' }) },
  { id: 'sheet-part-shared', bomb: true, what: 'one sheet part of 100,000 cells named by 60 sheets of the workbook (6 million cells to SheetJS)', fileName: 'gedeeld.xlsx', build: () => sharedSheetPart(59) },
  { id: 'hyperlink-range', bomb: true, what: 'a hyperlink on A1:XFD1048576 (SheetJS makes a cell of each of 17 billion)', fileName: 'link.xlsx', build: () => patchZip(valid(), { [SHEET]: (t) => t.replace('</worksheet>', '<hyperlinks><hyperlink ref="A1:XFD1048576" location="Activiteiten!A1"/></hyperlinks></worksheet>') }) },
  { id: 'cell-far-row', bomb: true, what: 'one cell whose reference names row 1,000,000,000 (under a row tag that says row 5)', fileName: 'ver-weg.xlsx', build: () => patchZip(valid(), { [SHEET]: (t) => t.replace('</sheetData>', '<row r="5"><c r="A1000000000"><v>1</v></c></row></sheetData>') }) },
  { id: 'xlsb-sheet-at-odd-path', what: 'an .xlsx with a second sheet whose part is binary (BIFF12) at xl/gegevens/blad.bin', fileName: 'binair-pad.xlsx', build: binarySheetAtOddPath },
  { id: 'comments-on-one-cell', bomb: true, what: 'a valid .xlsx with 200,000 comments on cell A1 (quadratic for SheetJS; comments are not read)', fileName: 'opmerkingen.xlsx', build: commentsOnOneCell },
  // .ods
  { id: 'ods-other-prefix', bomb: true, what: 'a 1 KB-content .ods with the table and office namespaces bound to tb: and kt:, repeating one cell into 40 million', fileName: 'voorvoegsel.ods', build: () => odsWithPrefixes('tb', 'kt', 40_000, 1000) },
  { id: 'ods-undeclared-prefix', bomb: true, what: 'an .ods whose cells use a prefix bound to no namespace at all (SheetJS reads it anyway), 40 million repeated cells', fileName: 'onbekend.ods', build: () => odsWithPrefixes('zz', 'office', 40_000, 1000, false) },
  { id: 'ods-repeated-closes', bomb: true, what: 'an .ods whose million-cell repeat is closed ten times (SheetJS builds it at every closing tag)', fileName: 'sluiten.ods', build: odsRepeatedCloses },
  {
    id: 'ods-cell-far-column',
    bomb: true,
    what: 'an .ods row of 1,000,000,000 empty repeated cells and then a number (column 1,000,000,000)',
    fileName: 'ver-weg.ods',
    build: () => patchZip(writeOds([activitySheet(VALID_ROWS)]), { 'content.xml': (t) => t.replace('</table:table>', '<table:table-row><table:table-cell table:number-columns-repeated="1000000000"/><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>') }),
  },
  { id: 'ods-named-xlsx', what: 'the repeated-cell .ods (250 million cells) named .xlsx', fileName: 'herhaald.xlsx', build: () => repeatedOds(1000, 250_000) },
  // .xls
  { id: 'xls-mulrk-bomb', bomb: true, what: 'an .xls of 21,000 MULRK records of 256 numbers (5.4 million cells in 32 MB)', fileName: 'mulrk.xls', build: () => xlsWith(repeated(21_000, (i) => mulRk(4 + (i % 65000), 256))) },
  { id: 'xls-rk-bomb', bomb: true, what: 'an .xls of 5.2 million single RK number records', fileName: 'rk.xls', build: () => xlsWith([rkRecords(5_200_000)]) },
  { id: 'xls-mulblank-bomb', what: 'an .xls of MULBLANK records spanning 5.2 million cells', fileName: 'mulblank.xls', build: () => xlsWith(repeated(20_400, (i) => mulBlank(4 + i, 256))) },
  { id: 'xls-hyperlink-range', bomb: true, what: 'an .xls with one HLINK record over 65,536 rows and 256 columns', fileName: 'link.xls', build: () => xlsWith([hlinkEverywhere()]) },
  { id: 'xls-merge-records', bomb: true, what: 'an .xls of 100,000 one-range MERGECELLS records (SheetJS copies its list at each: 5 billion copies)', fileName: 'samenvoegen.xls', build: () => xlsWith(repeated(100_000, mergeCells)) },
  { id: 'xls-externsheet-records', bomb: true, what: 'an .xls of 100,000 EXTERNSHEET records (the same quadratic copying)', fileName: 'verwijzingen.xls', build: () => xlsWith([], repeated(100_000, externSheet)) },
  { id: 'xls-reversed-chains', bomb: true, what: 'a 1.6 MB .xls whose sector chain runs backwards (SheetJS\' own container reader copied ~n²/2 sectors: 3.2 GB); imported from its one Workbook stream', fileName: 'achteruit.xls', build: () => writeCfb([{ name: 'Workbook', data: biggerWorkbook(1600) }], reversedChain) },
  {
    id: 'xls-chain-loop',
    what: 'an .xls whose Workbook stream chain loops back to its first sector',
    fileName: 'lus.xls',
    build: () => writeCfb([{ name: 'Workbook', data: biggerWorkbook(16) }], (l) => (l.fat[l.chains.get(1)!.at(-1)!] = l.chains.get(1)![0]!)),
  },
  {
    id: 'xls-shared-sectors',
    what: 'an .xls whose Workbook stream chain runs through the directory sector',
    fileName: 'gedeelde-sectoren.xls',
    build: () => writeCfb([{ name: 'Workbook', data: biggerWorkbook(16) }], (l) => (l.fat[l.chains.get(1)![1]!] = l.directorySector)),
  },
  { id: 'xls-stream-size', what: 'an .xls whose Workbook stream declares 1 MB more than its sectors hold', fileName: 'stroom.xls', build: () => writeCfb([{ name: 'Workbook', data: biggerWorkbook(16) }], (l) => (l.entries[1]!.size += 1024 * 1024)) },
  {
    id: 'xls-two-workbooks',
    what: 'an .xls with two Workbook streams at its root, the second a cell bomb',
    fileName: 'twee-werkmappen.xls',
    build: () => writeCfb([{ name: 'Workbook', data: biggerWorkbook(4) }, { name: 'Workbook', data: padded(biffWorkbook([{ name: 'Activiteiten', rows: VALID_BIFF, extra: repeated(100, (i) => mulRk(10 + i, 256)) }])) }]),
  },
  { id: 'xls-valid', what: 'a valid .xls written by the test BIFF writer (the baseline the .xls cases disturb)', fileName: 'geldig.xls', build: () => xlsFile([{ name: 'Activiteiten', rows: VALID_BIFF }]) },
];

