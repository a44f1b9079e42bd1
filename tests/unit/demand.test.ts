/** Issue 19: demand tables (written by the raw OOXML writer and as CSV) against the supply. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../helpers/run-cli';
import type { Db } from '../../src-main/db/open';
import { demandView, importDemand } from '../../src-main/demand/demand';
import { parseWeight } from '../../src-main/demand/read-demand';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import { dbChecksum } from '../helpers/db-checksum';
import { tempDir, TEST_ENV } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';
import { dbWithScan, NOORD_NEDERLAND } from '../helpers/survey-fixture';

const TABLE = [
  ['Sector', 'Omvang', 'Digitaliseringsvorm', 'Knelpunt', 'Gewicht', 'Bron'],
  ['R. Cultuur, sport en recreatie', null, 'Data', '6. Interne kennis', 120, 'mkb-enquête 2024'],
  ['R', 'micro (1-10 werknemers)', null, '6', 30, 'mkb-enquête 2024'],
  ['C. Industrie', null, null, 'Knelpunt 8', '12,5', 'sectormonitor'],
  ['I', null, null, '3', '15%', null],
];

/** Activities serving a sector (or every sector) and targeting a knelpunt, counted from list --json rows. */
function supplyOf(rows: { sector: string[]; bottleneck: string[] }[], sector: string, bottleneck: string): number {
  return rows.filter((r) => (r.sector.includes(sector) || r.sector.includes('geen')) && r.bottleneck.includes(bottleneck)).length;
}

