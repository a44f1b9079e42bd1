/**
 * The Overzicht's exports as standalone SVG (pure, given a text measurer): a horizontal bar chart,
 * a table (optionally shaded as a heatmap) or the reach × effort grid, each with its title, the
 * selected scans, the filter in words and a source line. The PNG export draws this same SVG on a
 * canvas (svgToPng.ts), so both files look alike and work without the app's CSS.
 */
import type { Cell } from '../../../src-shared/overview-format';
import { FIGURE_FONT as LABEL_FONT, wrapText, type Measure } from '../ui/figureText';
import { escapeMarkup } from '../../../src-shared/escape-markup';

export interface FigureText {
  title: string;
  /** The selected scans. */
  subtitle: string;
  /** The filter in words (with counts). */
  caption: string;
  source: string;
}

export type FigureBody =
  | { kind: 'bars'; bars: readonly { label: string; count: number; strong?: boolean }[] }
  | { kind: 'table'; header: readonly string[]; body: readonly Cell[][]; footer: readonly Cell[][]; heat?: boolean }
  | { kind: 'grid'; rowTitle: string; colTitle: string; rows: readonly string[]; cols: readonly string[]; cells: readonly (readonly string[])[][] };

const M = 32;
const INK = '#1b1f24';
const MUTED = '#4f5861';
const LINE = '#d7dee5';
const BAR = '#1c7ed6';
const r1 = (v: number) => String(Math.round(v * 10) / 10);

function text(x: number, y: number, value: string, size: number, opts: { weight?: number; color?: string; anchor?: 'start' | 'middle' | 'end' } = {}): string {
  const anchor = opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : '';
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.color ?? INK}"${anchor}>${escapeMarkup(value)}</text>`;
}

/** Shade of a heatmap cell: white to dark blue; white text on the dark half. */
export function heatColor(value: number, max: number): { fill: string; ink: string } {
  if (value <= 0 || max <= 0) return { fill: '#ffffff', ink: MUTED };
  const t = Math.min(1, value / max);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * (0.12 + 0.88 * t));
  return { fill: `rgb(${mix(231, 16)}, ${mix(245, 70)}, ${mix(255, 140)})`, ink: t > 0.45 ? '#ffffff' : INK };
}

const fmt = (v: Cell) => (v === null ? '' : typeof v === 'number' ? v.toLocaleString('nl-NL') : v);

function bars(body: Extract<FigureBody, { kind: 'bars' }>, top: number, measure: Measure): { svg: string[]; width: number; height: number } {
  const labelW = Math.min(380, Math.max(120, ...body.bars.map((b) => measure(b.label, 13, b.strong ? 700 : 400))));
  const barW = 440;
  const max = Math.max(1, ...body.bars.map((b) => b.count));
  const svg: string[] = [];
  body.bars.forEach((b, i) => {
    const y = top + i * 26;
    const lines = wrapText(b.label, labelW, 13, 400, measure);
    svg.push(text(M + labelW, y + 16, lines.length > 1 ? `${lines[0]}…` : b.label, 13, { weight: b.strong ? 700 : 400, anchor: 'end' }));
    const w = (b.count / max) * barW;
    svg.push(`<rect x="${r1(M + labelW + 10)}" y="${r1(y + 4)}" width="${r1(Math.max(w, b.count > 0 ? 1 : 0))}" height="16" fill="${b.strong ? '#0b4f8a' : BAR}"/>`);
    svg.push(text(M + labelW + 16 + w, y + 16, b.count.toLocaleString('nl-NL'), 13, { color: MUTED }));
  });
  return { svg, width: labelW + 10 + barW + 60, height: body.bars.length * 26 };
}

