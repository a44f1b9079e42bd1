/** Pure helpers of the white-spot matrix: cell lookup, heat level, per-layer empties, cell words. */
import type { WhiteSpotResult, WhiteSpotValue } from '../../../src-shared/model';

export function cellCount(result: WhiteSpotResult, layer: number, row: number, col: number): number {
  return result.counts[(layer * result.rows.values.length + row) * result.cols.values.length + col] ?? 0;
}

/** 0 for an empty cell, else 1–5 relative to the largest cell of the matrix. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(5, Math.ceil((5 * count) / max)));
}

export function layerStats(result: WhiteSpotResult): { cells: number; empty: number; max: number }[] {
  const per = result.rows.values.length * result.cols.values.length;
  const layers = result.layers?.values.length ?? 1;
  return Array.from({ length: layers }, (_, l) => {
    const slice = result.counts.slice(l * per, (l + 1) * per);
    return { cells: per, empty: slice.filter((n) => n === 0).length, max: Math.max(0, ...slice) };
  });
}

/** "6 Interne kennis" for numbered codes, the label otherwise. */
export function valueWords(v: WhiteSpotValue): string {
  return typeof v.value === 'string' && /^\d+$/.test(v.value) ? `${v.value} ${v.label}` : v.label;
}

/** "Sector Industrie · Digitaliseringsvorm Data · Knelpunten 6 Interne kennis". */
export function cellWords(result: WhiteSpotResult, layer: number, row: number, col: number): string {
  const parts = [
    `${result.rows.label} ${valueWords(result.rows.values[row]!)}`,
    `${result.cols.label} ${valueWords(result.cols.values[col]!)}`,
  ];
  if (result.layers) parts.push(`${result.layers.label} ${valueWords(result.layers.values[layer]!)}`);
  return parts.join(' · ');
}
