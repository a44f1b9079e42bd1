/**
 * The one filter engine in the app — the bitset index (src-main/activities/activity-index.ts) —
 * answers every filter exactly as the SQL oracle (tests/oracle/) does: facet counts, totals, pages in
 * every sort and the initiatives, on random filters over the sample plus a generated scan with
 * unmapped values, open-list entries, several scans, free text, reach and start-year ranges, and
 * new regions three levels deep (with and without sub-regions).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { facetCounts, queryActivities, queryInitiatives } from '../../src-main/activities';
import { facetCountsSql, queryActivitiesSql, queryInitiativesSql } from '../oracle/queries-sql';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { mulberry32 } from '../../scripts/sample/prng';
import { memoryDb, TEST_ENV } from '../helpers/db';
import { loadSampleScan } from '../helpers/sample-db';
import { fixture } from '../fixtures/import-harness';
import { EMPTY_MAPPING } from '../../src-shared/import-mapping';

let db: Db;
let scans: number[];

beforeAll(async () => {
  db = await memoryDb();
  scans = [await loadSampleScan(db)];
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

/** What the oracle checks of a page: the total, and per row which activity and its own fields. */
function pageFields(page: ReturnType<typeof queryActivities>) {
  return { total: page.total, offset: page.offset, rows: page.rows.map(({ id, name, initiative, initiativeId, scanId, scan, startYear, reach }) => ({ id, name, initiative, initiativeId, scanId, scan, startYear, reach })) };
}

describe('the bitset engine equals the SQL oracle', () => {
  it('on 300 random filters: facets, totals, the first page in every sort, and the initiatives', () => {
    const rng = mulberry32(31337);
    const sorts = ['initiative', 'name', 'scan', 'type', 'geography', 'startYear', 'reach'] as const;
    for (let i = 0; i < 300; i++) {
      const filter = randomFilter(rng);
      expect(facetCounts(db, { filter }), JSON.stringify(filter)).toEqual(facetCountsSql(db, { filter }));
      const sort = sorts[i % sorts.length]!;
      const q = { filter, sort, descending: i % 2 === 0, offset: i % 3 === 0 ? 7 : 0, limit: 25 };
      expect(pageFields(queryActivities(db, q)), JSON.stringify(q)).toEqual(queryActivitiesSql(db, q));
      expect(queryInitiatives(db, filter), JSON.stringify(filter)).toEqual(queryInitiativesSql(db, filter));
    }
  }, 120_000);

  it('orders by scan as the oracle does also when scans share a region, and initiatives that share a name by region', async () => {
    // Two more scans of one region (years 2020 and none) whose initiatives are named as the sample's, in other case.
    const data = buildStressScan(120, 30, 7);
    data.scan = { ...data.scan, region: 'Aa-regio', year: 2020 };
    const named = queryInitiatives(db, emptyFilter()).slice(0, 10).map((i) => i.name);
    data.initiatives.forEach((ini, k) => {
      // Upper case as NOCASE folds it (ASCII only): equal names to SQLite, different to a binary compare.
      const name = k < named.length ? named[k]!.replace(/[a-z]/g, (c) => c.toUpperCase()) : ini.name;
      data.activities.filter((a) => a.initiative === ini.name).forEach((a) => (a.initiative = name));
      ini.name = name;
    });
    for (const year of [2020, null]) {
      data.scan = { ...data.scan, year };
      commitImport(db, await prepareImport(db, writeCanonicalWorkbook(data), `aa-${year}.xlsx`), () => 'keep-both');
    }
    const rng = mulberry32(77);
    for (let i = 0; i < 40; i++) {
      const filter = i === 0 ? emptyFilter() : randomFilter(rng);
      for (const descending of [false, true]) {
        const q = { filter, sort: 'scan' as const, descending, limit: 500 };
        expect(pageFields(queryActivities(db, q)), JSON.stringify(q)).toEqual(queryActivitiesSql(db, q));
      }
      expect(queryInitiatives(db, filter), JSON.stringify(filter)).toEqual(queryInitiativesSql(db, filter));
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
