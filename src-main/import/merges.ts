/**
 * Merged areas as the import reads them: a merge down several rows repeats its value in each of them
 * (an initiative's name beside each of its activities); a merge across columns is a group header
 * over the columns below it. Both take time linear in the sheet's cells, however many merges overlap:
 * when each merge walked its own rows, 31,000 merges over the same 100,000 rows (a 5 KB file) took
 * 44 s, and one merge down column ALL of 250,000 rows padded every row to 1,000 cells (3 GB).
 */
import type { CellValue, Merge } from './read-workbook';

/**
 * The merges that mean something here, clipped to the rows and columns the sheet fills: one whose
 * first cell is empty carries no value (a merge may claim A1:XFD1048576).
 */
export function clipMerges(rows: readonly CellValue[][], merges: readonly Merge[]): Merge[] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const clipped: Merge[] = [];
  for (const m of merges) {
    const value = rows[m.r0]?.[m.c0];
    if (value === null || value === undefined) continue;
    clipped.push({ r0: m.r0, c0: m.c0, r1: Math.min(m.r1, rows.length - 1), c1: Math.min(m.c1, width - 1) });
  }
  return clipped;
}

/**
 * Fills each vertical merge's value into the empty cells below its first one. Every cell of a column
 * is visited at most once, whatever the merges overlap. Returns the cells the grid gained (filled,
 * or added to pad a shorter row), stopping as soon as that passes `limit`.
 */
export function fillVerticalMerges(rows: CellValue[][], merges: readonly Merge[], limit: number): number {
  const byColumn = new Map<number, Merge[]>();
  for (const m of merges) {
    if (m.r1 <= m.r0) continue;
    const list = byColumn.get(m.c0);
    if (list) list.push(m);
    else byColumn.set(m.c0, [m]);
  }
  let added = 0;
  for (const [c, list] of byColumn) {
    list.sort((a, b) => a.r0 - b.r0);
    // Rows above `next` were filled already by an earlier merge in this column (or held a value).
    let next = 0;
    for (const m of list) {
      const value = rows[m.r0]?.[c];
      if (value === null || value === undefined) continue;
      for (let r = Math.max(m.r0 + 1, next); r <= m.r1; r++) {
        const row = rows[r]!;
        if (row.length <= c) {
          added += c + 1 - row.length;
          while (row.length < c) row.push(null);
          row.push(value);
        } else if (row[c] === null) {
          row[c] = value;
          added++;
        }
        if (added > limit) return added;
      }
      next = Math.max(next, m.r1 + 1);
    }
  }
  return added;
}

/**
 * For the header finder: the value of the merged area a cell lies in (a group header spanning the
 * columns below it). Each row asked about is swept once over the merges in column order.
 */
export class MergedAreas {
  private readonly byColumn: Merge[];
  private readonly swept = new Map<number, CellValue[]>();

  constructor(
    private readonly rows: readonly CellValue[][],
    merges: readonly Merge[],
  ) {
    this.byColumn = [...merges].sort((a, b) => a.c0 - b.c0);
  }

  /** The first value of the merged area (r, c) lies in, or undefined when it lies in none. */
  valueAt(r: number, c: number): CellValue | undefined {
    let row = this.swept.get(r);
    if (!row) {
      row = this.sweep(r);
      this.swept.set(r, row);
    }
    return row[c];
  }

  private sweep(r: number): CellValue[] {
    const values: CellValue[] = [];
    let next = 0;
    for (const m of this.byColumn) {
      if (r < m.r0 || r > m.r1) continue;
      const value = this.rows[m.r0]?.[m.c0];
      if (value === null || value === undefined) continue;
      for (let c = Math.max(m.c0, next); c <= m.c1; c++) values[c] = value;
      next = Math.max(next, m.c1 + 1);
    }
    return values;
  }
}
