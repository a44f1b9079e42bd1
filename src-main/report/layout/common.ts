/** Building blocks every section of the factsheet shares: the page, headings, table styles, bars. */
import type { Content, ContentObject, TableCell, TableLayout } from '../pdf-types';
import { INK } from '../palette';

/** A4 in points, its margins, and the width content gets. */
export const PAGE = { width: 595.28, height: 841.89, margin: 44, bottom: 52 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** pdfmake pads every table cell left and right by this much (the layouts below say so). */
export const CELL_PAD = 3;

/** Horizontal rules only: a line under the head, hairlines between rows, a line above the totals. */
export function ruledLayout(headerRows: number, footerRows = 0, zebra = true): TableLayout {
  return {
    hLineWidth: (i, node) => {
      const rows = node.table.body.length;
      if (i === 0) return 0;
      if (i === headerRows || (footerRows > 0 && i === rows - footerRows)) return 0.8;
      if (i === rows) return footerRows > 0 ? 0.8 : 0.5;
      return 0.3;
    },
    vLineWidth: () => 0,
    hLineColor: (i) => (i === headerRows ? INK.heading : INK.rule),
    fillColor: (row) => (row < headerRows ? INK.headFill : zebra && (row - headerRows) % 2 === 1 ? INK.zebra : null),
    paddingLeft: () => CELL_PAD,
    paddingRight: () => CELL_PAD,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

/** No lines at all, small padding (grids of tiles, legends). */
export const PLAIN_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => CELL_PAD,
  paddingRight: () => CELL_PAD,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** A numbered section heading with a rule under it. */
export function heading(number: number, title: string): Content {
  return {
    stack: [
      { text: [{ text: `${number}  `, color: INK.accent }, { text: title }], style: 'h1' },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.8, lineColor: INK.rule }], margin: [0, 2, 0, 4] },
    ],
    margin: [0, 10, 0, 0],
  };
}

/** Blocks that stay together on one page. */
export function together(...blocks: Content[]): Content {
  return { stack: blocks, unbreakable: true };
}

export function intro(text: string): Content {
  return { text, style: 'intro' };
}

export function note(text: string, margin: [number, number, number, number] = [0, 4, 0, 0]): Content {
  return { text, style: 'note', margin };
}

/** A horizontal bar of `value` on a scale where `max` fills `width`. */
export function bar(value: number, max: number, width: number, color: string = INK.bar, height = 6.5): Content {
  const w = max > 0 ? Math.max(value > 0 ? 1 : 0, (value / max) * width) : 0;
  return { canvas: w > 0 ? [{ type: 'rect', x: 0, y: 1.3, w, h: height, r: 1, color }] : [], width };
}

/** A coloured dot for a legend. */
export function swatch(color: string, radius = 4): Content {
  return { canvas: [{ type: 'ellipse', x: radius, y: radius + 1.5, r1: radius, r2: radius, color, lineColor: '#ffffff', lineWidth: 0.6 }], width: 2 * radius + 2 };
}

export function headCell(text: string, align: 'left' | 'right' | 'center' = 'left', extra: Partial<TableCell & object> = {}): TableCell {
  return { text, style: 'th', alignment: align, ...extra } as TableCell;
}

export function numCell(value: number | string, extra: object = {}): TableCell {
  return { text: String(value), alignment: 'right', ...extra } as TableCell;
}

/** A table that repeats its head on a new page and never splits a row. */
export function table(widths: (number | string)[], body: TableCell[][], headerRows: number, footerRows = 0, style = 'td'): ContentObject {
  return { table: { widths, body, headerRows, dontBreakRows: true }, layout: ruledLayout(headerRows, footerRows), style };
}

/** Column widths of a table whose cells are padded by CELL_PAD, so the whole fits `total` exactly. */
export function fitWidths(total: number, fixed: number[], flexible: number): { fixed: number[]; each: number } {
  const columns = fixed.length + flexible;
  const left = total - fixed.reduce((s, w) => s + w, 0) - columns * 2 * CELL_PAD;
  return { fixed, each: flexible > 0 ? Math.floor((left / flexible) * 10) / 10 : 0 };
}
