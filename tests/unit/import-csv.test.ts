/**
 * CSV (docs/workbook-format.md §2): UTF-8 with and without BOM, Windows-1252 bytes, `;` and `,` separators, an
 * Excel `sep=` line, and quoted fields holding separators, quotes and line breaks. The three encoded
 * variants of the same table must give exactly the same scan.
 */
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../src-main/import/csv';
import { readWorkbook } from '../../src-main/import/read-workbook';
import { memoryDb } from '../helpers/db';
import { activity, codes, counts, expectedReport, fixture, importFixture, importInto, initiatives, organisations, providers, r, report, scans, storedReport } from '../fixtures/import-harness';

const VARIANTS: [file: string, encoding: string][] = [
  ['csv-bom-semicolon.csv', 'utf-8'],
  ['csv-utf8-comma.csv', 'utf-8'],
  ['csv-windows1252.csv', 'windows-1252'],
];

describe('CSV files (docs/workbook-format.md §2)', () => {
  for (const [file, encoding] of VARIANTS) {
    it(`${file}: decoded as ${encoding}, same scan as the other encodings`, async () => {
      expect(decodeCsv(fixture(file)).encoding).toBe(encoding);
      const { db, prepared, results } = await importFixture(file, { region: 'Zeeland', year: 2024 });
      expect(prepared.format).toBe('csv');
      expect(results).toHaveLength(1);
      const sheet = file.replace(/\.csv$/, '');
      const expected = expectedReport([r('warning', 'number-as-text', sheet, 2, 'G (Bereik)', '1.000')]);
      expect(report(results[0]!.issues)).toEqual(expected);
      expect(storedReport(db, results[0]!.scanId)).toEqual(expected);
      expect(results[0]!.counts).toEqual({ initiatives: 2, activities: 3, organisations: 4 });
      expect(counts(db)).toEqual({ initiatives: 2, activities: 3, organisations: 4 });
      expect(scans(db)).toMatchObject([{ region: 'Zeeland', year: 2024, title: 'Regioscan Zeeland 2024', source_file: file }]);

      // é, ë, ö, â arrive intact whatever the encoding.
      expect(initiatives(db).map((i) => i.name)).toEqual(['Café Digitaal', 'Fryslân Werkt Digitaal']);
      // A quoted field holding both separators and a line break.
      expect(activity(db, 'Workshop e-commerce')).toEqual({
        initiative: 'Café Digitaal', name: 'Workshop e-commerce', description: 'Praktische sessie; met oefeningen, hands-on\nen een lunch', start_year: null,
        reach: 1000, reach_unit: null, reach_source: null,
      });
      expect(codes(db, 'Workshop e-commerce')).toEqual({ type: ['workshops'], sector: ['C'], bottleneck: ['6', '7'] });
      expect(providers(db, 'Workshop e-commerce')).toEqual(['Coöperatie Ondernemersfonds||initiatiefnemer', 'Hogeschool Zeeland||uitvoerder']);
      expect(activity(db, 'Spreekuur')).toMatchObject({ description: 'Eén keer per week', reach: 35 });
      expect(codes(db, 'Spreekuur')).toEqual({ type: ['advisering'], sector: ['geen'], bottleneck: ['8'] }); // "Financiën"
      expect(providers(db, 'Spreekuur')).toEqual(['Coöperatie Ondernemersfonds||initiatiefnemer', 'Ondernemershuis Zeeuws-Vlaanderen||uitvoerder']);
      // Doubled quotes inside a quoted field; a quoted "A. Landbouw, bosbouw en visserij"; "onbekend" reach stays unknown.
      expect(activity(db, 'Scan')).toMatchObject({ initiative: 'Fryslân Werkt Digitaal', description: 'Zelfscan, daarna "adviesgesprek"', reach: null });
      expect(codes(db, 'Scan')).toEqual({ type: ['scans'], sector: ['A'], bottleneck: ['1', '2'] });
      expect(providers(db, 'Scan')).toEqual(['Provincie Fryslân||initiatiefnemer']);
      expect(organisations(db)).toEqual(['Coöperatie Ondernemersfonds|', 'Hogeschool Zeeland|', 'Ondernemershuis Zeeuws-Vlaanderen|', 'Provincie Fryslân|']);
    });
  }

  it('the three encodings give identical grids', async () => {
    const grids = await Promise.all(VARIANTS.map(async ([file]) => (await readWorkbook(fixture(file), 'x.csv')).grids));
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[2]).toEqual(grids[0]);
    expect(grids[0]![0]!.rows).toHaveLength(4);
    expect(grids[0]![0]!.rows[1]![3]).toBe('Praktische sessie; met oefeningen, hands-on\nen een lunch');
  });

  it('takes region and year from the file name when the file does not say', async () => {
    const db = await memoryDb();
    await importInto(db, 'csv-bom-semicolon.csv', { fileName: 'regioscan-zeeland-2023.csv' });
    expect(scans(db)).toMatchObject([{ region: 'Zeeland', year: 2023, title: 'Regioscan Zeeland 2023', source_file: 'regioscan-zeeland-2023.csv' }]);
  });

  it('an Excel `sep=` line decides the separator', async () => {
    const { db, results } = await importFixture('csv-sep-line.csv', { region: 'Noord-Nederland' });
    expect(report(results[0]!.issues)).toEqual([]);
    expect(counts(db)).toEqual({ initiatives: 1, activities: 1, organisations: 0 });
    expect(activity(db, 'Kennisbank')).toMatchObject({ initiative: 'Kennisbank IT Academy', description: 'artikelen; video; podcasts; webinars; cursussen' });
    expect(codes(db, 'Kennisbank')).toEqual({ type: ['kennisplatform'] });
  });

  it('parseCsv: RFC 4180 quoting, CRLF and LF, separator counted outside quotes', () => {
    expect(parseCsv('a;b;c\r\n"x;y";"he said ""hi""";"line\r\nbreak"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'he said "hi"', 'line\r\nbreak'],
    ]);
    expect(parseCsv('a,b\n"1,5",2\n')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    // More commas than semicolons, but all inside quotes: the separator is `;`.
    expect(parseCsv('"a, b, c";d\n"e, f, g";h')).toEqual([
      ['a, b, c', 'd'],
      ['e, f, g', 'h'],
    ]);
  });

  it('decodeCsv: BOMs and the Windows-1252 fallback', () => {
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({ text: 'aé', encoding: 'utf-16le' });
    expect(decodeCsv(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xeb]))).toEqual({ text: 'Café ë', encoding: 'windows-1252' });
    expect(decodeCsv(Buffer.from('Café', 'utf8'))).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  // BUG (src-main/import/csv.ts, decodeCsv: `new TextDecoder('windows-1252')`): on Node 20 (this
  // repo's runtime, engines ">=20.19 <23") that decoder is ISO-8859-1, so the Windows-1252 bytes
  // 0x80–0x9F (€ … ‘ ’ “ ” – —, which Excel types for you) become C1 control characters U+0080–U+009F;
  // cellText then strips them and reports 'control-characters'. "mkb’ers" arrives as "mkbers".
  it('decodeCsv: Windows-1252 bytes 0x80–0x9F are € … ‘ ’ “ ” – —', () => {
    expect(decodeCsv(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xe9])).text).toBe('€…‘’“”–—é');
  });
  it('keeps ’ “ ” – … € of a Windows-1252 CSV (csv-windows1252-punctuation.csv)', async () => {
    const { db, results } = await importFixture('csv-windows1252-punctuation.csv');
    expect(activity(db, 'Spreekuur').description).toBe('Voor mkb’ers – “gratis” … eigen bijdrage € 0');
    expect(report(results[0]!.issues)).toEqual([]);
  });
  it('imports the rest of that Windows-1252 CSV', async () => {
    const { db } = await importFixture('csv-windows1252-punctuation.csv');
    expect(counts(db)).toEqual({ initiatives: 1, activities: 1, organisations: 0 });
    expect(codes(db, 'Spreekuur')).toEqual({ type: ['advisering'] });
    expect(activity(db, 'Spreekuur').initiative).toBe('Ondernemershuis Zeeland');
  });
});

