/**
 * SVG export, dependency-free: the visible nodes and lines drawn from their layout positions (the
 * whole map, fitted), labels that do not overlap, and the same title, legend and caption as the PNG.
 */
import { layoutFigure, type Figure, type Shape } from './figure';
import type { MapGraph } from './graphSync';
import { chooseLabels, labelAnchor, type LabelCandidate } from './labelPlacement';
import { LABEL_SIZE } from './renderer';
import { EDGE_LEGEND_COLORS, LABEL_FONT, ringColor } from './styles';
import { canvasMeasure } from '../ui/canvasMeasure';
import { escapeMarkup } from '../../../src-shared/escape-markup';

const n = (v: number) => String(Math.round(v * 10) / 10);
const EDGE_OPACITY = { generic: 0.35, sector: 0.6, providers: 0.65, learn: 0.7 } as const;
const EDGE_ORDER = { generic: 0, sector: 1, providers: 2, learn: 3 } as const;

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}" font-weight="${shape.weight}" fill="${shape.color}"${shape.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeMarkup(shape.text)}</text>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="1.5"/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}" stroke-linecap="round"/>`;
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" fill="${shape.fill}" stroke="${shape.stroke}"/>`;
  }
}

/** Nodes, lines and labels fitted into `box` (graph y points up, as on screen). */
function mapSvg(graph: MapGraph, box: { x: number; y: number; w: number; h: number }, measure: ReturnType<typeof canvasMeasure>): string {
  const nodes = graph.filterNodes((_, a) => !a.hidden);
  if (nodes.length === 0) return '';
  const xs = nodes.map((k) => graph.getNodeAttribute(k, 'x'));
  const ys = nodes.map((k) => graph.getNodeAttribute(k, 'y'));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 40;
  const k = Math.min((box.w - 2 * pad) / (maxX - minX || 1), (box.h - 2 * pad) / (maxY - minY || 1));
  const ox = box.x + (box.w - (maxX - minX) * k) / 2;
  const oy = box.y + (box.h - (maxY - minY) * k) / 2;
  const at = (key: string) => {
    const a = graph.getNodeAttributes(key);
    return { x: ox + (a.x - minX) * k, y: oy + (maxY - a.y) * k, a };
  };
  const edges = graph
    .filterEdges((_, a) => !a.hidden)
    .sort((e1, e2) => EDGE_ORDER[graph.getEdgeAttribute(e1, 'kind')] - EDGE_ORDER[graph.getEdgeAttribute(e2, 'kind')]);
  const lines = edges.map((edge) => {
    const [s, t] = graph.extremities(edge);
    const a = graph.getEdgeAttributes(edge);
    const p = at(s);
    const q = at(t);
    return `<line x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(q.x)}" y2="${n(q.y)}" stroke="${EDGE_LEGEND_COLORS.light[a.kind]}" stroke-opacity="${EDGE_OPACITY[a.kind]}" stroke-width="${n(a.size)}"/>`;
  });
  const placed = nodes.map(at).sort((p, q) => q.a.size - p.a.size);
  const circles = [...placed].reverse().map((p) => `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(p.a.size)}" fill="${p.a.color}" stroke="${ringColor(p.a.color)}" stroke-width="1.5"/>`);
  const top = placed[Math.floor(placed.length / 4)]?.a.size ?? 0;
  const candidates: LabelCandidate[] = placed.map((p, i) => ({ key: String(i), label: p.a.label, x: p.x, y: p.y, size: p.a.size, priority: p.a.size, mayCover: p.a.size >= top ? 1 : 0 }));
  const chosen = chooseLabels(candidates, (label) => measure(label, LABEL_SIZE, 500), LABEL_SIZE, box.x + box.w, { reserved: [{ left: 0, top: 0, right: box.x, bottom: box.y + box.h }] });
  const labels = placed.flatMap((p, i) => {
    const side = chosen.get(String(i));
    if (!side) return [];
    const a = labelAnchor({ x: p.x, y: p.y, size: p.a.size }, side, LABEL_SIZE);
    const anchor = a.align === 'right' ? ' text-anchor="end"' : a.align === 'center' ? ' text-anchor="middle"' : '';
    return [`<text x="${n(a.x)}" y="${n(a.y)}"${anchor}>${escapeMarkup(p.a.label)}</text>`];
  });
  return [
    `<g class="edges" stroke-linecap="round">${lines.join('')}</g>`,
    `<g class="nodes">${circles.join('')}</g>`,
    `<g class="labels" font-size="${LABEL_SIZE}" font-weight="500" fill="#1b1f24" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${labels.join('')}</g>`,
  ].join('\n');
}

export function renderSvg(graph: MapGraph, figure: Figure): string {
  const measure = canvasMeasure();
  const layout = layoutFigure(figure, measure);
  const { width, height } = layout;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeMarkup(LABEL_FONT)}">`,
    `<title>${escapeMarkup(figure.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    mapSvg(graph, layout.map, measure),
    ...layout.shapes.map(shapeSvg),
    `</svg>`,
  ].join('\n');
}
