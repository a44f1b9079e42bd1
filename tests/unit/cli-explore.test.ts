/** `regioscan list|export|facets` with --where/--filter give the same answers as the app's channels. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { importedForBlock, runCli } from '../helpers/run-cli';
import { SAMPLE_WORKBOOK } from '../helpers/sample-db';
import { openDatabase } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { TEST_ENV } from '../helpers/db';

const cli = runCli;

describe('the CLI and the app agree', () => {
  const sample = importedForBlock(SAMPLE_WORKBOOK);

  const appRows = async (filter: Filter) => {
    const conn = await openDatabase(sample.path);
    try {
      const res = await dispatch(conn, 'query.activities', { filter, limit: 1000 }, TEST_ENV);
      if (!res.ok) throw new Error(res.error.message.en);
      return (res.value as { rows: { id: number; values: Record<string, { code: string | null; label: string }[]> }[] }).rows;
    } finally {
      conn.close();
    }
  };

  it('list --where gives the same activities and codes as query.activities', async () => {
    const res = await cli(['list', '--db', sample.path, '--where', 'Knelpunten=1,2', '--where', 'technologie=AI,blockchain', '--scan', String(sample.scan), '--json']);
    expect(res.code, res.err).toBe(0);
    const listed = JSON.parse(res.out) as Record<string, unknown>[];
    const filter: Filter = { ...emptyFilter([sample.scan]), conditions: [{ dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }, { dimension: 'technology', mode: 'any', values: ['ai', 'blockchain'] }] };
    const rows = await appRows(filter);
    expect(listed.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const [i, r] of rows.entries()) {
      expect(listed[i]!.bottleneck).toEqual((r.values.bottleneck ?? []).map((v) => v.code));
      expect(listed[i]!.organisation).toEqual((r.values.organisation ?? []).map((v) => v.code));
    }
    expect(Object.keys(listed[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'initiative', 'scan', 'type', 'sector', 'bottleneck', 'effort', 'organisation', 'role']));
  });

  it('--filter NAME applies a saved filter, and --where narrows it further', async () => {
    const conn = await openDatabase(sample.path);
    await dispatch(conn, 'filters.save', { name: 'Studenten', filter: { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] } }, TEST_ENV);
    conn.close();
    const all = JSON.parse((await cli(['list', '--db', sample.path, '--filter', 'studenten', '--json'])).out) as unknown[];
    expect(all).toHaveLength(9);
    const drenthe = JSON.parse((await cli(['list', '--db', sample.path, '--filter', 'Studenten', '--where', 'geografie=Provincie Drenthe', '--json'])).out) as unknown[];
    expect(drenthe.length).toBeGreaterThan(0);
    expect(drenthe.length).toBeLessThan(9);
    expect((await cli(['list', '--db', sample.path, '--filter', 'bestaat niet'])).code).toBe(1);
  });

  it('export writes the xlsx and csv of the filter', async () => {
    const xlsx = join(sample.dir, 'wms.xlsx');
    const res = await cli(['export', '--db', sample.path, '--where', 'type=Werken met studenten', '--out', xlsx]);
    expect(res.code, res.err).toBe(0);
    const wb = XLSX.read(readFileSync(xlsx), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json(wb.Sheets.Activiteiten!)).toHaveLength(9);
    const csv = join(sample.dir, 'wms.csv');
    expect((await cli(['export', '--db', sample.path, '--where', 'type=Werken met studenten', '--out', csv, '--separator', ','])).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(10);
    expect((await cli(['export', '--db', sample.path, '--out', join(sample.dir, 'x.pdf')])).code).toBe(1);
  });
});