describe('CSV mixing UTF-8 with Windows-1252 (issue 13)', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const cp1252 = (bytes: number[]) => Buffer.from(bytes);

  it('reads each byte as it is written and marks exactly the characters read as Windows-1252', () => {
    // "Café;" in UTF-8, then "€ 5’" in Windows-1252 (0x80, 0x92), then "ë" in UTF-8.
    const bytes = Buffer.concat([utf8('Café;'), cp1252([0x80, 0x20, 0x35, 0x92]), utf8('\nnaïef ë')]);
    const decoded = decodeCsv(bytes);
    expect(decoded.text).toBe('Café;€ 5’\nnaïef ë');
    expect(decoded.encoding).toBe('mixed');
    const marked = [...decoded.text].map((_, i) => decoded.windows1252!.any(i, i + 1));
    expect(marked.flatMap((m, i) => (m ? [i] : []))).toEqual([5, 8]);
    expect(decoded.windows1252!.any(0, 5)).toBe(false);
    expect(decoded.windows1252!.any(9, decoded.text.length)).toBe(false);
  });

  it('a BOM says UTF-8, but its stray bytes are read as Windows-1252, not turned into U+FFFD', () => {
    const decoded = decodeCsv(Buffer.concat([cp1252([0xef, 0xbb, 0xbf]), utf8('één;'), cp1252([0x93, 0x61, 0x94])]));
    expect(decoded).toMatchObject({ text: 'één;“a”', encoding: 'mixed' });
    expect(decoded.text).not.toContain('\ufffd');
  });

  it('malformed UTF-8 (overlong forms, encoded surrogates, a sequence cut short) is not taken as UTF-8', () => {
    // C0 AF: an overlong "/"; ED A0 80: a UTF-16 surrogate; E2 82 without its last byte.
    const decoded = decodeCsv(Buffer.concat([utf8('é'), cp1252([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe2, 0x82])]));
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.text).toBe('éÀ¯í\u00a0€â‚');
  });

  it('a file without a single UTF-8 sequence stays Windows-1252 throughout, with nothing to report', () => {
    expect(decodeCsv(cp1252([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]))).toEqual({ text: 'Café;€', encoding: 'windows-1252' });
  });

  it('four-byte UTF-8 (outside the BMP) next to Windows-1252 bytes', () => {
    expect(decodeCsv(Buffer.concat([utf8('😀'), cp1252([0x96])])).text).toBe('😀–');
  });

  it('parseCsv tells the offset at which each row starts, a quoted line break included', () => {
    const starts: number[] = [];
    const text = 'a;b\r\n"x\ny";z\n\nlast';
    expect(parseCsv(text, undefined, starts)).toEqual([['a', 'b'], ['x\ny', 'z'], [''], ['last']]);
    expect(starts).toEqual([0, 5, 13, 14]);
  });

  it('parseCsv keeps long fields whole and quoted text with doubled quotes intact', () => {
    const long = 'x'.repeat(100_000);
    expect(parseCsv(`${long};"a ""b"" ${long}"\r\n`)).toEqual([[long, `a "b" ${long}`]]);
  });
});
