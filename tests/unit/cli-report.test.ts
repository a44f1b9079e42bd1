/**
 * `regioscan report` as a person runs it: the sample's factsheet written to a file and read back with
 * poppler (pdftotext -layout, pdffonts) against the pilot's published tables; a filter in words in the
 * title; --english; the comparison with an earlier scan; bad input one sentence
 * with the database left as it was. And the app's report.build gives the same factsheet's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { writeScan } from '../../src-main/import/write-scan';
import { getScan, scanLabel } from '../../src-main/scans';
import { packageVersion } from '../../src-main/version';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { ACTIVITY_TYPES } from '../../src-shared/codebook';
import { emptyFilter } from '../../src-shared/filter';
import { fileChecksum } from '../helpers/db-checksum';
import { TEST_ENV } from '../helpers/db';
import { sampleDbFileForBlock } from '../helpers/sample-db';
import { literal, pdfFonts, pdfInfo, pdfText } from '../helpers/pdf-read';
import { TYPE_COUNTS } from '../helpers/published-figures';

const cli = runCli;

/** A line that holds exactly these cells, in this order, and nothing else. */
const row = (...cells: (string | number)[]) => new RegExp(`^\\s*${cells.map((c) => literal(String(c))).join('\\s+')}\\s*$`, 'm');

describe('regioscan report', () => {
  const sample = sampleDbFileForBlock('regioscan-cli-report-');

  const checksum = () => fileChecksum(sample.path);

  it('writes the sample’s factsheet: every type label with its published count on one line, only embedded fonts', async () => {
    const out = join(sample.dir, 'factsheet.pdf');
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--date', '2026-12-03', '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const bytes = readFileSync(out);
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(r.out).toBe(`Wrote a factsheet of ${pages} pages (${Math.round(bytes.length / 1024)} KB) to ${out}\n`);
    const text = pdfText(bytes);
    for (const [label, count] of Object.entries(TYPE_COUNTS)) expect(text, label).toMatch(row(label, count));
    expect(text).toContain('Opgesteld op 3 december 2026');
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('puts the filter in words in the title and counts only what it matches', async () => {
    const out = join(sample.dir, 'filtered.pdf');
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--where', 'type=werken-met-studenten,workshops', '--where', 'sector=C', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const text = pdfText(readFileSync(out)).replace(/[ \t]+/g, ' ');
    expect(text).toContain('Filter: Type activiteit is Werken met studenten of Workshops & kennisevents ·');
    expect(text).toContain('Sector is Industrie');
    expect(text).toMatch(/— (\d+) activiteiten, \d+ initiatieven/);
    const total = Number(/— (\d+) activiteiten/.exec(text)![1]);
    expect(total).toBeLessThan(TYPE_COUNTS['Werken met studenten']! + TYPE_COUNTS['Workshops & kennisevents']!);
    expect(text).toMatch(new RegExp(`^ ?Totaal ${total}\\s*$`, 'm'));
    expect(text).not.toMatch(/^ ?Signaleren \d+\s*$/m);
  });

  it('speaks English with --english, with the codebook’s English type labels and the same counts', async () => {
    const out = join(sample.dir, 'english.pdf');
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--english', '--date', '2026-12-03', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const text = pdfText(readFileSync(out));
    expect(text).toContain('Prepared on 3 December 2026');
    for (const [label, count] of Object.entries(TYPE_COUNTS)) expect(text).toMatch(row(ACTIVITY_TYPES.find((t) => t.nl === label)!.en, count));
  });

  it('with --compare writes what changed since the earlier scan, and says nothing on stderr', async () => {
    const conn = await openDatabase(sample.path);
    const earlier = writeScan(conn, buildDerivedScan(TWO_REGIONAL_SCANS[0]!), [], { fileName: null, sha256: null }).scanId;
    const { region, year } = getScan(conn, earlier);
    const label = scanLabel(region, year);
    conn.close();
    const out = join(sample.dir, 'compare.pdf');
    const r = await cli(['report', '--db', sample.path, '--scan', String(sample.scan), '--compare', String(earlier), '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    expect(pdfText(readFileSync(out))).toContain(`Wat is er veranderd sinds ${label}`);
  });

  it('answers bad input with one sentence, writes no file and leaves the database as it was', async () => {
    const before = await checksum();
    const out = join(sample.dir, 'bad.pdf');
    const cases: [string[], number, RegExp][] = [
      [['--out', out], 1, /^regioscan report: Geef --scan ID/],
      [['--scan', String(sample.scan)], 1, /^regioscan report: Geef --out BESTAND\.pdf\.$/],
      [['--scan', String(sample.scan), '--out', join(sample.dir, 'x.docx')], 1, /^regioscan report: --out moet eindigen op \.pdf/],
      [['--scan', String(sample.scan), '--date', '2026-02-30', '--out', out], 1, /^regioscan report: --date neemt een datum als 2026-12-03, niet/],
      [['--scan', String(sample.scan), '--compare', 'x', '--out', out], 1, /^regioscan report: --compare neemt een scan-id/],
      [['--scan', String(sample.scan), '--compare', String(sample.scan), '--out', out], 1, /^regioscan report: --compare noemt een eerdere scan om mee te vergelijken, niet scan/],
      [['--scan', '999', '--out', out], 2, /^regioscan report: .*999/],
      [['--scan', String(sample.scan), '--out', join(sample.dir, 'no-such-folder', 'f.pdf')], 2, /^regioscan report: .*f\.pdf kan niet worden geschreven \(ENOENT\)\.$/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(['report', '--db', sample.path, ...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err.trim(), args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
    expect(existsSync(out)).toBe(false);
    expect(await checksum()).toEqual(before);
  });

  it('gives the app (report.build) the same factsheet, with a file name that says what is inside', async () => {
    const conn = await openDatabase(sample.path);
    try {
      const res = await dispatch(conn, 'report.build', { filter: emptyFilter([sample.scan]) }, { ...TEST_ENV, version: packageVersion() });
      if (!res.ok) throw new Error(res.error.message.en);
      const { fileName, data, savedTo, omitted } = res.value as { fileName: string; data: string; savedTo: null; omitted: unknown[] };
      expect(fileName).toMatch(/^regioscan-factsheet-noord-nederland-2022-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(savedTo).toBeNull();
      expect(omitted).toEqual([]);
      const app = pdfText(Buffer.from(data, 'base64'));
      const fromCli = pdfText(readFileSync(join(sample.dir, 'factsheet.pdf')));
      const undated = (t: string) => t.replace(/\d{1,2} [a-z]+ \d{4}/g, 'DATE');
      expect(undated(app)).toBe(undated(fromCli));
      const filtered = await dispatch(conn, 'report.build', { filter: { ...emptyFilter([sample.scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] }, language: 'en' }, TEST_ENV);
      if (!filtered.ok) throw new Error(filtered.error.message.en);
      expect((filtered.value as { fileName: string }).fileName).toMatch(/^regioscan-factsheet-noord-nederland-2022-working-with-students-\d{4}-\d{2}-\d{2}\.pdf$/);
    } finally {
      conn.close();
    }
  });
});
