/**
 * Issue 13's part of the hostile corpus (tests/hostile/corpus.ts takes these in): amplification —
 * text multiplied by sharing, repetition, merges, the text search or the report; merged areas; CSV
 * mixing UTF-8 with Windows-1252; and absurd reach numbers, each class in several formats. What each
 * must do is written by hand in tests/hostile/expected.ts.
 */
import { writeOds } from '../helpers/ods';
import { writeXlsx } from '../helpers/ooxml';
import {
  absurdReachSheet,
  headerMergesXlsx,
  manyLongCellsCsv,
  manyLongCellsXlsx,
  manyMergesXlsx,
  mergedLongTextXlsx,
  mixedCsv,
  mixedCsvBomb,
  overlappingMergesXlsx,
  providerFanOutXlsx,
  repeatedTextOds,
  reportQuotesXlsx,
  searchTextXlsx,
  sharedStringXlsx,
  spannedOds,
  tallMergeXlsx,
} from './amplifiers';
import type { HostileCase } from './corpus';

const TABLE = [
  ['Initiatief', 'Activiteit', 'Type activiteit', 'Omschrijving'],
  ['Werkplaats', 'Spreekuur', 'Signaleren', 'Elke dinsdag'],
  ['Werkplaats', 'Scan', 'Scans & assessments', null],
];

const csvOf = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'utf8');

export const AMPLIFICATION_CASES: HostileCase[] = [
  // Text amplification: past LIMITS.textBytes (64 MB) in the cells, in what would be written, or in the report.
  { id: 'shared-string', bomb: true, what: 'a 0.2 MB .xlsx whose one 32,767-character shared string is the description of 12,500 activities (410 MB as the cells show it; it became a 0.9 GB database)', fileName: 'gedeeld.xlsx', build: () => sharedStringXlsx(12_500) },
  { id: 'ods-repeated-text', bomb: true, what: 'an .ods whose one 32,767-character cell is repeated over 100 columns and 3,000 rows', fileName: 'herhaalde-tekst.ods', build: () => repeatedTextOds(100, 3_000) },
  { id: 'merged-long-text', bomb: true, what: 'a 32,767-character description merged down 20,000 rows', fileName: 'samengevoegde-tekst.xlsx', build: () => mergedLongTextXlsx(20_000) },
  { id: 'many-long-cells', bomb: true, what: '2,300 cells of 30,000 characters each: every cell within the limit, 69 MB together', fileName: 'lange-cellen.xlsx', build: () => manyLongCellsXlsx(2_300, 30_000) },
  { id: 'many-long-cells-csv', bomb: true, what: 'the same as a 69 MB CSV file', fileName: 'lange-cellen.csv', build: () => manyLongCellsCsv(2_300, 30_000) },
  { id: 'search-text', bomb: true, what: 'an initiative with a 32,767-character description and 4,000 activities (the text search stores it with each: 131 MB)', fileName: 'zoektekst.xlsx', build: () => searchTextXlsx(4_000) },
  { id: 'report-quotes', bomb: true, what: 'one activity with a 32,767-character description and 4,000 duplicate rows with other descriptions (each conflict quotes the long one)', fileName: 'rapport.xlsx', build: () => reportQuotesXlsx(4_000) },
  { id: 'provider-fan-out', bomb: true, what: 'a provider row without an activity, its organisation named in 32,000 characters, for an initiative of 20,000 activities', fileName: 'aanbieder-overal.xlsx', build: () => providerFanOutXlsx(20_000, 1, 32_000) },
  { id: 'provider-links', bomb: true, what: '1,000 provider rows without an activity for an initiative of 1,001 activities (1,001,000 links)', fileName: 'koppelingen.xlsx', build: () => providerFanOutXlsx(1_001, 1_000, 20) },

  // Merged areas: linear in the cells however they overlap, and counted before SheetJS reads them.
  { id: 'merges-overlapping', bomb: true, what: 'a 5 KB .xlsx of 31,000 merged areas stacked over the same 30,000 rows', fileName: 'overlap.xlsx', build: () => overlappingMergesXlsx(31_000, 30_000) },
  { id: 'merges-many', bomb: true, what: '100,001 merged areas under a valid table', fileName: 'samenvoegingen.xlsx', build: () => manyMergesXlsx(TABLE, 100_001) },
  { id: 'merges-ods', bomb: true, what: 'an .ods with 100,500 spanned (merged) cells', fileName: 'samenvoegingen.ods', build: () => spannedOds(201, 500) },
  { id: 'merges-tall', bomb: true, what: 'a 2 KB .xlsx whose one merged area runs down column ALL from row 2 to row 250,000', fileName: 'hoog.xlsx', build: () => tallMergeXlsx(250_000) },
  { id: 'merges-header', bomb: true, what: '99,000 merged areas on one cell of a header filled at both ends (columns A–D and ALL)', fileName: 'kopregel.xlsx', build: () => headerMergesXlsx(99_000) },
  { id: 'merges-whole-sheet', what: 'merged areas A1:XFD1048576 and G1:XFD1048576 over a valid table', fileName: 'heel-blad.xlsx', build: () => writeXlsx([{ name: 'Activiteiten', rows: TABLE, merges: ['A1:XFD1048576', 'G1:XFD1048576'] }]) },

  // CSV mixing UTF-8 with Windows-1252: never silently mis-decoded.
  {
    id: 'csv-mixed-encoding',
    what: 'a UTF-8 CSV with two lines in Windows-1252 (€, –, ’), one inside a quoted field over two lines',
    fileName: 'gemengd.csv',
    build: () =>
      mixedCsv([
        ['Initiatief;Activiteit;Type activiteit;Omschrijving', false],
        ['Café Digitaal;Spreekuur;Signaleren;Eén vraag per keer', false],
        ['Café Digitaal;Prijs € 5 – korting;Signaleren;gewoon', true],
        ['Fryslân Werkt;Scan;Signaleren;"twee regels,', false],
        ['ondernemer’s dag"', true],
        ['Fryslân Werkt;Webinar;Signaleren;naïef', false],
      ]),
  },
  { id: 'csv-mixed-bom', what: 'the same with a UTF-8 BOM (whose stray bytes once became U+FFFD without a word)', fileName: 'gemengd-bom.csv', build: () => mixedCsv([['Initiatief;Activiteit;Type activiteit', false], ['Café;Spreekuur;Signaleren', false], ['Café;Prijs € 5;Signaleren', true]], true) },
  { id: 'csv-mixed-bomb', bomb: true, what: '90 MB of short lines, alternately UTF-8 and Windows-1252', fileName: 'gemengd-groot.csv', build: () => mixedCsvBomb(90) },

  // Numbers no reach can be, in every format that has numbers.
  { id: 'reach-absurd', what: 'reach 1E+308, 1E+20, 2^63, -5, NaN, Infinity, "1E+308" and 10^12 in an .xlsx', fileName: 'bereik.xlsx', build: () => writeXlsx([absurdReachSheet()]) },
  { id: 'reach-absurd-ods', what: 'the same in an .ods', fileName: 'bereik.ods', build: () => writeOds([absurdReachSheet()]) },
  {
    id: 'reach-absurd-csv',
    what: 'the same as CSV text, with 9223372036854775808 (past SQLite INTEGER) spelled out',
    fileName: 'bereik.csv',
    build: () => csvOf([['Initiatief', 'Activiteit', 'Type activiteit', 'Bereik'], ...['1E+308', '100000000000000000000', '9223372036854775808', '-5', 'NaN', 'Infinity', '1e308', '1.000.000.000.000', '1200'].map((v, i) => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren', v])]),
  },
];
