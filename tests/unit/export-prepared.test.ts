/**
 * Exports that look prepared (issue 20): the activities .xlsx has a bold, frozen, filtered header
 * with ID first; the filter in words on the Filter sheet's title line; columns no row fills left out
 * (and named) unless asked for; and a file name that says what is inside. Read back from the
 * package's XML and with SheetJS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { activitiesXlsx, buildActivitiesExport } from '../../src-main/activities/export';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { filterFileName } from '../../src-main/rpc/deliver';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { ExportedFile } from '../../src-shared/model';
import { EXPORT_COLUMNS } from '../../src-shared/export-columns';
import { main } from '../../src-main/cli/main';
import { readDatabase, TEST_ENV } from '../helpers/db';
import { sampleDb, sampleDbFile } from '../helpers/sample-db';
import { readZip } from '../helpers/ooxml';

const DATE = new Date(Date.UTC(2026, 11, 3, 9, 30));

/** The cells of row 1 of a worksheet with the font of their cell format: whether it is bold. */
function firstRowBold(bytes: Buffer, sheet: number): boolean[] {
  const parts = readZip(bytes);
  const styles = parts.find((p) => p.name === 'xl/styles.xml')!.data.toString('utf8');
  const fonts = [.../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!.includes('<b/>'));
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf\b[^>]*fontId="(\d+)"/g)].map((m) => Number(m[1]));
  const xml = parts.find((p) => p.name === `xl/worksheets/sheet${sheet}.xml`)!.data.toString('utf8');
  const row = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)![1]!;
  return [...row.matchAll(/<c r="[A-Z]+1"([^>]*)>/g)].map((m) => fonts[xfs[Number(/\ss="(\d+)"/.exec(m[1]!)?.[1] ?? 0)]!]!);
}

