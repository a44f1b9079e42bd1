/**
 * White spots that closed or opened between two scans (pure): the white-spot matrix of each scan
 * (whitespots.build, the same dimensions and filter) compared cell by cell. A cell is matched by its
 * values, not its position, so a value only one scan has (an unmapped one) does not shift the rest.
 */
import type { WhiteSpotAxis, WhiteSpotResult } from '../../../src-shared/model';

export interface ShiftedSpot {
  /** The combination in words, one part per dimension ("Sector: C Industrie"). */
  parts: string[];
  from: number;
  to: number;
}

export interface WhiteSpotShift {
  /** Empty in the earlier scan, filled in the later one. */
  closed: ShiftedSpot[];
  /** Filled in the earlier scan, empty in the later one. */
  opened: ShiftedSpot[];
  emptyFrom: number;
  emptyTo: number;
  combinations: number;
}

const valueKey = (v: WhiteSpotAxis['values'][number]) => (typeof v.value === 'string' ? v.value : `~${v.value.unmapped}`);

function cells(result: WhiteSpotResult): Map<string, ShiftedSpot & { count: number }> {
  const out = new Map<string, ShiftedSpot & { count: number }>();
  const layers = result.layers?.values ?? [null];
  const { rows, cols } = result;
  layers.forEach((layer, l) => {
    rows.values.forEach((row, r) => {
      cols.values.forEach((col, c) => {
        const count = result.counts[(l * rows.values.length + r) * cols.values.length + c] ?? 0;
        const key = [layer ? valueKey(layer) : '', valueKey(row), valueKey(col)].join('\u0000');
        const parts = [`${rows.label}: ${row.label}`, `${cols.label}: ${col.label}`, ...(layer && result.layers ? [`${result.layers.label}: ${layer.label}`] : [])];
        out.set(key, { parts, from: 0, to: 0, count });
      });
    });
  });
  return out;
}

export function whiteSpotShift(from: WhiteSpotResult, to: WhiteSpotResult): WhiteSpotShift {
  const a = cells(from);
  const b = cells(to);
  const closed: ShiftedSpot[] = [];
  const opened: ShiftedSpot[] = [];
  for (const [key, cell] of b) {
    const before = a.get(key)?.count ?? 0;
    if (before === 0 && cell.count > 0) closed.push({ parts: cell.parts, from: 0, to: cell.count });
  }
  for (const [key, cell] of a) {
    const after = b.get(key)?.count ?? 0;
    if (cell.count > 0 && after === 0) opened.push({ parts: cell.parts, from: cell.count, to: 0 });
  }
  closed.sort((x, y) => y.to - x.to);
  opened.sort((x, y) => y.from - x.from);
  return { closed, opened, emptyFrom: from.empty, emptyTo: to.empty, combinations: to.combinations };
}
