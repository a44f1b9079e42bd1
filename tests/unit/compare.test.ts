/**
 * Vergelijken: compare of several scans equals, per scan, the facet counts of the same filter on that
 * one scan (dimensions the filter does not constrain) and the matching activities' own values
 * (dimensions it does: compare counts under the whole filter); unmapped values line up as unmapped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { CompareResult } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { queryActivities } from '../../src-main/activities/queries';
import { compareScans } from '../../src-main/compare/compare';
import { facetCounts } from '../../src-main/activities/facets';
import { REPO_ROOT } from '../../src-main/version';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { loadSampleScan } from '../helpers/sample-db';

async function importFixture(db: Db, name: string): Promise<number> {
  const prepared = await prepareImport(db, readFileSync(join(REPO_ROOT, 'tests', 'fixtures', name)), name);
  return commitImport(db, prepared, () => 'keep-both')[0]!.scanId;
}

/** Facet values keyed by code, or by verbatim label for unmapped ones. */
const key = (v: { code: string | null; label: string }) => (v.code === null ? `unmapped:${v.label}` : v.code);

describe('compare', () => {
  let db: Db;
  let scans: number[];
  beforeAll(async () => {
    db = await memoryDb();
    const sample = await loadSampleScan(db);
    // report-cases.xlsx has a sector the codebook does not know ("Toerisme"), kept as unmapped.
    scans = [sample, await importFixture(db, 'report-cases.xlsx'), await importFixture(db, 'canonical-nl.xlsx')];
  });

  function expectEqualsFacets(result: CompareResult, filter: Filter) {
    const constrained = new Set(filter.conditions.map((c) => c.dimension));
    result.scans.forEach((scan, i) => {
      const perScan: Filter = { ...filter, scans: [scan.id] };
      const facets = facetCounts(db, { filter: perScan });
      expect(scan.total).toBe(facets.total);
      expect(scan.initiatives).toBe(facets.initiatives);
      const rows = queryActivities(db, { filter: perScan, limit: 100_000 }).rows;
      for (const dim of result.dimensions) {
        const got = new Map(dim.values.map((v) => [key(v), v.counts[i]!]));
        // Compare counts under the whole filter; facets leave a dimension's own condition out, so a
        // constrained dimension is checked against the matching activities' own values instead.
        const expected = new Map<string, number>();
        if (constrained.has(dim.key as never)) {
          for (const r of rows) for (const v of r.values[dim.key] ?? []) expected.set(key(v), (expected.get(key(v)) ?? 0) + 1);
        } else {
          // Geography: each value by itself (the facet's `own`), not with its sub-regions.
          for (const v of facets.facets[dim.key as keyof typeof facets.facets]) expected.set(key(v), v.own ?? v.count);
        }
        for (const [k, n] of expected) expect([dim.key, k, got.get(k) ?? 0]).toEqual([dim.key, k, n]);
        for (const [k, n] of got) expect([dim.key, k, n]).toEqual([dim.key, k, expected.get(k) ?? 0]);
      }
    });
  }

  it('without a filter equals the facet counts of each scan, dimension by dimension', () => {
    const result = compareScans(db, { scans, filter: emptyFilter() });
    expect(result.scans.map((s) => s.id)).toEqual(scans);
    expect(result.scans[0]!.total).toBe(100);
    expect(result.dimensions.map((d) => d.key)).not.toContain('scan');
    expectEqualsFacets(result, emptyFilter());
  });

  it('applies the whole filter to each scan', () => {
    const filter: Filter = {
      ...emptyFilter([scans[0]!]),
      conditions: [
        { dimension: 'bottleneck', mode: 'any', values: ['1', '2', '6'] },
        { dimension: 'type', mode: 'none', values: ['netwerken'] },
      ],
    };
    const result = compareScans(db, { scans, filter });
    // The filter's own scan list is replaced by each compared scan.
    expect(result.scans.map((s) => s.id)).toEqual(scans);
    expect(result.scans[0]!.total).toBeGreaterThan(0);
    expect(result.scans[0]!.total).toBeLessThan(100);
    expectEqualsFacets(result, filter);
    const type = result.dimensions.find((d) => d.key === 'type')!;
    expect(type.values.find((v) => v.code === 'netwerken')!.counts).toEqual([0, 0, 0]);
  });

  it('shows an unmapped value as unmapped, present in one scan and absent in the others', () => {
    const result = compareScans(db, { scans, filter: emptyFilter() });
    const sector = result.dimensions.find((d) => d.key === 'sector')!;
    const toerisme = sector.values.find((v) => v.label === 'Toerisme')!;
    expect(toerisme).toMatchObject({ code: null, unmapped: true, presence: 'some', counts: [0, 1, 0] });
    // Codebook values keep codebook order and their zeros.
    expect(sector.values.slice(0, 22).map((v) => v.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'geen']);
    for (const v of sector.values) {
      v.counts.forEach((n, i) => expect(v.shares[i]).toBeCloseTo((100 * n) / result.scans[i]!.total, 10));
      const present = v.counts.filter((n) => n > 0).length;
      expect(v.presence).toBe(present === 0 ? 'none' : present === 3 ? 'all' : 'some');
      const shares = v.shares as number[];
      expect(v.spread).toBeCloseTo(Math.max(...shares) - Math.min(...shares), 10);
    }
  });

  it('refuses fewer than two scans or an unknown one with one sentence', async () => {
    expect(() => compareScans(db, { scans: [scans[0]!, scans[0]!], filter: emptyFilter() })).toThrow(/at least two different scans/);
    const res = await dispatch(db, 'compare.build', { scans: [scans[0]!, 999], filter: emptyFilter() }, TEST_ENV);
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found', message: { nl: 'Scan 999 bestaat niet (meer).' } } });
    expect(await dispatch(db, 'compare.build', { scans: [scans[0]!], filter: emptyFilter() }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('exports a summary sheet and one sheet per dimension', async () => {
    const res = await dispatch(db, 'export.compare', { scans: scans.slice(0, 2), filter: emptyFilter(), language: 'nl' }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    const file = res.value as { fileName: string; data: string };
    expect(file.fileName).toMatch(/^regioscan-vergelijking-\d{4}-\d\d-\d\d\.xlsx$/);
    const wb = XLSX.read(Buffer.from(file.data, 'base64'), { type: 'buffer' });
    const result = compareScans(db, { scans: scans.slice(0, 2), filter: emptyFilter() });
    expect(wb.SheetNames).toEqual(['Samenvatting', ...result.dimensions.map((d) => d.label)]);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Samenvatting!, { header: 1 });
    expect(summary.slice(1, 3)).toEqual(result.scans.map((s) => [s.label, s.total, s.initiatives]));
    const sector = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Sector!);
    const label = result.scans[1]!.label;
    const toerisme = sector.find((r) => r.Waarde === 'Toerisme')!;
    expect(toerisme).toMatchObject({ [`${label} aantal`]: 1, Aanwezig: `alleen in ${label}`, 'Niet gekoppeld': 'ja' });
    expect(toerisme.Code).toBeUndefined();
    const industrie = sector.find((r) => r.Code === 'C')!;
    expect(industrie[`${result.scans[0]!.label} aantal`]).toBe(result.dimensions.find((d) => d.key === 'sector')!.values.find((v) => v.code === 'C')!.counts[0]);
  });
});
