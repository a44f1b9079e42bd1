/**
 * What each case of the hostile corpus (tests/hostile/corpus.ts) must do, written by hand: be
 * refused with exactly this sentence (and leave the database as it was), or be imported as checked
 * here. Asserted through the app's import channels by tests/unit/hostile-input.test.ts and, for the
 * bombs, through the CLI in a child process by tests/unit/hostile-resources.test.ts.
 */
import { expect } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { FORMULA_TEXTS, VALID_ROWS } from './corpus';

export type Check = (db: Db, scanIds: number[]) => void;
export type Outcome = { refused: string } | { imported: Check };

export const activities = (db: Db, scanId: number) =>
  db.prepare('SELECT i.name AS initiative, a.name, a.description FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.scan_id = ? ORDER BY a.id').all(scanId) as {
    initiative: string;
    name: string;
    description: string | null;
  }[];
export const issues = (db: Db, scanId: number) =>
  (db.prepare('SELECT code, sheet, row, col, value FROM import_issue WHERE scan_id = ? ORDER BY id').all(scanId) as { code: string; sheet: string | null; row: number | null; col: string | null; value: string | null }[]).map(
    (i) => `${i.code}|${i.sheet ?? ''}|${i.row ?? ''}|${i.col ?? ''}|${i.value ?? ''}`,
  );
const scanOf = (db: Db, id: number) => db.prepare('SELECT region, year FROM scan WHERE id = ?').get(id) as { region: string; year: number | null };
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
export const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const validNames = VALID_ROWS.map((r) => r[1]);
/** The corpus's valid rows imported, by activity name. */
const importsValidRows: Check = (db, [id]) => {
  expect(activities(db, id!).map((a) => a.name)).toEqual(validNames);
};
/** The valid rows imported, and nothing in the import report. */
const importsValidRowsCleanly: Check = (db, ids) => {
  importsValidRows(db, ids);
  expect(issues(db, ids[0]!)).toEqual([]);
};

/** Reach left unknown for each absurd value, each said in the report; the ordinary reach kept. */
function expectAbsurdReach(db: Db, id: number, sheet: string, report: [code: string, value: string][]): void {
  const reach = db.prepare('SELECT reach FROM activity WHERE scan_id = ? ORDER BY id').pluck().all(id);
  expect(reach).toEqual([null, null, null, null, null, null, null, null, 1200]);
  expect(issues(db, id)).toEqual(report.map(([code, value], i) => `${code}|${sheet}|${i + 2}|D (Bereik)|${value}`));
}

const TOO_LARGE = 'reach-implausible';
const NOT_A_NUMBER = 'number-unreadable';
/** What the report says of ABSURD_REACH in a workbook: its numbers as the cells hold them. */
const ABSURD_IN_WORKBOOK: [string, string][] = [
  [TOO_LARGE, '1e+308'],
  [TOO_LARGE, '100000000000000000000'],
  [TOO_LARGE, '9223372036854776000'],
  [NOT_A_NUMBER, '-5'],
  [NOT_A_NUMBER, 'NaN'],
  [NOT_A_NUMBER, 'Infinity'],
  [NOT_A_NUMBER, '1E+308'],
  [TOO_LARGE, '1.000.000.000.000'],
];

/** What each case must do, written by hand. Every case of the corpus must be listed here. */
const ambiguousZip = (file: string, what: string) => `"${file}" is not opened: it is an ambiguous zip package (${what}).`;
const badXls = (file: string, what: string) => `"${file}" is not opened: it is a damaged or ambiguous Excel 97-2003 workbook (${what}).`;
const tooManyCells = (file: string) => `"${file}" holds more than 5,000,000 cells; that is not a scan and is not opened.`;

