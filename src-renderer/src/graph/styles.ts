/**
 * How the map draws sizes, lines and text (pure): node size from activities or reach, line width and
 * colour per edge lens, and the two colour schemes of the canvas. Colours of the nodes themselves
 * come from `focusColors.ts`.
 */
import type { EdgeType } from '../../../src-shared/model';

export type SizeBy = 'activities' | 'reach';
export type Scheme = 'light' | 'dark';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;

/** The value a node is sized by; unknown reach counts as nothing. */
export function sizeValue(node: { activities: number; reach: number | null }, sizeBy: SizeBy): number {
  return sizeBy === 'reach' ? (node.reach ?? 0) : node.activities;
}

/** The largest node radius for a map of `order` nodes: smaller nodes when there are many. */
export function maxNodeSize(order: number): number {
  return Math.max(8, Math.min(MAX_NODE_SIZE, MAX_NODE_SIZE * Math.sqrt(60 / Math.max(order, 1))));
}

/** Area proportional to the value (square-root scale), from MIN_NODE_SIZE to `maxNodeSize(order)` pixels. */
export function nodeSize(value: number, max: number, order = 0): number {
  if (max <= 0 || value <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (maxNodeSize(order) - MIN_NODE_SIZE) * Math.sqrt(Math.min(value, max) / max);
}

/** Line width in pixels: a sector or provider edge grows with what the two share, generic stays thin. */
export function edgeSize(kind: EdgeType, weight: number): number {
  if (kind === 'generic') return 0.9;
  // A Leer van elkaar pair: its score (roughly 3–25) sets the width.
  if (kind === 'learn') return Math.min(1 + 0.18 * Math.max(weight, 1), 5);
  // Shared organisations are many (one funder serves half the map): their lines grow more slowly.
  if (kind === 'providers') return Math.min(0.9 + 0.6 * (Math.max(weight, 1) - 1), 4.5);
  return Math.min(1.2 + 1.2 * (Math.max(weight, 1) - 1), 7);
}

export interface MapTheme {
  background: string;
  label: string;
  /** The halo behind labels, so they stay readable over lines. */
  halo: string;
  /** Fill of a dimmed (not highlighted) node while hovering. */
  dimmedNode: string;
  dimmedEdge: string;
  /** Node rings are the node colour mixed towards this colour. */
  ring: [number, number, number];
  edges: Readonly<Record<EdgeType, string>>;
}

/**
 * A translucent colour as sigma's WebGL programs need it: they blend with premultiplied alpha
 * (ONE, ONE_MINUS_SRC_ALPHA), so the channels are multiplied by the alpha here. A plain rgba()
 * colour would come out lighter than meant, or vanish on the white map.
 */
export function premultiplied(r: number, g: number, b: number, a: number): string {
  return `rgba(${Math.round(r * a)}, ${Math.round(g * a)}, ${Math.round(b * a)}, ${a})`;
}

export const MAP_THEMES: Readonly<Record<Scheme, MapTheme>> = {
  light: {
    background: '#ffffff',
    label: '#1b1f24',
    halo: 'rgba(255, 255, 255, 0.92)',
    dimmedNode: '#e3e7ec',
    dimmedEdge: premultiplied(200, 207, 215, 0.35),
    ring: [0.1, 0.12, 0.15],
    edges: { sector: premultiplied(60, 76, 96, 0.6), generic: premultiplied(110, 124, 140, 0.45), providers: premultiplied(160, 96, 20, 0.45), learn: premultiplied(120, 40, 170, 0.6) },
  },
  dark: {
    background: '#161e27',
    label: '#e3e8ee',
    halo: 'rgba(22, 30, 39, 0.9)',
    dimmedNode: '#2c3946',
    dimmedEdge: premultiplied(70, 84, 100, 0.35),
    ring: [1, 1, 1],
    edges: { sector: premultiplied(176, 192, 210, 0.55), generic: premultiplied(130, 146, 162, 0.35), providers: premultiplied(240, 180, 100, 0.45), learn: premultiplied(205, 150, 255, 0.6) },
  },
};

/** Solid versions of the edge colours, for the legend and the SVG (which sets opacity separately). */
export const EDGE_LEGEND_COLORS: Readonly<Record<Scheme, Readonly<Record<EdgeType, string>>>> = {
  light: { sector: '#3c4c60', generic: '#8c98a6', providers: '#965810', learn: '#7828aa' },
  dark: { sector: '#aabacc', generic: '#788696', providers: '#f0b464', learn: '#cd96ff' },
};

export { FIGURE_FONT as LABEL_FONT } from '../ui/figureText';

/** The ring colour of a node in an export (the light map): the fill mixed halfway towards near-black. */
export function ringColor(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return '#333333';
  const n = parseInt(m[1]!, 16);
  const channel = (shift: number, target: number) => Math.round(((n >> shift) & 255) * 0.5 + target * 255 * 0.5);
  const [r, g, b] = MAP_THEMES.light.ring;
  return `#${[channel(16, r), channel(8, g), channel(0, b)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
