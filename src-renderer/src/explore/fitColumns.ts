/**
 * Column widths that fit the table into the space it has: each column has the width it would like
 * and the narrowest it may get (its text then ends in an ellipsis). When the preferred widths do
 * not fit, every column gives up the same share of what it can spare; only when even the narrowest
 * widths do not fit does the table scroll sideways. Extra space is left to the table, which spreads
 * it over the columns.
 */
export interface FittableColumn {
  width: number;
  minWidth?: number;
}

/** A column may shrink to this share of its preferred width unless it says otherwise. */
const DEFAULT_MIN_SHARE = 0.65;

export function minWidthOf(column: FittableColumn): number {
  return Math.min(column.width, column.minWidth ?? Math.round(column.width * DEFAULT_MIN_SHARE));
}

/** The widths to draw the columns at, given the width available (0 or less: not measured yet). */
export function fitColumns(columns: readonly FittableColumn[], available: number): number[] {
  const preferred = columns.map((c) => c.width);
  const total = preferred.reduce((s, w) => s + w, 0);
  if (available <= 0 || total <= available) return preferred;
  const mins = columns.map(minWidthOf);
  const spare = total - mins.reduce((s, w) => s + w, 0);
  const excess = total - available;
  if (spare <= 0 || excess >= spare) return mins;
  const share = excess / spare;
  // Floor each width so rounding never makes the sum overflow the space by a pixel.
  return columns.map((c, i) => Math.floor(preferred[i]! - (preferred[i]! - mins[i]!) * share));
}
