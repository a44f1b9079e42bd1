/**
 * The exported figure around the map (pure, given a text measurer): title and date on top, the map,
 * the colour legend and line legend beside it, and the filter in words as caption below. PNG and SVG
 * draw the same list of shapes, so both exports look alike.
 */
import type { EdgeType } from '../../../src-shared/model';
import { wrapText, type Measure } from '../ui/figureText';
import { EDGE_LEGEND_COLORS, edgeSize, ringColor } from './styles';

export interface Figure {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly { color: string; label: string; count: number }[];
  edgesTitle: string;
  edges: readonly { kind: EdgeType; label: string }[];
  /** Paragraphs: the filter in words, the counts, the thinning note. */
  caption: readonly string[];
  source: string;
}

export type Shape =
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: number; color: string; anchor?: 'start' | 'end' }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke: string };

export interface FigureLayout {
  width: number;
  height: number;
  map: { x: number; y: number; w: number; h: number };
  shapes: Shape[];
}

export const FIGURE_MAP = { w: 1180, h: 800 };
const MARGIN = 40;
const GAP = 28;
const SIDE = 320;
const INK = '#1b1f24';
const MUTED = '#4f5861';

export function layoutFigure(figure: Figure, measure: Measure, map = FIGURE_MAP): FigureLayout {
  const shapes: Shape[] = [];
  const text = (x: number, y: number, value: string, size: number, weight = 400, color = INK, anchor: 'start' | 'end' = 'start') =>
    shapes.push({ kind: 'text', x, y, text: value, size, weight, color, anchor });
  const width = MARGIN + map.w + GAP + SIDE + MARGIN;

  text(MARGIN, MARGIN + 26, figure.title, 28, 700);
  text(MARGIN, MARGIN + 52, figure.subtitle, 15, 400, MUTED);
  const mapBox = { x: MARGIN, y: MARGIN + 76, w: map.w, h: map.h };
  shapes.push({ kind: 'rect', x: mapBox.x - 0.5, y: mapBox.y - 0.5, w: mapBox.w + 1, h: mapBox.h + 1, fill: 'none', stroke: '#d7dee5' });

  // Legend beside the map.
  const sideX = mapBox.x + mapBox.w + GAP;
  let y = mapBox.y + 18;
  text(sideX, y, figure.legendTitle, 17, 700);
  y += 14;
  for (const entry of figure.legend) {
    const lines = wrapText(entry.label, SIDE - 80, 15, 400, measure);
    const top = y + 16;
    shapes.push({ kind: 'circle', cx: sideX + 9, cy: top - 5, r: 8, fill: entry.color, stroke: ringColor(entry.color) });
    lines.forEach((line, i) => text(sideX + 26, top + i * 19, line, 15));
    text(sideX + SIDE, top, String(entry.count), 15, 600, MUTED, 'end');
    y = top + (lines.length - 1) * 19 + 10;
  }
  y += 26;
  text(sideX, y, figure.edgesTitle, 17, 700);
  y += 12;
  for (const edge of figure.edges) {
    const lines = wrapText(edge.label, SIDE - 60, 14, 400, measure);
    const top = y + 18;
    const stroke = EDGE_LEGEND_COLORS.light[edge.kind];
    shapes.push({ kind: 'line', x1: sideX, y1: top - 5, x2: sideX + 40, y2: top - 5, stroke, width: edgeSize(edge.kind, edge.kind === 'generic' ? 1 : 3) });
    lines.forEach((line, i) => text(sideX + 52, top + i * 18, line, 14));
    y = top + (lines.length - 1) * 18 + 8;
  }

  // Caption under the map.
  let cy = Math.max(mapBox.y + mapBox.h, y) + 34;
  figure.caption.forEach((paragraph, p) => {
    for (const line of wrapText(paragraph, width - 2 * MARGIN, 15, p === 0 ? 500 : 400, measure)) {
      text(MARGIN, cy, line, 15, p === 0 ? 500 : 400, p === 0 ? INK : MUTED);
      cy += 21;
    }
    cy += 4;
  });
  text(width - MARGIN, cy + 8, figure.source, 13, 400, MUTED, 'end');
  return { width, height: cy + 8 + MARGIN - 8, map: mapBox, shapes };
}
