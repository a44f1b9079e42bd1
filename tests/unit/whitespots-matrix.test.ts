/** The white-spot matrix helpers of the renderer: cell lookup, heat levels, empties per layer, cell words. */
import { describe, expect, it } from 'vitest';
import type { WhiteSpotResult } from '../../src-shared/model';
import { cellCount, cellWords, heatLevel, layerStats } from '../../src-renderer/src/whitespots/matrix';

const v = (value: string, label: string) => ({ value, label, generic: false, unmapped: false });

// 2 layers × 2 rows × 3 columns.
const result: WhiteSpotResult = {
  rows: { key: 'sector', label: 'Sector', values: [v('C', 'Industrie'), v('G', 'Handel')] },
  cols: { key: 'form', label: 'Digitaliseringsvorm', values: [v('1', 'Harde infrastructuur'), v('3', 'Data'), v('5', 'Diensten')] },
  layers: { key: 'bottleneck', label: 'Knelpunten', values: [v('0', 'Probleemsignalering'), v('6', 'Interne kennis')] },
  counts: [0, 2, 0, 1, 0, 0, 5, 0, 0, 0, 0, 10],
  combinations: 12,
  empty: 8,
  total: 14,
  includeGeneric: true,
  includeOther: false,
};

describe('white-spot matrix helpers', () => {
  it('finds a cell by layer, row and column', () => {
    expect(cellCount(result, 0, 0, 1)).toBe(2);
    expect(cellCount(result, 0, 1, 0)).toBe(1);
    expect(cellCount(result, 1, 0, 0)).toBe(5);
    expect(cellCount(result, 1, 1, 2)).toBe(10);
  });

  it('gives empty cells level 0 and scales the rest to 1–5 of the largest', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(5, 10)).toBe(3);
    expect(heatLevel(10, 10)).toBe(5);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('counts the empty cells and the largest cell of every layer', () => {
    expect(layerStats(result)).toEqual([
      { cells: 6, empty: 4, max: 2 },
      { cells: 6, empty: 4, max: 10 },
    ]);
  });

  it('says a cell in words, numbered codes with their number', () => {
    expect(cellWords(result, 1, 0, 1)).toBe('Sector Industrie · Digitaliseringsvorm 3 Data · Knelpunten 6 Interne kennis');
    expect(cellWords({ ...result, layers: null }, 0, 1, 2)).toBe('Sector Handel · Digitaliseringsvorm 5 Diensten');
  });
});
