/**
 * Vergelijken's markers: which values the table calls "groot verschil" (shares 10 percentage points
 * or more apart), which cells read "afwezig", and how many values a dimension's tab counts as
 * differing. Values are built by hand around the threshold, and the shares the way main computes them.
 */
import { describe, expect, it } from 'vitest';
import type { CompareValue } from '../../src-shared/model';
import { BIG_DIFFERENCE, differing, isAbsent, isBigDifference } from '../../src-renderer/src/compare/format';

/** A value as compare.build returns it: shares per 100 matching activities, spread max − min. */
function value(counts: number[], totals: number[]): CompareValue {
  const shares = counts.map((n, i) => (totals[i]! > 0 ? (100 * n) / totals[i]! : null));
  const known = shares.filter((s): s is number => s !== null);
  const present = counts.filter((n) => n > 0).length;
  return {
    code: 'x',
    label: 'x',
    unmapped: false,
    counts,
    shares,
    presence: present === 0 ? 'none' : present === counts.length ? 'all' : 'some',
    spread: known.length < 2 ? 0 : Math.max(...known) - Math.min(...known),
  };
}

describe('groot verschil', () => {
  it('is 10 percentage points', () => expect(BIG_DIFFERENCE).toBe(10));

  it('marks a spread of 10 points and more, not 9.9', () => {
    expect(isBigDifference(value([30, 20], [100, 100]))).toBe(true); // exactly 10
    expect(isBigDifference(value([31, 20], [100, 100]))).toBe(true);
    expect(isBigDifference(value([299, 200], [1000, 1000]))).toBe(false); // 9.9
    expect(isBigDifference(value([5, 5], [100, 100]))).toBe(false);
  });

  it('marks exactly 10 points even when floating point computes 9.999999999999996', () => {
    // 5 of 12 is 41.67 per 100, 19 of 60 is 31.67: ten points apart.
    const v = value([5, 19], [12, 60]);
    expect(v.spread).toBeLessThan(10);
    expect(isBigDifference(v)).toBe(true);
    expect(isBigDifference(value([5, 20], [12, 61]))).toBe(false); // 41.67 − 32.79 = 8.9
  });

  it('takes the largest and smallest share over three scans, skipping a scan with no matching activities', () => {
    expect(isBigDifference(value([10, 15, 20], [100, 100, 100]))).toBe(true);
    expect(isBigDifference(value([10, 15, 0], [100, 100, 0]))).toBe(false);
  });
});

describe('afwezig and the number of differing values', () => {
  it('marks a zero only where another scan has the value', () => {
    const some = value([0, 3, 4], [50, 50, 50]);
    expect([0, 1, 2].map((i) => isAbsent(some, i))).toEqual([true, false, false]);
    const none = value([0, 0], [50, 50]);
    expect([0, 1].map((i) => isAbsent(none, i))).toEqual([false, false]);
  });

  it('counts values absent somewhere or far apart, once each', () => {
    const values = [
      value([0, 30], [100, 100]), // absent and big: once
      value([0, 1], [100, 100]), // absent, small spread
      value([40, 20], [100, 100]), // big only
      value([20, 21], [100, 100]), // neither
      value([0, 0], [100, 100]), // in no scan
    ];
    expect(differing({ values })).toBe(3);
    expect(differing({ values: values.slice(3) })).toBe(0);
  });
});
