/**
 * The Ecosysteemkaart as an SVG for the PDF (pdfmake draws it as vectors, its text in the embedded
 * font): lines, then nodes coloured by focus and sized by activities, then the names of the largest
 * initiatives where they fit without covering another name or node.
 */
import { EDGE_COLORS, focusColor, INK } from './palette';
import { nodeRadius } from './map-layout';
import type { FactsheetMap } from './model';
import { FONT_FAMILY } from './pdf';
import { escapeMarkup } from '../../src-shared/escape-markup';

export const LABEL_SIZE = 6.5;
const EDGE_ORDER = { generic: 0, sector: 1, providers: 2, learn: 3 } as const;
const EDGE_OPACITY = { generic: 0.35, sector: 0.55, providers: 0.6, learn: 0.7 } as const;

const r1 = (v: number) => String(Math.round(v * 10) / 10);

/** Approximate advance of DejaVu Sans, in em, per character class (close enough to keep names apart). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ il.,:;'|!()[\]/-]/.test(ch)) em += 0.34;
    else if (/[fjrt]/.test(ch)) em += 0.43;
    else if (/[mwMW]/.test(ch)) em += 0.92;
    else if (/[A-Z0-9]/.test(ch)) em += 0.7;
    else em += 0.62;
  }
  return em * size;
}

/** Line width in points: a sector line grows with the sectors shared, a generic line stays thin. */
function edgeWidth(type: keyof typeof EDGE_ORDER, weight: number): number {
  if (type === 'generic') return 0.5;
  return Math.min(0.7 + 0.6 * (Math.max(weight, 1) - 1), 3.5);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function mapSvg(map: FactsheetMap, size: { width: number; height: number; padding: number }): { svg: string; labelled: number } {
  const { width, height, padding } = size;
  if (map.nodes.length === 0) return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"></svg>`, labelled: 0 };
  const max = Math.max(...map.nodes.map((n) => n.activities));
  const xs = map.nodes.map((n) => n.x);
  const ys = map.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const inner = { w: width - 2 * padding - 2 * 10, h: height - 2 * padding - 2 * 10 };
  const k = Math.min(inner.w / (maxX - minX || 1), inner.h / (maxY - minY || 1));
  const ox = (width - (maxX - minX) * k) / 2;
  const oy = (height - (maxY - minY) * k) / 2;
  // Graph y points up (as on screen), SVG y down.
  const at = new Map(map.nodes.map((n) => [n.id, { x: ox + (n.x - minX) * k, y: oy + (maxY - n.y) * k, r: nodeRadius(n.activities, max), node: n }]));

  const lines = [...map.edges]
    .sort((a, b) => EDGE_ORDER[a.type] - EDGE_ORDER[b.type] || a.source - b.source || a.target - b.target)
    .flatMap((e) => {
      const p = at.get(e.source);
      const q = at.get(e.target);
      if (!p || !q) return [];
      return [`<line x1="${r1(p.x)}" y1="${r1(p.y)}" x2="${r1(q.x)}" y2="${r1(q.y)}" stroke="${EDGE_COLORS[e.type]}" stroke-opacity="${EDGE_OPACITY[e.type]}" stroke-width="${r1(edgeWidth(e.type, e.weight))}" stroke-linecap="round"/>`];
    });
  // Large nodes first for the labels, drawn small on top of large.
  const placed = [...at.values()].sort((a, b) => b.node.activities - a.node.activities || a.node.label.localeCompare(b.node.label, 'nl') || a.node.id - b.node.id);
  const circles = [...placed].reverse().map((p) => `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${r1(p.r)}" fill="${focusColor(p.node.focus)}" stroke="#ffffff" stroke-width="0.8"/>`);

  const nodeBoxes = placed.map((p) => ({ id: p.node.id, box: { left: p.x - p.r, top: p.y - p.r, right: p.x + p.r, bottom: p.y + p.r } }));
  const taken: Box[] = [];
  const labels: string[] = [];
  for (const p of placed) {
    const w = textWidth(p.node.label, LABEL_SIZE);
    const h = LABEL_SIZE * 1.15;
    const sides = [
      { x: p.x + p.r + 2, anchor: 'start' as const, box: { left: p.x + p.r + 1, right: p.x + p.r + 3 + w } },
      { x: p.x - p.r - 2, anchor: 'end' as const, box: { left: p.x - p.r - 3 - w, right: p.x - p.r - 1 } },
    ];
    for (const side of sides) {
      const box = { ...side.box, top: p.y - h / 2, bottom: p.y + h / 2 };
      if (box.left < 2 || box.right > width - 2 || box.top < 2 || box.bottom > height - 2) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      if (nodeBoxes.some((n) => n.id !== p.node.id && overlaps(n.box, box))) continue;
      taken.push(box);
      labels.push(
        `<rect x="${r1(box.left)}" y="${r1(box.top)}" width="${r1(box.right - box.left)}" height="${r1(h)}" rx="1.5" fill="#ffffff" fill-opacity="0.78"/>` +
          `<text x="${r1(side.x)}" y="${r1(p.y + LABEL_SIZE * 0.35)}" text-anchor="${side.anchor}">${escapeMarkup(p.node.label)}</text>`,
      );
      break;
    }
  }
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fbfcfd" stroke="${INK.rule}" stroke-width="0.8"/>`,
    `<g>${lines.join('')}</g>`,
    `<g>${circles.join('')}</g>`,
    `<g font-family="${FONT_FAMILY}" font-size="${LABEL_SIZE}" fill="${INK.text}">${labels.join('')}</g>`,
    `</svg>`,
  ].join('\n');
  return { svg, labelled: labels.length };
}
