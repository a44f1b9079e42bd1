/**
 * Witte vlekken: the long table of the report's default matrix has exactly 22 × 7 × 11 = 1694 rows on
 * the sample, and every cell equals a count made independently from the matching activities' own
 * values (a multi-valued activity counts in every cell it belongs to). The CLI prints the same.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { BOTTLENECKS, FORMS, SECTORS } from '../../src-shared/codebook';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { runCli } from '../helpers/run-cli';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { queryActivities } from '../../src-main/activities/queries';
import { combinations, whiteSpots } from '../../src-main/whitespots/whitespots';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir, TEST_ENV } from '../helpers/db';
import { loadSampleScan } from '../helpers/sample-db';

const cli = runCli;

/** Cell counts from the activity rows themselves: every combination of an activity's own values. */
function countFromRows(db: Db, filter: Filter, dims: string[], keep: (dim: string, code: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of queryActivities(db, { filter, limit: 100_000 }).rows) {
    let keys = [''];
    for (const dim of dims) {
      const codes = (row.values[dim] ?? []).map((v) => v.code ?? `?${v.label}`).filter((c) => keep(dim, c));
      keys = keys.flatMap((k) => codes.map((c) => `${k}|${c}`));
    }
    for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe('white spots', () => {
  const path = join(tempDir(), 'ws.sqlite');
  let db: Db;
  let scan: number;
  beforeAll(async () => {
    db = await openDatabase(path);
    scan = await loadSampleScan(db);
  });

  it('has the report’s 1694 combinations by default, each counted from the activities’ own values', () => {
    const result = whiteSpots(db, { filter: emptyFilter([scan]) });
    expect([result.rows.key, result.cols.key, result.layers?.key]).toEqual(['sector', 'form', 'bottleneck']);
    expect(result.rows.values.map((v) => v.value)).toEqual(SECTORS.map((s) => s.code));
    expect(result.cols.values.map((v) => v.value)).toEqual(FORMS.map((f) => f.code));
    expect(result.layers!.values.map((v) => v.value)).toEqual(BOTTLENECKS.filter((b) => b.code !== '11').map((b) => b.code));
    const long = combinations(result);
    expect(long).toHaveLength(1694);
    expect(result.combinations).toBe(1694);
    expect(result.empty).toBe(long.filter((c) => c.count === 0).length);
    expect(result.empty).toBeGreaterThan(1000);
    expect(result.total).toBe(100);

    const expected = countFromRows(db, emptyFilter([scan]), ['sector', 'form', 'bottleneck'], (dim, code) => !(dim === 'bottleneck' && code === '11'));
    const got = new Map(long.filter((c) => c.count > 0).map((c) => [`|${c.values.map((v) => v.value).join('|')}`, c.count]));
    expect(got).toEqual(expected);
    // Multi-valued activities count in every row: the cells add up to more than the 100 activities.
    const sum = long.reduce((a, c) => a + c.count, 0);
    expect(sum).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(sum).toBeGreaterThan(100);
  });

  it('switches knelpunt 11 Overig in and the generic values out', () => {
    const withOther = whiteSpots(db, { filter: emptyFilter([scan]), includeOther: true });
    expect(withOther.combinations).toBe(22 * 7 * 12);
    expect(withOther.layers!.values.at(-1)!.value).toBe('11');
    const specific = whiteSpots(db, { filter: emptyFilter([scan]), includeGeneric: false });
    expect(specific.combinations).toBe(21 * 6 * 11);
    expect(specific.rows.values.some((v) => v.value === 'geen')).toBe(false);
    expect(specific.cols.values.some((v) => v.value === '7')).toBe(false);
  });

  it('counts any two dimensions under a filter', () => {
    const filter: Filter = { ...emptyFilter([scan]), conditions: [{ dimension: 'geography', mode: 'any', values: ['noord-nederland'] }] };
    const result = whiteSpots(db, { filter, rows: 'type', cols: 'bottleneck', includeOther: true });
    expect(result.layers).toBeNull();
    expect(result.combinations).toBe(12 * 12);
    const expected = countFromRows(db, filter, ['type', 'bottleneck'], () => true);
    const got = new Map(combinations(result).filter((c) => c.count > 0).map((c) => [`|${c.values.map((v) => v.value).join('|')}`, c.count]));
    expect(got).toEqual(expected);
  });

  it('refuses an axis used twice or organisations as an axis, with one sentence', async () => {
    expect(() => whiteSpots(db, { filter: emptyFilter(), rows: 'sector', cols: 'sector' })).toThrow(/three different dimensions/);
    const res = await dispatch(db, 'whitespots.build', { filter: emptyFilter(), rows: 'organisation', cols: 'form' }, TEST_ENV);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-whitespots' } });
  });

  it('prints {combinations, empty} as JSON from the CLI, the same as the app', async () => {
    const res = await cli(['whitespots', '--db', path, '--scan', String(scan), '--json']);
    expect(res.code, res.err).toBe(0);
    const json = JSON.parse(res.out) as { combinations: Record<string, string | number>[]; empty: number };
    expect(Object.keys(json)).toEqual(['combinations', 'empty']);
    expect(json.combinations).toHaveLength(1694);
    expect(Object.keys(json.combinations[0]!)).toEqual(['sector', 'form', 'bottleneck', 'count']);
    const app = whiteSpots(db, { filter: emptyFilter([scan]) });
    expect(json.combinations.map((c) => c.count)).toEqual(app.counts);
    expect(json.empty).toBe(app.empty);
    const two = JSON.parse((await cli(['whitespots', '--db', path, '--rows', 'type', '--cols', 'geography', '--where', 'knelpunt=6', '--json'])).out) as typeof json;
    expect(Object.keys(two.combinations[0]!)).toEqual(['type', 'geography', 'count']);
    expect((await cli(['whitespots', '--db', path, '--rows', 'nope'])).code).toBe(1);
    expect((await cli(['whitespots', '--db', path, '--rows', 'form', '--cols', 'form'])).code).toBe(1);
  });

  it('prints compare per dimension and code as JSON from the CLI', async () => {
    const again = await cli(['import', join(REPO_ROOT, 'data', 'regioscan-noord-nederland-2022.xlsx'), '--db', path, '--region', 'Zeeland', '--year', '2024', '--json']);
    const other = (JSON.parse(again.out) as { scan: { id: number } }).scan.id;
    const res = await cli(['compare', '--db', path, '--scan', String(scan), '--scan', String(other), '--where', 'type=Werken met studenten', '--json']);
    expect(res.code, res.err).toBe(0);
    const json = JSON.parse(res.out) as { scans: { id: number; label: string; total: number }[]; dimensions: { key: string; values: { code: string | null; counts: number[]; shares: number[] }[] }[] };
    expect(json.scans.map((s) => [s.id, s.label, s.total])).toEqual([[scan, 'Noord-Nederland 2022', 9], [other, 'Zeeland 2024', 9]]);
    const type = json.dimensions.find((d) => d.key === 'type')!.values.find((v) => v.code === 'werken-met-studenten')!;
    expect(type).toMatchObject({ counts: [9, 9], shares: [100, 100] });
    expect((await cli(['compare', '--db', path, '--scan', String(scan)])).code).toBe(1);
  });

  it('exports the long table, the pivot and the filter as .xlsx', async () => {
    const res = await dispatch(db, 'export.whitespots', { filter: emptyFilter([scan]), language: 'nl' }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    const file = res.value as { fileName: string; data: string };
    expect(file.fileName).toMatch(/^regioscan-witte-vlekken-\d{4}-\d\d-\d\d\.xlsx$/);
    const wb = XLSX.read(Buffer.from(file.data, 'base64'), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Combinaties', 'Matrix', 'Filter']);
    const long = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Combinaties!, { header: 1 });
    expect(long).toHaveLength(1 + 1694);
    expect(long[0]).toEqual(['Sector code', 'Sector', 'Digitaliseringsvorm code', 'Digitaliseringsvorm', 'Knelpunten code', 'Knelpunten', 'Aantal activiteiten']);
    const app = whiteSpots(db, { filter: emptyFilter([scan]) });
    expect(long.slice(1).map((r) => r[6])).toEqual(app.counts);
    // The pivot: per layer a title, a header and 22 rows of 7 counts.
    const pivot = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Matrix!, { header: 1, blankrows: true });
    expect(pivot[0]).toEqual(['Knelpunten: 0 Probleemsignalering en vraagarticulatie']);
    expect(pivot[2]).toEqual(['Landbouw, bosbouw en visserij', ...app.counts.slice(0, 7)]);
    const about = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Filter!, { header: 1 });
    expect(about).toContainEqual(['Lege combinaties', app.empty]);
  });
});
