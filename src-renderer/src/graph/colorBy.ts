/**
 * What a node's colour shows (pure): focus of digitalisation (the default, the report's legend),
 * region, scan, dominant activity type, number of activities (a sequential scale in bins) or
 * Louvain cluster. For the categorical modes the eight largest categories get a colour of their own
 * and the rest share a grey "other" entry, so no two colours are hard to tell apart; the legend lists
 * each entry with its number of initiatives.
 */
import { CHANGE_KINDS, type ChangeKind } from '../../../src-shared/change-map';
import { FOCUS_CATEGORIES, focusColor } from './focusColors';

/** `change` is the Ontwikkeling screen's mode (change between two scans); the Ecosysteemkaart offers the others. */
export type ColourBy = 'focus' | 'region' | 'scan' | 'type' | 'activities' | 'cluster' | 'change';
export const COLOUR_MODES: readonly ColourBy[] = ['focus', 'region', 'scan', 'type', 'activities', 'cluster'];

/** What each mode reads from a node. */
export interface Colourable {
  focus: string;
  region: string;
  scan: string;
  type: string;
  cluster: number;
  activities: number;
  /** Its change between two scans (src-shared/change-map.ts); absent or '' on the Ecosysteemkaart. */
  change?: string;
}

/** Okabe–Ito's colours (black left out) and a medium purple: distinct with the common colour-vision deficiencies, visible on the light and the dark map. */
export const QUALITATIVE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#8C6BB1'] as const;
export const OTHER_COLOR = '#999999';
export const OTHER = 'other';

/** Number of activities in bins, light to dark (ColorBrewer YlGnBu, the mid-range that reads on both backgrounds). */
export const ACTIVITY_BINS: readonly { key: string; from: number; to: number; color: string }[] = [
  { key: '1', from: 1, to: 1, color: '#c7e9b4' },
  { key: '2', from: 2, to: 2, color: '#7fcdbb' },
  { key: '3', from: 3, to: 3, color: '#41b6c4' },
  { key: '4-5', from: 4, to: 5, color: '#1d91c0' },
  { key: '6-9', from: 6, to: 9, color: '#225ea8' },
  { key: '10+', from: 10, to: Infinity, color: '#253494' },
];

/**
 * Change between two scans: new green, grown dark blue, continued sky blue, shrunk orange, back after
 * a gap purple (Okabe–Ito); the earlier scan's stopped and absent initiatives are ghosts, translucent.
 */
export const CHANGE_COLORS: Readonly<Record<ChangeKind, string>> = {
  new: '#009E73',
  grown: '#0072B2',
  continued: '#56B4E9',
  shrunk: '#E69F00',
  back: '#CC79A7',
  absent: 'rgba(204, 121, 167, 0.55)',
  stopped: 'rgba(100, 100, 100, 0.5)',
};


export function activityBin(activities: number): string {
  return (ACTIVITY_BINS.find((b) => activities >= b.from && activities <= b.to) ?? ACTIVITY_BINS[0]!).key;
}

/** The category of a node under a mode (before categories are merged into "other"). */
export function categoryOf(node: Colourable, mode: ColourBy): string {
  switch (mode) {
    case 'focus':
      return node.focus;
    case 'region':
      return node.region;
    case 'scan':
      return node.scan;
    case 'type':
      return node.type;
    case 'activities':
      return activityBin(node.activities);
    case 'cluster':
      return String(node.cluster);
    case 'change':
      return node.change ?? '';
  }
}

export interface LegendEntry {
  /** The legend key: a category, or OTHER for the merged rest. */
  key: string;
  label: string;
  color: string;
  /** Initiatives in this entry (hidden ones included). */
  count: number;
  hidden: boolean;
}

export interface Colouring {
  mode: ColourBy;
  /** Legend key of a node's category. */
  keyOf(category: string): string;
  colorOf(key: string): string;
  /** Legend entries in display order, with counts. */
  entries: LegendEntry[];
}

/**
 * The colours and legend of `nodes` under `mode`. `name` gives an entry's label (OTHER included);
 * `hidden` holds the legend keys switched off (they stay in the legend).
 */
export function colouring(mode: ColourBy, nodes: readonly Colourable[], hidden: ReadonlySet<string>, name: (key: string) => string): Colouring {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const c = categoryOf(node, mode);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let order: string[];
  const colors = new Map<string, string>();
  const merged = new Map<string, string>();
  if (mode === 'focus') {
    order = [...FOCUS_CATEGORIES, ...[...counts.keys()].filter((f) => !(FOCUS_CATEGORIES as readonly string[]).includes(f)).sort()];
    for (const f of order) colors.set(f, focusColor(f));
  } else if (mode === 'change') {
    order = [...CHANGE_KINDS];
    for (const k of CHANGE_KINDS) colors.set(k, CHANGE_COLORS[k]);
  } else if (mode === 'activities') {
    order = ACTIVITY_BINS.map((b) => b.key);
    for (const b of ACTIVITY_BINS) colors.set(b.key, b.color);
  } else {
    // Largest first (ties by name); a cluster of one initiative is no cluster and goes to "other".
    const ranked = [...counts].filter(([, n]) => !(mode === 'cluster' && n < 2)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl', { numeric: true }));
    const own = ranked.slice(0, QUALITATIVE.length).map(([c]) => c);
    own.forEach((c, i) => colors.set(c, QUALITATIVE[i]!));
    for (const c of counts.keys()) if (!colors.has(c)) merged.set(c, OTHER);
    order = [...own, ...(merged.size > 0 ? [OTHER] : [])];
    colors.set(OTHER, OTHER_COLOR);
  }
  const keyOf = (category: string) => merged.get(category) ?? category;
  const entryCounts = new Map<string, number>();
  for (const [c, n] of counts) entryCounts.set(keyOf(c), (entryCounts.get(keyOf(c)) ?? 0) + n);
  const entries = order
    .filter((key) => (entryCounts.get(key) ?? 0) > 0 || hidden.has(key))
    .map((key) => ({ key, label: name(key), color: colors.get(key) ?? OTHER_COLOR, count: entryCounts.get(key) ?? 0, hidden: hidden.has(key) }));
  return { mode, keyOf, colorOf: (key) => colors.get(key) ?? OTHER_COLOR, entries };
}