describe('the activities .xlsx, prepared for a meeting', () => {
  let db: Db;
  let scan: number;
  let filter: Filter;
  beforeAll(async () => {
    ({ db, scan } = await sampleDb());
    filter = { ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] };
  });

  const write = (f: Filter, allColumns = false) => {
    const exp = buildActivitiesExport(db, f, 'nl', { allColumns });
    return { exp, bytes: activitiesXlsx(exp, f, { version: '1', date: DATE, lang: 'nl', scanNames: ['Noord-Nederland 2022'] }) };
  };

  it('has a bold header row on Activiteiten and Initiatieven and a bold title line on Filter, and nothing else bold', () => {
    const { bytes } = write(filter);
    const wb = XLSX.read(bytes, { type: 'buffer' });
    for (const [i, name] of ['Activiteiten', 'Initiatieven', 'Filter'].entries()) {
      const bold = firstRowBold(bytes, i + 1);
      expect(bold.length, name).toBeGreaterThan(0);
      expect(bold.every(Boolean), name).toBe(true);
      const xml = readZip(bytes).find((p) => p.name === `xl/worksheets/sheet${i + 1}.xml`)!.data.toString('utf8');
      const second = /<row r="2"[^>]*>([\s\S]*?)<\/row>/.exec(xml)?.[1] ?? '';
      expect(second, name).not.toMatch(/\ss="[1-9]/);
    }
    expect(wb.Sheets.Activiteiten!['!autofilter']).toBeDefined();
  });

  it('keeps ID first and Activiteit and Type activiteit by name, and leaves out the columns no row fills, naming them on the Filter sheet', () => {
    // Activities whose reach is unknown: the reach columns are empty.
    const unknownReach: Filter = { ...filter, reach: { known: 'unknown' } };
    const { exp, bytes } = write(unknownReach);
    expect(exp.emptyColumns).toEqual(expect.arrayContaining(['Bereik', 'Bereik eenheid']));
    const wb = XLSX.read(bytes, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets.Activiteiten!, { header: 1, defval: null });
    const header = rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(['ID', 'Initiatief', 'Activiteit']);
    expect(header).toContain('Type activiteit');
    for (let c = 1; c < header.length; c++) {
      if (header[c] === 'Activiteit' || header[c] === 'Type activiteit') continue;
      expect(rows.slice(1).some((r) => r[c] !== null && r[c] !== ''), header[c]).toBe(true);
    }
    const all = write(unknownReach, true);
    const fullHeader = XLSX.utils.sheet_to_json<string[]>(XLSX.read(all.bytes, { type: 'buffer' }).Sheets.Activiteiten!, { header: 1 })[0]!;
    expect(exp.emptyColumns.length).toBeGreaterThan(0);
    expect(fullHeader.filter((h) => !header.includes(h))).toEqual(exp.emptyColumns);
    expect(all.exp.emptyColumns).toEqual([]);
    const about = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about.find((r) => r[0] === 'Lege kolommen weggelaten')![1]).toBe(exp.emptyColumns.join('; '));
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    const stored = db.prepare(`SELECT a.id FROM activity a JOIN activity_value v ON v.activity_id = a.id JOIN dimension_value d ON d.id = v.value_id WHERE d.dimension = 'type' AND d.code = 'werken-met-studenten' AND a.reach IS NULL`).all() as { id: number }[];
    expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual(stored.map((s) => s.id).sort((a, b) => a - b));
  });

  it('writes the columns chosen by key, in the export’s order, with ID, Activiteit and Type activiteit always', async () => {
    const exp = buildActivitiesExport(db, filter, 'en', { columns: ['website', 'sector', 'role:uitvoerder', 'initiative'] });
    expect(exp.activities.header).toEqual(['ID', 'Initiative', 'Activity', 'Activity type', 'Sector', 'Implementer', 'Website']);
    expect(exp.activities.rows.every((r) => r.length === 7)).toBe(true);
    // Every key names exactly one column of the full export, in order (the extra fields are none in the sample).
    const all = buildActivitiesExport(db, filter, 'nl', { allColumns: true });
    const one = EXPORT_COLUMNS.filter((k) => k !== 'extra').map((k) => buildActivitiesExport(db, filter, 'nl', { allColumns: true, columns: [k] }).activities.header);
    expect(one.map((h) => h.filter((x) => !['ID', 'Activiteit', 'Type activiteit'].includes(x))).flat()).toEqual(all.activities.header.filter((x) => !['ID', 'Activiteit', 'Type activiteit'].includes(x)));
    const res = await dispatch(db, 'export.activities', { filter, format: 'csv', columns: ['no-such-column'] }, TEST_ENV);
    expect(res.ok).toBe(false);
  });

  it('opens the Filter sheet with the filter in words as its title line, above its table', () => {
    const { exp, bytes } = write(filter);
    const about = XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes, { type: 'buffer' }).Sheets.Filter!, { header: 1, blankrows: true });
    expect(about[0]).toEqual([`Regioscan · ${exp.words}`]);
    expect(exp.words).toBe('Type activiteit is Werken met studenten · Scan Noord-Nederland 2022 — 9 activiteiten, 9 initiatieven');
    expect(about[2]).toEqual(['Onderdeel', 'Waarde']);
  });

  it('names the file after the scans, the filter’s values and the date', async () => {
    expect(filterFileName({ scans: ['Zeeland 2024'], filter: { ...filter, scans: [] }, lang: 'nl', date: DATE, ext: 'xlsx' })).toBe('regioscan-zeeland-2024-werken-met-studenten-2026-12-03.xlsx');
    const none: Filter = { ...emptyFilter([scan]), conditions: [{ dimension: 'bottleneck', mode: 'none', values: ['1', '2'] }], text: 'AI' };
    expect(filterFileName({ scans: ['Noord-Nederland 2022'], filter: none, lang: 'nl', date: DATE, ext: 'csv' })).toBe('regioscan-noord-nederland-2022-niet-1-niet-zelf-bedacht-2-niet-mee-in-aanraking-ai-2026-12-03.csv');
    expect(filterFileName({ scans: [], filter: emptyFilter(), lang: 'en', date: DATE, ext: 'xlsx' })).toBe('regioscan-all-scans-2026-12-03.xlsx');
    const long = filterFileName({ scans: ['Noord-Nederland 2022'], filter: { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'any', values: ['A', 'B', 'C', 'D', 'E', 'F'] }] }, lang: 'nl', date: DATE, ext: 'xlsx' });
    expect(long.length).toBeLessThanOrEqual('regioscan-'.length + 90 + '-2026-12-03.xlsx'.length);
    expect(long).toMatch(/^regioscan-noord-nederland-2022-landbouw-bosbouw-en-visserij-[a-z-]+[a-z]-2026-12-03\.xlsx$/);
    const res = await dispatch(db, 'export.activities', { filter, format: 'xlsx' }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    expect((res.value as ExportedFile).fileName).toMatch(/^regioscan-noord-nederland-2022-werken-met-studenten-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('regioscan export names the empty columns it leaves out, and --all-columns keeps them', async () => {
    const { dir, path, scan: id } = await sampleDbFile('regioscan-export-prepared-');
    await readDatabase(path, (conn) => conn.prepare('UPDATE activity SET reach = NULL, reach_unit = NULL').run());
    let out = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (out += s) };
    expect(await main(['export', '--db', path, '--scan', String(id), '--where', 'type=werken-met-studenten', '--out', join(dir, 'a.xlsx')], io)).toBe(0);
    expect(out).toMatch(/^Left out \d+ empty columns \(--all-columns keeps them\): (.+, )?Bereik, Bereik eenheid(, .+)?$/m);
    out = '';
    expect(await main(['export', '--db', path, '--scan', String(id), '--where', 'type=werken-met-studenten', '--all-columns', '--out', join(dir, 'b.xlsx')], io)).toBe(0);
    expect(out).not.toContain('Left out');
    expect(await main(['export', '--db', path, '--columns', 'sector,website', '--out', join(dir, 'c.csv')], io)).toBe(0);
    expect(readFileSync(join(dir, 'c.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffID;Activiteit;Type activiteit;Sector;Website');
    out = '';
    expect(await main(['export', '--db', path, '--columns', 'sector,kleur', '--out', join(dir, 'd.csv')], io)).toBe(1);
    expect(out).toMatch(/^regioscan export: --columns neemt kolommen uit id, initiative, activity, .+, niet 'kleur'\.\n$/);
    expect(existsSync(join(dir, 'd.csv'))).toBe(false);
  });
});
