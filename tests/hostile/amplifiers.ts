/**
 * Builders for issue 13's hostile cases: small files that ask for far more than they hold — text
 * multiplied by sharing, repetition, merging or the import report; merged areas by the thousand,
 * overlapping or spanning the whole sheet; CSV files mixing UTF-8 with Windows-1252; and numbers no
 * reach can be. Each builds its file in memory with the writers in tests/helpers.
 */
import { writeOds } from '../helpers/ods';
import { columnName, readZip, writeXlsx, writeZip, type Cell, type SheetSpec, type ZipEntry } from '../helpers/ooxml';

/** Excel's most characters in one cell, in words; `seed` makes each text its own. */
export function longText(seed = 0, length = 32_767): string {
  return `${seed} ${'Lange omschrijving van een activiteit '.repeat(Math.ceil(length / 38))}`.slice(0, length);
}

const ACTIVITY_HEADERS = ['Initiatief', 'Activiteit', 'Type activiteit', 'Omschrijving'];
const activities = (rows: Cell[][], merges?: string[]): SheetSpec => ({ name: 'Activiteiten', rows: [ACTIVITY_HEADERS, ...rows], ...(merges ? { merges } : {}) });
const numbered = (n: number, row: (i: number) => Cell[]) => Array.from({ length: n }, (_, i) => row(i));

