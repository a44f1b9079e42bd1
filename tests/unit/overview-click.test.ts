/**
 * A click on an Overzicht cell narrows the filter (src-renderer/src/state/refine.ts); the
 * Activiteiten list must then count exactly what the cell showed. Checked for every cell of both
 * cross tables under filters that already constrain the same dimensions in each mode.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { facetCounts } from '../../src-main/activities/facets';
import { buildOverview } from '../../src-main/overview/overview';
import { filterValueOf, refineFilter } from '../../src-renderer/src/state/refine';
import { memoryDb } from '../helpers/db';
import { loadSampleScan } from '../helpers/sample-db';

let db: Db;
let scanId: number;

beforeAll(async () => {
  db = await memoryDb();
  scanId = await loadSampleScan(db);
});

// A function, so the filter names the scan imported in beforeAll.
const with_ = (...conditions: Condition[]) => (): Filter => ({ ...emptyFilter([scanId]), conditions });

describe('a click on a cross-table cell', () => {
  const filters: [string, () => Filter, boolean][] = [
    ['no filter', with_(), true],
    ['knelpunt any of one', with_({ dimension: 'bottleneck', mode: 'any', values: ['6'] }), true],
    ['knelpunt all of two', with_({ dimension: 'bottleneck', mode: 'all', values: ['1', '2'] }), true],
    ['type none, geography with sub-regions', with_({ dimension: 'type', mode: 'none', values: ['workshops'] }, { dimension: 'geography', mode: 'any', values: ['provincie-drenthe', 'provincie-friesland'] }), true],
    ['sector and form', with_({ dimension: 'sector', mode: 'any', values: ['C', 'geen'] }, { dimension: 'form', mode: 'none', values: ['7'] }), true],
    ['knelpunt any of several', with_({ dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }), false],
    ['knelpunt none of', with_({ dimension: 'bottleneck', mode: 'none', values: ['10'] }), false],
  ];

  for (const [name, makeFilter, alwaysExact] of filters) {
    it(`lists exactly the cell's activities when it says so (${name})`, () => {
      const filter = makeFilter();
      expect(filter.scans).toEqual([scanId]);
      const o = buildOverview(db, { filter });
      let checked = 0;
      let inexact = 0;
      for (const [table, column] of [[o.typeBottleneck, 'bottleneck'], [o.typeGeography, 'geography']] as const) {
        table.rows.forEach((row, r) =>
          table.columns.forEach((col, c) => {
            const n = table.cells[r]![c]!;
            if (n === 0) return;
            const next = refineFilter(filter, [{ dimension: 'type', value: filterValueOf(row) }, { dimension: column, value: filterValueOf(col) }]);
            const listed = facetCounts(db, { filter: next.filter }).total;
            if (next.exact) expect(listed, `${name}: ${row.label} × ${col.label}`).toBe(n);
            else {
              expect(listed).toBeGreaterThanOrEqual(n);
              inexact++;
            }
            checked++;
          }),
        );
      }
      expect(checked).toBeGreaterThan(10);
      if (alwaysExact) expect(inexact).toBe(0);
      else expect(inexact).toBeGreaterThan(0);
    });
  }

  it('keeps the other conditions and the scans, and narrows a bar to its value', () => {
    const filter = with_({ dimension: 'sector', mode: 'any', values: ['C'] })();
    const next = refineFilter(filter, [{ dimension: 'form', value: '4' }]);
    expect(next).toEqual({ exact: true, filter: { ...filter, conditions: [...filter.conditions, { dimension: 'form', mode: 'any', values: ['4'] }] } });
    expect(refineFilter(with_({ dimension: 'bottleneck', mode: 'any', values: ['3'] })(), [{ dimension: 'bottleneck', value: '5' }]).filter.conditions).toEqual([{ dimension: 'bottleneck', mode: 'all', values: ['3', '5'] }]);
    expect(filterValueOf({ code: null, label: 'Iets anders' })).toEqual({ unmapped: 'Iets anders' });
  });
});