describe('demand', () => {
  let db: Db;
  beforeAll(async () => ({ db } = await dbWithScan()));

  it('reads codes and labels and weights as the template says', () => {
    expect([parseWeight(12), parseWeight('12,5'), parseWeight('15%'), parseWeight('-1'), parseWeight('veel'), parseWeight(-2)]).toEqual([12, 12.5, 15, undefined, undefined, undefined]);
  });

  it('imports a demand table once, and puts demand without supply first', async () => {
    const bytes = writeXlsx([{ name: 'Vraag', rows: TABLE }]);
    const report = await importDemand(db, { fileName: 'vraag.xlsx', bytes }, { lang: 'en' });
    expect(report).toMatchObject({ status: 'imported', rows: 4, issues: [] });
    const before = dbChecksum(db);
    expect((await importDemand(db, { fileName: 'again.xlsx', bytes }, { lang: 'en' })).status).toBe('unchanged');
    expect(dbChecksum(db)).toEqual(before);

    const view = demandView(db, emptyFilter());
    expect(view.rows.map((r) => [r.sector, r.size, r.form, r.bottleneck, r.weight, r.source])).toEqual([
      ['R', null, '3', '6', 120, 'mkb-enquête 2024'],
      ['R', 'micro', null, '6', 30, 'mkb-enquête 2024'],
      ['C', null, null, '8', 12.5, 'sectormonitor'],
      ['I', null, null, '3', 15, null],
    ]);
    const res = await dispatch(db, 'query.activities', { filter: emptyFilter(), limit: 5000 }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    const rows = (res.value as { rows: { values: Record<string, { code: string | null }[]> }[] }).rows.map((r) => ({
      sector: (r.values.sector ?? []).map((v) => v.code ?? ''),
      bottleneck: (r.values.bottleneck ?? []).map((v) => v.code ?? ''),
    }));
    const cell = (s: string, b: string) => view.cells.find((c) => c.sector === s && c.bottleneck === b)!;
    expect(cell('R', '6')).toMatchObject({ demand: 150, supply: supplyOf(rows, 'R', '6') });
    expect(cell('C', '8')).toMatchObject({ demand: 12.5, supply: supplyOf(rows, 'C', '8') });
    expect(cell('I', '3')).toMatchObject({ demand: 15, supply: supplyOf(rows, 'I', '3') });
    // Demand without supply leads; then the larger demand.
    const gaps = view.cells.findIndex((c) => !(c.demand > 0 && c.supply === 0));
    expect(view.cells.slice(0, gaps).every((c) => c.demand > 0 && c.supply === 0)).toBe(true);
    expect(view.cells.slice(gaps).every((c) => !(c.demand > 0 && c.supply === 0))).toBe(true);
    // No cell with neither.
    expect(view.cells.every((c) => c.demand > 0 || c.supply > 0)).toBe(true);
  });

  it('reports every bad cell, and a table without its columns, and writes nothing', async () => {
    const before = dbChecksum(db);
    const bad = writeXlsx([{ name: 'Vraag', rows: [TABLE[0]!, ['Z. Ruimtevaart', null, null, '6', 5, null], ['R', null, 'Dat', '14', 'veel', null], [null, null, null, '6', 1, null]] }]);
    const report = await importDemand(db, { fileName: 'fout.xlsx', bytes: bad }, { lang: 'en' });
    expect(report.status).toBe('refused');
    expect(report.issues.map((i) => [i.row, i.value])).toEqual([
      [2, 'Z. Ruimtevaart'],
      [3, 'Dat'],
      [3, '14'],
      [3, 'veel'],
      [4, null],
    ]);
    const noWeight = await importDemand(db, { fileName: 'kaal.xlsx', bytes: writeXlsx([{ name: 'Vraag', rows: [['Sector', 'Knelpunt', 'Opmerking'], ['R', '6', 'x']] }]) }, { lang: 'nl' });
    expect(noWeight.issues.map((i) => i.message)).toEqual([expect.stringMatching(/kolomkop "Opmerking"/), expect.stringMatching(/geen kolom Gewicht/)]);
    expect(dbChecksum(db)).toEqual(before);
  });
});

describe('regioscan demand', () => {
  const dir = tempDir();
  const file = join(dir, 'x.sqlite');
  const cli = cliOn(file);

  it('imports a CSV demand table and shows demand against supply', async () => {
    await cli(['import', NOORD_NEDERLAND]);
    const csv = join(dir, 'vraag.csv');
    writeFileSync(csv, 'Sector;Knelpunt;Gewicht\nR;6;40\nQ;2;10\n');
    const imported = await cli(['demand', 'import', csv, '--json']);
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ status: 'imported', rows: 2 });
    expect(JSON.parse((await cli(['demand', 'import', csv, '--json'])).out)).toMatchObject({ status: 'unchanged' });
    const view = JSON.parse((await cli(['demand', '--json'])).out) as { rows: unknown[]; cells: { sector: string; bottleneck: string; demand: number; supply: number }[] };
    expect(view.rows).toHaveLength(2);
    const listed = JSON.parse((await cli(['list', '--json'])).out) as { type: string[]; sector: string[]; bottleneck: string[] }[];
    expect(view.cells.find((c) => c.sector === 'R' && c.bottleneck === '6')).toMatchObject({ demand: 40, supply: supplyOf(listed, 'R', '6') });
    const narrowed = JSON.parse((await cli(['demand', '--where', 'type=signaleren', '--json'])).out) as typeof view;
    const signalling = listed.filter((r) => r.type.includes('signaleren'));
    expect(narrowed.cells.find((c) => c.sector === 'R' && c.bottleneck === '6')!.supply).toBe(supplyOf(signalling, 'R', '6'));
    expect((await cli(['demand'])).out).toMatch(/demand +40/);
  });

  it('refuses a bad table with exit 2 and one sentence', async () => {
    const csv = join(dir, 'fout.csv');
    writeFileSync(csv, 'Sector;Knelpunt;Gewicht\nR;6;-3\n');
    const res = await cli(['demand', 'import', csv, '--json']);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/Niets ingelezen: fout\.csv heeft 1 fout/);
    expect((await cli(['demand', 'import'])).code).toBe(1);
    expect(JSON.parse((await cli(['demand', '--json'])).out).rows).toHaveLength(2);
  });
});
