/**
 * The bitset engine (activity-index.ts) answers every filter exactly as the SQL reference does:
 * facet counts, totals and pages, on random filters over the sample plus a generated scan with
 * unmapped values, open-list entries, several scans, free text, reach and start-year ranges.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { queryActivities, queryActivitiesSql } from '../../src-main/query/activities';
import { facetCounts, facetCountsSql } from '../../src-main/query/facets';
import { ensureSampleScan, sampleScanPath } from '../../src-main/sample';
import { REPO_ROOT } from '../../src-main/version';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { mulberry32 } from '../../scripts/sample/prng';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { fixture } from '../fixtures/import-harness';
import { EMPTY_MAPPING } from '../../src-shared/import-mapping';

let db: Db;
let scans: number[];

beforeAll(async () => {
  db = await memoryDb();
  scans = [(await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))!];
  const data = buildStressScan(600, 200, 99);
  data.activities.slice(0, 40).forEach((a, i) => (a.unmapped = { sector: [i % 2 ? 'Toerisme' : 'Havens'], bottleneck: ['Onduidelijk'] }));
  data.activities.slice(40, 60).forEach((a) => (a.values.technology = [...(a.values.technology ?? []), 'Quantum computing']));
  const [result] = commitImport(db, await prepareImport(db, writeCanonicalWorkbook(data), 'stress.xlsx'), () => 'keep-both');
  scans.push(result!.scanId);
  // New regions three levels deep: Walcheren and Zeeuws-Vlaanderen under Provincie Zeeland (the
  // importer knows them), Oosterschelde-regio under Walcheren (a place rule).
  const zeeland = await prepareImport(db, fixture('zeeland-flat.xlsx'), 'zeeland-flat.xlsx', { mapping: { ...EMPTY_MAPPING, places: [{ value: 'Oosterschelde-regio', parent: 'Walcheren' }] } });
  commitImport(db, zeeland, () => 'keep-both');
});

function randomFilter(rng: () => number): Filter {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const dims: DimensionKey[] = ['type', 'sector', 'size', 'geography', 'form', 'goal', 'technology', 'bottleneck', 'rationale', 'effort', 'organisation', 'role', 'scan'];
  const conditions: Condition[] = [];
  for (let k = 0; k < 1 + Math.floor(rng() * 4); k++) {
    const dimension = pick(dims);
    let values: Condition['values'];
    if (dimension === 'organisation') values = [pick(['Hanzehogeschool Groningen', 'RUG', 'Organisatie 7', 'Organisatie 12', 'Bestaat Niet'])];
    else if (dimension === 'scan') values = [String(pick(scans))];
    else if (dimension === 'technology' && rng() < 0.3) values = ['Quantum computing'];
    else if (dimension === 'sector' && rng() < 0.3) values = [{ unmapped: 'Toerisme' }];
    else if (dimension === 'geography' && rng() < 0.4) values = [pick(['Walcheren', 'Oosterschelde-regio', 'provincie-zeeland', 'zuid-nederland'])];
    else values = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(DIMENSIONS.find((d) => d.key === dimension)!.values).code);
    conditions.push({ dimension, mode: pick(['any', 'any', 'all', 'none'] as const), values });
  }
  return {
    ...emptyFilter(rng() < 0.3 ? [pick(scans)] : []),
    conditions,
    text: rng() < 0.15 ? pick(['activiteit', 'kasteel', 'digitale werk']) : '',
    includeSubRegions: rng() < 0.7,
    ...(rng() < 0.2 ? { reach: { known: pick(['known', 'unknown'] as const) } } : {}),
    ...(rng() < 0.15 ? { reach: { min: 100, max: 1500 } } : {}),
    ...(rng() < 0.15 ? { startYear: { min: 2017, max: 2020 } } : {}),
  };
}

describe('the bitset engine equals the SQL reference', () => {
  it('on 300 random filters: facets, totals and the first page in every sort', () => {
    const rng = mulberry32(31337);
    const sorts = ['initiative', 'name', 'scan', 'type', 'geography', 'startYear', 'reach'] as const;
    for (let i = 0; i < 300; i++) {
      const filter = randomFilter(rng);
      expect(facetCounts(db, { filter }), JSON.stringify(filter)).toEqual(facetCountsSql(db, { filter }));
      const sort = sorts[i % sorts.length]!;
      const q = { filter, sort, descending: i % 2 === 0, offset: i % 3 === 0 ? 7 : 0, limit: 25 };
      expect(queryActivities(db, q), JSON.stringify(q)).toEqual(queryActivitiesSql(db, q));
    }
  }, 120_000);

  it('a geography value’s facet count is what selecting it returns, on 150 random filters', () => {
    const rng = mulberry32(4242);
    let checked = 0;
    for (let i = 0; i < 150; i++) {
      const filter = randomFilter(rng);
      for (const v of facetCounts(db, { filter }).facets.geography) {
        const selecting: Filter = {
          ...filter,
          conditions: [...filter.conditions.filter((c) => c.dimension !== 'geography'), { dimension: 'geography', mode: 'any', values: [v.code ?? { unmapped: v.label }] }],
        };
        expect(v.count, `${v.label} under ${JSON.stringify(filter)}`).toBe(queryActivities(db, { filter: selecting, limit: 1 }).total);
        checked += v.count > 0 ? 1 : 0;
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 120_000);

  it('counts a parent over its sub-regions only with sub-regions included; own counts stay the value’s own', () => {
    const geo = (includeSubRegions: boolean) => facetCounts(db, { filter: { ...emptyFilter(), includeSubRegions } }).facets.geography;
    const find = (list: ReturnType<typeof geo>, code: string) => list.find((v) => v.code === code)!;
    const withSub = geo(true);
    const zeeland = find(withSub, 'provincie-zeeland');
    const walcheren = find(withSub, 'Walcheren');
    expect(walcheren).toMatchObject({ parent: 'provincie-zeeland', own: 2, count: 3 });
    expect(find(withSub, 'Oosterschelde-regio')).toMatchObject({ parent: 'Walcheren', own: 1, count: 1 });
    expect(zeeland.count).toBe(zeeland.own! + walcheren.count + find(withSub, 'Zeeuws-Vlaanderen').count);
    expect(find(geo(false), 'provincie-zeeland').count).toBe(zeeland.own);
  });

  it('sees its own connection’s writes: a deleted scan is gone from the counts at once', async () => {
    const before = facetCounts(db, {}).total;
    const res = await dispatch(db, 'scans.delete', { id: scans[0] }, TEST_ENV);
    expect(res.ok).toBe(true);
    expect(facetCounts(db, {}).total).toBe(before - 100);
    expect(facetCounts(db, {})).toEqual(facetCountsSql(db, {}));
  });
});