function table(body: Extract<FigureBody, { kind: 'table' }>, top: number, measure: Measure): { svg: string[]; width: number; height: number } {
  const all = [...body.body, ...body.footer];
  const colW = body.header.map((h, c) => {
    const widest = Math.max(...all.map((r) => measure(fmt(r[c] ?? null), 13, 400)), 0);
    return c === 0 ? Math.min(300, Math.max(140, widest) + 16) : Math.min(130, Math.max(44, widest + 16, Math.min(measure(h, 12, 700), 110) + 12));
  });
  const headLines = body.header.map((h, c) => wrapText(h, colW[c]! - 10, 12, 700, measure).slice(0, 4));
  const headH = Math.max(...headLines.map((l) => l.length)) * 15 + 10;
  const x0 = colW.map((_, c) => M + colW.slice(0, c).reduce((s, w) => s + w, 0));
  const width = colW.reduce((s, w) => s + w, 0);
  const heatMax = body.heat ? Math.max(0, ...body.body.flatMap((r) => r.slice(1, -1).filter((v): v is number => typeof v === 'number'))) : 0;
  const svg: string[] = [];
  headLines.forEach((lines, c) => lines.forEach((l, i) => svg.push(text(c === 0 ? x0[c]! + 4 : x0[c]! + colW[c]! - 6, top + 14 + i * 15, l, 12, { weight: 700, anchor: c === 0 ? 'start' : 'end' }))));
  svg.push(`<line x1="${M}" y1="${r1(top + headH - 4)}" x2="${r1(M + width)}" y2="${r1(top + headH - 4)}" stroke="${INK}"/>`);
  all.forEach((row, r) => {
    const y = top + headH + r * 24;
    const isFooter = r >= body.body.length;
    if (isFooter && r === body.body.length) svg.push(`<line x1="${M}" y1="${r1(y)}" x2="${r1(M + width)}" y2="${r1(y)}" stroke="${INK}"/>`);
    row.forEach((v, c) => {
      let ink = INK;
      if (body.heat && !isFooter && c > 0 && c < row.length - 1 && typeof v === 'number') {
        const shade = heatColor(v, heatMax);
        svg.push(`<rect x="${r1(x0[c]! + 1)}" y="${r1(y + 1)}" width="${r1(colW[c]! - 2)}" height="22" fill="${shade.fill}"/>`);
        ink = shade.ink;
      }
      const label = fmt(v);
      const shown = c === 0 && measure(label, 13, 400) > colW[0]! - 8 ? `${wrapText(label, colW[0]! - 20, 13, 400, measure)[0]}…` : label;
      svg.push(text(c === 0 ? x0[c]! + 4 : x0[c]! + colW[c]! - 6, y + 16, shown, 13, { weight: isFooter ? 700 : 400, color: ink, anchor: c === 0 ? 'start' : 'end' }));
    });
    if (!isFooter) svg.push(`<line x1="${M}" y1="${r1(y + 24)}" x2="${r1(M + width)}" y2="${r1(y + 24)}" stroke="${LINE}"/>`);
  });
  return { svg, width, height: headH + all.length * 24 };
}

function grid(body: Extract<FigureBody, { kind: 'grid' }>, top: number): { svg: string[]; width: number; height: number } {
  const cellW = 240;
  const lineH = 18;
  const rowH = body.cells.map((row) => Math.max(60, ...row.map((items) => items.length * lineH + 20)));
  const left = M + 130;
  const svg: string[] = [text(left + (cellW * body.cols.length) / 2, top + 14, body.colTitle, 13, { weight: 700, anchor: 'middle' })];
  svg.push(text(left - 10, top + 36, `${body.rowTitle} ↓`, 13, { weight: 700, anchor: 'end' }));
  body.cols.forEach((c, i) => svg.push(text(left + i * cellW + cellW / 2, top + 36, c, 13, { anchor: 'middle', color: MUTED })));
  let y = top + 46;
  body.rows.forEach((r, ri) => {
    svg.push(text(left - 10, y + 38, r, 13, { anchor: 'end', color: MUTED }));
    body.cells[ri]!.forEach((items, ci) => {
      svg.push(`<rect x="${r1(left + ci * cellW)}" y="${r1(y)}" width="${cellW}" height="${r1(rowH[ri]!)}" fill="#f6f8fa" stroke="${LINE}"/>`);
      items.forEach((item, k) => svg.push(text(left + ci * cellW + 10, y + 22 + k * lineH, item, 13)));
    });
    y += rowH[ri]!;
  });
  return { svg, width: 130 + cellW * body.cols.length, height: y - top };
}

/** The figure as an SVG document, and its size in CSS pixels. */
export function figureSvg(meta: FigureText, body: FigureBody, measure: Measure): { svg: string; width: number; height: number } {
  const head = 78;
  const content = body.kind === 'bars' ? bars(body, M + head, measure) : body.kind === 'table' ? table(body, M + head, measure) : grid(body, M + head);
  const width = Math.max(640, content.width + 2 * M);
  const shapes = [text(M, M + 22, meta.title, 22, { weight: 700 }), text(M, M + 48, meta.subtitle, 14, { color: MUTED }), ...content.svg];
  let y = M + head + content.height + 34;
  for (const line of wrapText(meta.caption, width - 2 * M, 13, 400, measure)) {
    shapes.push(text(M, y, line, 13, { color: MUTED }));
    y += 19;
  }
  shapes.push(text(width - M, y + 10, meta.source, 12, { color: MUTED, anchor: 'end' }));
  const height = y + 10 + M;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r1(width)}" height="${r1(height)}" viewBox="0 0 ${r1(width)} ${r1(height)}" font-family="${escapeMarkup(LABEL_FONT)}">`,
    `<title>${escapeMarkup(meta.title)}</title>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    ...shapes,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