export const EXPECTED: Record<string, Outcome> = {
  'png-renamed': { refused: '"scan.xlsx" is not a readable workbook (expected .xlsx, .xls, .ods or .csv).' },
  'empty-file': { refused: '"leeg.xlsx" is empty.' },
  'truncated-half': { refused: '"half.xlsx" is damaged or incomplete and cannot be read.' },
  'truncated-end': { refused: '"afgebroken.xlsx" is damaged or incomplete and cannot be read.' },
  // It declares 2 KB: inflating stops at the 2,049th byte.
  'zip-bomb': { refused: ambiguousZip('bom.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-bomb-honest': { refused: '"eerlijke-bom.xlsx" unpacks to more than 256 MB; that is not a scan and is not opened.' },
  'zip-bomb-ods': { refused: ambiguousZip('bom.ods', 'a part that unpacks to another size than it declares') },
  'cell-bomb': { refused: '"cellen.xlsx" holds more than 5,000,000 cells; that is not a scan and is not opened.' },
  'ods-repeated': { refused: '"herhaald.ods" holds more than 5,000,000 cells; that is not a scan and is not opened.' },
  xlsb: { refused: '"binair.xlsx" is a binary Excel workbook (.xlsb), which Regioscan does not read; save it as .xlsx and import again.' },
  'csv-separators': { refused: '"puntkomma.csv" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'csv-blank-lines': { refused: '"regels.csv" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'csv-wide': { refused: 'Sheet "breed" of "breed.csv" has more than 1000 columns with content; that is not a scan.' },
  'huge-dimension': { imported: importsValidRowsCleanly },
  'rows-300k': { refused: 'Sheet "Activiteiten" of "rijen.xlsx" has more than 250,000 rows; that is not a scan.' },
  'rows-300k-csv': { refused: 'Sheet "rijen" of "rijen.csv" has more than 250,000 rows; that is not a scan.' },
  'cell-1mb': { refused: 'A cell on sheet "Activiteiten" holds 1,048,576 characters; a spreadsheet cell holds at most 32,767.' },
  'columns-1001': { refused: 'Sheet "Activiteiten" of "kolommen.xlsx" has more than 1000 columns with content; that is not a scan.' },
  'sheets-201': { refused: '"bladen.xlsx" has 201 sheets; that is not a scan.' },
  'control-characters': {
    imported: (db, [id]) => {
      expect(activities(db, id!)[0]).toEqual({ initiative: 'Digitale Werkplaats', name: 'Bel en escape[31m rood nul', description: 'Half emoji  hier' });
      // Removed, and said so with the cell as written (escaped).
      expect(issues(db, id!)).toEqual([
        'control-characters|Activiteiten|2|B (Activiteit)|Bel\\u0007 en escape\\u001b[31m rood\\u0000 nul',
        'control-characters|Activiteiten|2|D (Omschrijving)|Half emoji \\ud83d hier',
      ]);
    },
  },
  'control-characters-csv': {
    imported: (db, [id]) => {
      // UTF-16's decoder shows the lone surrogate as U+FFFD (visible, not dropped); controls are removed and reported.
      expect(activities(db, id!)).toEqual([{ initiative: 'Werkplaats', name: 'Act[31m', description: 'half \ufffd emoji' }]);
      expect(issues(db, id!).map((i) => i.split('|').slice(0, 4).join('|'))).toEqual([
        'control-characters|controle|2|A (Initiatief)',
        'control-characters|controle|2|B (Activiteit)',
        'control-characters|controle|2|E (Sector)',
      ]);
    },
  },
  'prototype-keys': {
    imported: (db, [id]) => {
      expect(scanOf(db, id!)).toEqual({ region: 'Proto', year: 2031 });
      expect(activities(db, id!)).toEqual([
        { initiative: '__proto__', name: 'constructor', description: '{"__proto__":{"polluted":"ja"}}' },
        { initiative: 'constructor', name: 'prototype', description: 'toString' },
        { initiative: 'prototype', name: '__proto__', description: 'hasOwnProperty' },
      ]);
      const codes = issues(db, id!).map((i) => i.split('|').slice(0, 2).join('|'));
      expect(codes.filter((c) => c.startsWith('sheet-skipped'))).toEqual(['sheet-skipped|__proto__', 'sheet-skipped|constructor', 'sheet-skipped|prototype']);
      expect(codes.filter((c) => c.startsWith('scan-key-ignored'))).toHaveLength(3);
      expect(issues(db, id!).filter((i) => i.startsWith('column-kept')).map((i) => i.split('|')[3])).toEqual(['F (__proto__)', 'G (constructor)', 'H (prototype)']);
      // Kept as extra fields under exactly those names (no object key games on the way).
      expect(db.prepare(`SELECT e.name, count(*) AS n FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = ? GROUP BY e.name ORDER BY e.name`).all(id)).toEqual([
        { name: '__proto__', n: 2 }, { name: 'constructor', n: 2 }, { name: 'prototype', n: 2 },
      ]);
      const unmapped = db.prepare(`SELECT label_nl FROM dimension_value WHERE kind = 'unmapped' AND dimension = 'sector' ORDER BY label_nl`).pluck().all();
      expect(unmapped).toEqual(expect.arrayContaining(['__proto__', 'prototype']));
    },
  },
  'prototype-groups': {
    imported: (db, ids) => {
      // The group is the sheet name without its role word (and without underscores).
      expect(ids.map((id) => scanOf(db, id).region)).toEqual(['proto', 'constructor', 'toString']);
      expect(ids.map((id) => activities(db, id).length)).toEqual([3, 2, 1]);
    },
  },
  formulas: {
    imported: (db, [id]) => {
      const rows = activities(db, id!);
      // Text that looks like a formula is kept as the text it is; formula cells give only the value the spreadsheet cached.
      expect(rows.map((r) => r.name)).toEqual([...FORMULA_TEXTS, 'Gecachte webservice', 'Zonder cache']);
      expect(rows.slice(0, FORMULA_TEXTS.length).map((r) => r.description)).toEqual(FORMULA_TEXTS.map((f, i) => `Omschrijving ${i + 1}: ${f}`));
      expect(rows[FORMULA_TEXTS.length]!.description).toBe('Gecachte dde');
      expect(rows[FORMULA_TEXTS.length + 1]!.description).toBeNull();
    },
  },
  encrypted: { refused: '"beveiligd.xlsx" is password-protected; save it without a password and import again.' },
  'encrypted-xls': { refused: '"beveiligd.xls" is password-protected; save it without a password and import again.' },
  'encrypted-ods': { refused: '"beveiligd.ods" is password-protected; save it without a password and import again.' },
  'macros-external-links': {
    imported: (db, [id]) => {
      const rows = activities(db, id!);
      expect(rows.map((r) => r.name)).toEqual([...validNames, 'Extern']);
      // The external reference's cached value is read; the link itself is never followed.
      expect(rows[3]!.description).toBe('van buiten');
      expect(issues(db, id!)).toEqual([]);
    },
  },
  entities: {
    imported: (db, [id]) => {
      // Entities are neither expanded (billion laughs) nor resolved (XXE): the text stays as written.
      expect(activities(db, id!)[0]).toEqual({ initiative: 'Lol', name: 'Entiteit', description: '&j;&xxe;' });
      const all = db.prepare(`SELECT group_concat(coalesce(description, ''), '') FROM activity`).pluck().get() as string;
      expect(all).not.toMatch(/root:|aaaaaaaaaaaaaaaaaaaa/);
    },
  },
  'csv-windows-1252': {
    imported: (db, [id]) => {
      expect(activities(db, id!)).toEqual([{ initiative: 'Café “De Hoek”', name: 'Prijs € 5 – korting', description: 'Ondernemer’s dag' }]);
    },
  },
  'csv-unbalanced-quotes': { refused: 'The CSV file has a quote (") on line 2 that is never closed; fix the file and try again.' },
  'empty-workbook': { refused: '"leeg-werkboek.xlsx" holds no table of activities (columns such as Initiative, Activity and Activity type); nothing was changed.' },
  'many-parts': { imported: importsValidRows },
  'only-headers': { refused: '"alleen-koppen.xlsx" has the column headers of a scan but no activities under them; nothing was changed.' },
  // Issue 13: amplification, merged areas, mixed encodings, absurd numbers.
  'shared-string': { refused: 'The cells of "gedeeld.xlsx" hold more than 64 MB of text together (a scan holds less than 1 MB); the file is not imported.' },
  'ods-repeated-text': { refused: 'The cells of "herhaalde-tekst.ods" hold more than 64 MB of text together (a scan holds less than 1 MB); the file is not imported.' },
  'merged-long-text': { refused: 'The cells of "samengevoegde-tekst.xlsx" hold more than 64 MB of text together (a scan holds less than 1 MB); the file is not imported.' },
  'many-long-cells': { refused: 'The cells of "lange-cellen.xlsx" hold more than 64 MB of text together (a scan holds less than 1 MB); the file is not imported.' },
  'many-long-cells-csv': { refused: 'The cells of "lange-cellen.csv" hold more than 64 MB of text together (a scan holds less than 1 MB); the file is not imported.' },
  'search-text': { refused: '"zoektekst.xlsx" would put more than 64 MB of text into the database (a scan less than 1 MB); nothing was changed.' },
  'report-quotes': { refused: '"rapport.xlsx" would put more than 64 MB of text into the database (a scan less than 1 MB); nothing was changed.' },
  'provider-fan-out': {
    imported: (db, [id]) => {
      const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
      expect(count('SELECT count(*) FROM activity WHERE scan_id = ?')).toBe(20_000);
      // Every activity has the one organisation, with its role; the organisation is stored once.
      expect(count(`SELECT count(*) FROM provider p JOIN activity a ON a.id = p.activity_id WHERE a.scan_id = ? AND p.role = 'uitvoerder'`)).toBe(20_000);
      expect(count('SELECT count(DISTINCT p.organisation_id) FROM provider p JOIN activity a ON a.id = p.activity_id WHERE a.scan_id = ?')).toBe(1);
      expect(issues(db, id!).map((i) => i.split('|').slice(0, 3).join('|'))).toEqual(['provider-all-activities|Aanbieders|2']);
    },
  },
  'provider-links': { refused: 'This file links a provider to an activity more than 1,000,000 times; that is not a scan and it is not imported.' },
  'merges-overlapping': {
    imported: (db, [id]) => {
      // The merges repeat row 2 down to row 30,000: one activity, every later row a reported duplicate.
      expect(activities(db, id!)).toEqual([{ initiative: 'Werkplaats', name: 'Spreekuur', description: 'Elke dinsdag' }]);
      const all = issues(db, id!);
      expect(all).toHaveLength(29_998);
      expect(all.every((i, n) => i === `duplicate-activity|Activiteiten|${n + 3}||Werkplaats / Spreekuur`)).toBe(true);
    },
  },
  'merges-many': { refused: '"samenvoegingen.xlsx" has more than 100,000 merged cell ranges; that is not a scan and is not opened.' },
  'merges-ods': { refused: '"samenvoegingen.ods" has more than 100,000 merged cell ranges; that is not a scan and is not opened.' },
  'merges-tall': { refused: 'The merged cells on sheet "Activiteiten" of "hoog.xlsx" fill more than 5,000,000 cells; that is not a scan.' },
  'merges-header': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(Array.from({ length: 39 }, (_, i) => `Activiteit ${i + 1}`));
      expect(issues(db, id!)).toEqual(['column-kept|Activiteiten||ALL (Notitie)|']);
    },
  },
  'merges-whole-sheet': {
    imported: (db, [id]) => {
      expect(activities(db, id!)).toEqual([
        { initiative: 'Werkplaats', name: 'Spreekuur', description: 'Elke dinsdag' },
        { initiative: 'Werkplaats', name: 'Scan', description: null },
      ]);
      expect(issues(db, id!)).toEqual([]);
    },
  },
  'csv-mixed-encoding': {
    imported: (db, [id]) => {
      // Each line as it was written: UTF-8 where it is, Windows-1252 where it is not.
      expect(activities(db, id!)).toEqual([
        { initiative: 'Café Digitaal', name: 'Spreekuur', description: 'Eén vraag per keer' },
        { initiative: 'Café Digitaal', name: 'Prijs € 5 – korting', description: 'gewoon' },
        { initiative: 'Fryslân Werkt', name: 'Scan', description: 'twee regels,\r\nondernemer’s dag' },
        { initiative: 'Fryslân Werkt', name: 'Webinar', description: 'naïef' },
      ]);
      // A warning on every row that held Windows-1252 bytes (the quoted field's row too), and on no other.
      expect(issues(db, id!)).toEqual([
        'mixed-encoding|gemengd|3||Café Digitaal | Prijs € 5 – korting | Signaleren | gewoon',
        'mixed-encoding|gemengd|4||Fryslân Werkt | Scan | Signaleren | twee regels,\r\nondernemer’s dag',
      ]);
    },
  },
  'csv-mixed-bom': {
    imported: (db, [id]) => {
      expect(activities(db, id!).map((a) => a.name)).toEqual(['Spreekuur', 'Prijs € 5']);
      expect(issues(db, id!)).toEqual(['mixed-encoding|gemengd-bom|3||Café | Prijs € 5 | Signaleren']);
    },
  },
  'csv-mixed-bomb': { refused: 'Sheet "gemengd-groot" of "gemengd-groot.csv" has more than 250,000 rows; that is not a scan.' },
  'reach-absurd': { imported: (db, [id]) => expectAbsurdReach(db, id!, 'Activiteiten', ABSURD_IN_WORKBOOK) },
  'reach-absurd-ods': { imported: (db, [id]) => expectAbsurdReach(db, id!, 'Activiteiten', ABSURD_IN_WORKBOOK) },
  'reach-absurd-csv': {
    imported: (db, [id]) =>
      // Written as text, an exponent is not a number people type: unreadable, like NaN.
      expectAbsurdReach(db, id!, 'bereik', [
        [NOT_A_NUMBER, '1E+308'],
        [TOO_LARGE, '100000000000000000000'],
        [TOO_LARGE, '9223372036854775808'],
        [NOT_A_NUMBER, '-5'],
        [NOT_A_NUMBER, 'NaN'],
        [NOT_A_NUMBER, 'Infinity'],
        [NOT_A_NUMBER, '1e308'],
        [TOO_LARGE, '1.000.000.000.000'],
      ]),
  },
  // Issue 13: ambiguous zips
  'zip-shadow-end-record': { refused: ambiguousZip('schaduw.xlsx', 'more than one end-of-central-directory record') },
  'zip-two-end-records': { refused: ambiguousZip('twee-einden.xlsx', 'more than one end-of-central-directory record') },
  'zip-local-name-mismatch': { refused: ambiguousZip('naam.xlsx', 'a local header that disagrees with the central directory') },
  'zip-local-size-mismatch': { refused: ambiguousZip('maat.xlsx', 'a local header that disagrees with the central directory') },
  'zip-duplicate-names': { refused: ambiguousZip('dubbel.xlsx', 'two parts with the same name') },
  'zip-duplicate-names-case': { refused: ambiguousZip('hoofdletters.xlsx', 'two parts with the same name') },
  'zip-backslash-name': { refused: ambiguousZip('backslash.xlsx', 'a part name with a backslash') },
  'zip-size-lie': { refused: ambiguousZip('te-groot.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-size-lie-short': { refused: ambiguousZip('te-klein.xlsx', 'a part that unpacks to another size than it declares') },
  'zip-unlisted-entry': { refused: ambiguousZip('verborgen.xlsx', 'parts that overlap, or bytes outside every part') },
  // Issue 13: every sheet part counted, whatever its path or name
  'sheet-at-odd-path': { refused: tooManyCells('ander-pad.xlsx') },
  'sheet-part-shared': { refused: tooManyCells('gedeeld.xlsx') },
  'hyperlink-range': { refused: tooManyCells('link.xlsx') },
  'cell-far-row': { refused: 'Sheet "Activiteiten" of "ver-weg.xlsx" has more than 250,000 rows; that is not a scan.' },
  'xlsb-sheet-at-odd-path': { refused: '"binair-pad.xlsx" is a binary Excel workbook (.xlsb), which Regioscan does not read; save it as .xlsx and import again.' },
  'comments-on-one-cell': { imported: importsValidRowsCleanly },
  'ods-other-prefix': { refused: tooManyCells('voorvoegsel.ods') },
  'ods-undeclared-prefix': { refused: tooManyCells('onbekend.ods') },
  'ods-repeated-closes': { refused: tooManyCells('sluiten.ods') },
  'ods-cell-far-column': { refused: 'Sheet "Activiteiten" of "ver-weg.ods" has more than 1000 columns with content; that is not a scan.' },
  'ods-named-xlsx': { refused: tooManyCells('herhaald.xlsx') },
  // Issue 13: .xls counted before SheetJS builds it, its container read once and strictly
  'xls-mulrk-bomb': { refused: tooManyCells('mulrk.xls') },
  'xls-rk-bomb': { refused: tooManyCells('rk.xls') },
  'xls-mulblank-bomb': { refused: tooManyCells('mulblank.xls') },
  'xls-hyperlink-range': { refused: tooManyCells('link.xls') },
  'xls-merge-records': { refused: '"samenvoegen.xls" has too many merged cells or references; that is not a scan and is not opened.' },
  'xls-externsheet-records': { refused: '"verwijzingen.xls" has too many merged cells or references; that is not a scan and is not opened.' },
  'xls-reversed-chains': { imported: importsValidRows },
  'xls-chain-loop': { refused: badXls('lus.xls', 'a sector chain that loops, points outside the file or shares sectors') },
  'xls-shared-sectors': { refused: badXls('gedeelde-sectoren.xls', 'a sector chain that loops, points outside the file or shares sectors') },
  'xls-stream-size': { refused: badXls('stroom.xls', 'a stream that does not fit its sectors') },
  'xls-two-workbooks': { refused: badXls('twee-werkmappen.xls', 'no Workbook stream, or more than one') },
  'xls-valid': {
    imported: (db, [id]) => {
      expect(activities(db, id!)).toEqual(VALID_ROWS.map((r) => ({ initiative: r[0], name: r[1], description: r[3] })));
      expect(issues(db, id!)).toEqual([]);
    },
  },
};