/** One long shared string (the shared-string table holds it once) as the description of `rows` activities. */
export function sharedStringXlsx(rows: number): Buffer {
  const text = longText();
  return writeXlsx([activities(numbered(rows, (i) => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren', text]))], { sharedStrings: true });
}

/** `rows` distinct cells of `length` characters each: every one within the cell limit, together past the text budget. */
export function manyLongCellsXlsx(rows: number, length: number): Buffer {
  return writeXlsx([activities(numbered(rows, (i) => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren', longText(i, length)]))]);
}

/** The same as CSV text. */
export function manyLongCellsCsv(rows: number, length: number): Buffer {
  const lines = numbered(rows, (i) => [`Werkplaats;Activiteit ${i + 1};Signaleren;${longText(i, length)}`]);
  return Buffer.from(`${ACTIVITY_HEADERS.join(';')}\r\n${lines.map((l) => l[0]).join('\r\n')}\r\n`, 'utf8');
}

/** An .ods whose one long text cell is repeated over `columns` columns and `rows` rows by LibreOffice's own attributes. */
export function repeatedTextOds(columns: number, rows: number): Buffer {
  const entries = readZip(writeOds([{ name: 'Activiteiten', rows: [['x']] }])).map((e): ZipEntry => {
    if (e.name !== 'content.xml') return { name: e.name, data: e.data, store: e.method === 0 };
    const row = `<table:table-row table:number-rows-repeated="${rows}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="string"><text:p>${longText()}</text:p></table:table-cell></table:table-row>`;
    return { name: e.name, data: Buffer.from(e.data.toString('utf8').replace(/<table:table-row>[\s\S]*<\/table:table-row>/, row), 'utf8') };
  });
  return writeZip(entries);
}

/** One long description merged down `rows` rows: the merge repeats it in every row it spans. */
export function mergedLongTextXlsx(rows: number): Buffer {
  const sheetRows: Cell[][] = [['Werkplaats', 'Spreekuur', 'Signaleren', longText()]];
  sheetRows[rows - 1] = [null, null, null, null, 'x'];
  return writeXlsx([activities(Array.from(sheetRows, (r) => r ?? []), [`D2:D${rows + 1}`])]);
}

/**
 * An initiative with a long description and `count` activities: the cells hold it once, but the text
 * search stores it again with each activity.
 */
export function searchTextXlsx(count: number): Buffer {
  return writeXlsx([
    { name: 'Initiatieven', rows: [['Initiatief', 'Omschrijving'], ['Werkplaats', longText()]] },
    { name: 'Activiteiten', rows: [ACTIVITY_HEADERS.slice(0, 3), ...numbered(count, (i) => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren'])] },
  ]);
}

/**
 * One activity with a long description, then `duplicates` rows of the same activity with short
 * ones: each conflict in the report quotes the long first value again.
 */
export function reportQuotesXlsx(duplicates: number): Buffer {
  return writeXlsx([activities([['Werkplaats', 'Spreekuur', 'Signaleren', longText()], ...numbered(duplicates, (i) => ['Werkplaats', 'Spreekuur', 'Signaleren', `Korte omschrijving ${i + 1}`])])], { sharedStrings: true });
}

/**
 * An initiative of `count` activities and `providers` provider rows naming no activity (each goes to
 * all of them), the organisation named with `nameLength` characters.
 */
export function providerFanOutXlsx(count: number, providers: number, nameLength: number): Buffer {
  return writeXlsx(
    [
      { name: 'Activiteiten', rows: [ACTIVITY_HEADERS.slice(0, 3), ...numbered(count, (i) => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren'])] },
      { name: 'Aanbieders', rows: [['Initiatief', 'Activiteit', 'Organisatie', 'Rol'], ...numbered(providers, (i) => ['Werkplaats', null, `${i + 1} ${longText(i, nameLength)}`.slice(0, nameLength), 'Uitvoerder'])] },
    ],
    { sharedStrings: true },
  );
}

/**
 * `merges` merged areas stacked over the same cells A2:D`rows` (the first row's values), with one
 * more cell at the bottom so that the sheet reaches that far.
 */
export function overlappingMergesXlsx(merges: number, rows: number): Buffer {
  const sheetRows: Cell[][] = [['Werkplaats', 'Spreekuur', 'Signaleren', 'Elke dinsdag']];
  sheetRows[rows - 2] = [null, null, null, null, 'C. Industrie'];
  const ranges = numbered(merges, (i) => [`${'ABCD'[i % 4]}2:${'ABCD'[i % 4]}${rows}`]).map((r) => String(r[0]));
  return writeXlsx([{ name: 'Activiteiten', rows: [[...ACTIVITY_HEADERS, 'Sector'], ...Array.from(sheetRows, (r) => r ?? [])], merges: ranges }]);
}

/** A valid table with `merges` small merged areas below it (each two cells wide). */
export function manyMergesXlsx(rows: Cell[][], merges: number): Buffer {
  const ranges = numbered(merges, (i) => [`${columnName(6 + 2 * (i % 400))}${10 + Math.floor(i / 400)}:${columnName(7 + 2 * (i % 400))}${10 + Math.floor(i / 400)}`]).map((r) => String(r[0]));
  return writeXlsx([{ name: 'Activiteiten', rows, merges: ranges }]);
}

/** One merge down column ALL (the 1,000th) from row 2 to row `rows`: every row padded to 1,000 cells. */
export function tallMergeXlsx(rows: number): Buffer {
  const second: Cell[] = ['Werkplaats', 'Spreekuur', 'Signaleren', null];
  second[999] = 'breed';
  const sheetRows: Cell[][] = [second];
  sheetRows[rows - 2] = ['x'];
  return writeXlsx([activities(Array.from(sheetRows, (r) => r ?? []), [`ALL2:ALL${rows}`])]);
}

/**
 * Header rows 1–40 filled at both ends (columns A–D and ALL), and `merges` merged areas on cell ALL1:
 * finding the header looked up every empty cell of those rows in the list of merges.
 */
export function headerMergesXlsx(merges: number): Buffer {
  const row = (cells: Cell[], last: Cell) => {
    const out = [...cells];
    out[999] = last;
    return out;
  };
  const rows = [row(ACTIVITY_HEADERS, 'Notitie'), ...numbered(39, (i) => row(['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren', null], 'x'))];
  return writeXlsx([{ name: 'Activiteiten', rows: Array.from(rows, (r) => Array.from(r, (c) => c ?? null)), merges: numbered(merges, () => ['ALL1:ALL1']).map((r) => String(r[0])) }]);
}

/** An .ods with `rows` rows of `perRow` cells each spanning two columns (merged areas, all empty). */
export function spannedOds(rows: number, perRow: number): Buffer {
  const entries = readZip(writeOds([{ name: 'Activiteiten', rows: [['x']] }])).map((e): ZipEntry => {
    if (e.name !== 'content.xml') return { name: e.name, data: e.data, store: e.method === 0 };
    const row = `<table:table-row>${'<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1"/><table:covered-table-cell/>'.repeat(perRow)}</table:table-row>`;
    return { name: e.name, data: Buffer.from(e.data.toString('utf8').replace(/<table:table-row>[\s\S]*<\/table:table-row>/, row.repeat(rows)), 'utf8') };
  });
  return writeZip(entries);
}

/** Windows-1252 bytes of a text (the characters of it that Windows-1252 has above 0x7F). */
export function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

/** A CSV of `lines`, each written in UTF-8 or, where `true`, in Windows-1252. */
export function mixedCsv(lines: [text: string, windows: boolean][], bom = false): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), ...lines.map(([text, windows]) => (windows ? windows1252(`${text}\r\n`) : Buffer.from(`${text}\r\n`, 'utf8')))]);
}

/** About `mb` MB of short lines, alternately UTF-8 and Windows-1252. */
export function mixedCsvBomb(mb: number): Buffer {
  const pair = Buffer.concat([Buffer.from('Café;één\r\n', 'utf8'), windows1252('Prijs;€ 5\r\n')]);
  const block = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / pair.length) }, () => pair));
  return Buffer.concat(Array.from({ length: mb }, () => block));
}

/** Reach values no count can be, one per activity, and one ordinary reach. */
export const ABSURD_REACH: Cell[] = [1e308, 1e20, 9223372036854775808, -5, 'NaN', 'Infinity', '1E+308', '1.000.000.000.000', 1200];

export function absurdReachSheet(values: readonly Cell[] = ABSURD_REACH): SheetSpec {
  return { name: 'Activiteiten', rows: [['Initiatief', 'Activiteit', 'Type activiteit', 'Bereik'], ...values.map((v, i): Cell[] => ['Werkplaats', `Activiteit ${i + 1}`, 'Signaleren', v])] };
}
