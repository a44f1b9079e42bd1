/**
 * The factsheet's colours. The map's focus colours and line colours are the app's (Okabe–Ito, from
 * src-renderer/src/graph/focusColors.ts and styles.ts); main cannot import renderer modules, so they
 * are repeated here and a test holds the two equal.
 */
import type { EdgeType } from '../../src-shared/model';
import type { TextStyle } from './pdf-types';

/** Legend order: the six specific forms in codebook order, then varied, then none. */
export const FOCUS_ORDER = ['form:1', 'form:2', 'form:3', 'form:4', 'form:5', 'form:6', 'varied', 'none'] as const;

export const FOCUS_COLORS: Readonly<Record<string, string>> = {
  'form:1': '#0072B2',
  'form:2': '#56B4E9',
  'form:3': '#009E73',
  'form:4': '#D55E00',
  'form:5': '#E69F00',
  'form:6': '#F0E442',
  varied: '#CC79A7',
  none: '#999999',
};

export function focusColor(focus: string): string {
  return FOCUS_COLORS[focus] ?? FOCUS_COLORS.none!;
}

export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = { sector: '#3c4c60', generic: '#8c98a6', providers: '#965810', learn: '#7828aa' };

/** The factsheet's own ink: headings, rules, table heads, bars. */
export const INK = {
  text: '#1b1f24',
  muted: '#5b6470',
  faint: '#8a939e',
  heading: '#16365c',
  accent: '#1f6fb2',
  rule: '#c9d1da',
  headFill: '#e8eef5',
  zebra: '#f6f8fa',
  bar: '#3a7dbf',
  barLight: '#a9c6e4',
  /** The sample scan's warning on the dark title band. */
  badge: '#ffcf6b',
};

/** A heatmap fill for a count on a 0..max scale: white to the accent blue, and the text colour that reads on it. */
export function heat(value: number, max: number): { fill: string | undefined; color: string } {
  if (value <= 0 || max <= 0) return { fill: undefined, color: INK.faint };
  const t = Math.min(1, value / max);
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.12 + 0.78 * t));
  const [r, g, b] = [mix(255, 0x1f), mix(255, 0x6f), mix(255, 0xb2)];
  const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return { fill: hex, color: t > 0.55 ? '#ffffff' : INK.text };
}

/** Black or white text, whichever reads on a fill. */
export function textOn(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? INK.text : '#ffffff';
}

/** The text styles the factsheet and the presentation slides share (section heads, notes, tables, legends). */
export const SHARED_TEXT_STYLES: Readonly<Record<string, TextStyle>> = {
  h2: { fontSize: 9.5, bold: true, color: INK.heading, margin: [0, 8, 0, 3] },
  intro: { fontSize: 8, color: INK.muted, margin: [0, 0, 0, 5] },
  note: { fontSize: 6.8, color: INK.muted },
  body: { fontSize: 7.6, color: INK.text },
  th: { fontSize: 7.2, bold: true, color: INK.heading },
  td: { fontSize: 7.4 },
  legend: { fontSize: 7.2 },
};
