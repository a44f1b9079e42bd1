/** The activities table fits as many chosen columns as it can before it scrolls sideways. */
import { describe, expect, it } from 'vitest';
import { fitColumns, minWidthOf } from '../../src-renderer/src/explore/fitColumns';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const COLUMNS = [
  { width: 240, minWidth: 150 },
  { width: 160, minWidth: 110 },
  { width: 180, minWidth: 120 },
  { width: 90 },
];

describe('fitColumns', () => {
  it('keeps the preferred widths when they fit or before the space is measured', () => {
    expect(fitColumns(COLUMNS, 1000)).toEqual([240, 160, 180, 90]);
    expect(fitColumns(COLUMNS, 0)).toEqual([240, 160, 180, 90]);
  });

  it('shrinks every column by the same share of what it can spare, to exactly the space there is', () => {
    const widths = fitColumns(COLUMNS, 600);
    expect(sum(widths)).toBeLessThanOrEqual(600);
    expect(sum(widths)).toBeGreaterThan(600 - COLUMNS.length);
    widths.forEach((w, i) => {
      expect(w).toBeLessThan(COLUMNS[i]!.width);
      expect(w).toBeGreaterThanOrEqual(minWidthOf(COLUMNS[i]!));
    });
    // Equal share: the wide name column gives up more than the narrow one.
    expect(240 - widths[0]!).toBeGreaterThan(90 - widths[3]!);
  });

  it('stops at the narrowest widths and lets the table scroll when even those do not fit', () => {
    expect(fitColumns(COLUMNS, 300)).toEqual([150, 110, 120, 59]);
    expect(minWidthOf({ width: 90 })).toBe(59);
    expect(minWidthOf({ width: 90, minWidth: 200 })).toBe(90);
  });
});
