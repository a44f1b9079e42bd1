/**
 * Witte vlekken: how many of the report's combinations (sector × digitaliseringsvorm × knelpunt)
 * no activity under the filter serves, and the digitaliseringsvorm × knelpunt matrix with its
 * empty boxes framed. Which of them matter is the region's goals' to say (the goals section).
 */
import type { Content, TableCell } from '../pdf-types';
import type { FactsheetData } from '../model';
import { heat } from '../palette';
import { fill, num, WORDS } from '../words';
import { CONTENT_WIDTH, fitWidths, headCell, intro, note, numCell, table } from './common';

/** The frame and ink of a white spot's box. */
export const SPOT = { fill: '#fff7e0', ink: '#9a5b00' } as const;

const ROW_HEAD = 150;
const SPOTS_COLUMN = 58;

function spotCell(value: number, max: number): TableCell {
  if (value === 0) return { text: '0', alignment: 'center', bold: true, color: SPOT.ink, fillColor: SPOT.fill } as TableCell;
  const h = heat(value, max);
  return { text: String(value), alignment: 'center', color: h.color, ...(h.fill ? { fillColor: h.fill } : {}) } as TableCell;
}

export function whiteSpotsSection(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const { overall, matrix } = data.whiteSpots;
  const rows = matrix.rows.values;
  const cols = matrix.cols.values;
  const words = fill(w.spotsIntro, {
    combinations: num(overall.combinations, data.lang),
    axes: overall.axes.join(' × ').toLowerCase(),
    empty: num(overall.empty, data.lang),
    rows: matrix.rows.label.toLowerCase(),
    cols: matrix.cols.label.toLowerCase(),
  });
  if (matrix.total === 0) return [intro(w.noActivities)];
  const cell = (r: number, c: number) => matrix.counts[r * cols.length + c]!;
  const max = Math.max(1, ...matrix.counts);
  const { fixed, each } = fitWidths(CONTENT_WIDTH, [ROW_HEAD, SPOTS_COLUMN], cols.length);
  const body: TableCell[][] = [
    [headCell(matrix.rows.label), ...cols.map((c) => headCell(typeof c.value === 'string' ? c.value : c.label, 'center')), headCell(w.spotsPerRow, 'right')],
    ...rows.map((r, ri) => {
      const cells = cols.map((_, ci) => cell(ri, ci));
      return [{ text: r.label }, ...cells.map((v) => spotCell(v, max)), numCell(cells.filter((v) => v === 0).length, { bold: true, color: SPOT.ink })];
    }),
  ];
  const empty = matrix.empty;
  return [
    intro(words),
    table([fixed[0]!, ...cols.map(() => each), fixed[1]!], body, 1, 0),
    note(`${empty === 0 ? w.spotsNone : ''}${empty === 0 ? ' ' : ''}${w.spotsNote}`),
  ];
}
