/**
 * Which labels to draw so that none overlaps another (pure). The most important go first (the
 * highlighted node, forced labels, then bigger nodes); each tries right of its node, then left, below
 * and above, and is kept where its box covers no other label, node or reserved area. An important
 * label that finds no such place takes the side covering the fewest nodes (up to `mayCover`), never
 * another label. Used by the live map
 * (per frame, in screen pixels) and by the SVG export. No DOM here: the text measurer is passed in.
 */

export interface LabelCandidate {
  key: string;
  label: string;
  /** Node centre and radius, in the pixels of the picture. */
  x: number;
  y: number;
  size: number;
  /** Higher goes first. */
  priority: number;
  /** How many nodes the label may cover when no free place is left (default 0). */
  mayCover?: number;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

/** Gap between a node's rim and its label. */
export const LABEL_GAP = 4;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the text goes for `side`: the anchor point (baseline) and the alignment. */
export function labelAnchor(node: { x: number; y: number; size: number }, side: LabelSide, fontSize: number, scale = 1): { x: number; y: number; align: 'left' | 'right' | 'center' } {
  const gap = LABEL_GAP * scale;
  if (side === 'right') return { x: node.x + node.size + gap, y: node.y + fontSize / 3, align: 'left' };
  if (side === 'left') return { x: node.x - node.size - gap, y: node.y + fontSize / 3, align: 'right' };
  if (side === 'below') return { x: node.x, y: node.y + node.size + gap / 2 + fontSize * 0.85, align: 'center' };
  return { x: node.x, y: node.y - node.size - gap / 2 - fontSize * 0.25, align: 'center' };
}

/** The box a label occupies on `side` of its node. */
export function labelRect(c: LabelCandidate, side: LabelSide, width: number, fontSize: number, scale = 1): Rect {
  const a = labelAnchor(c, side, fontSize, scale);
  const left = a.align === 'left' ? a.x : a.align === 'right' ? a.x - width : a.x - width / 2;
  return { left: left - 2 * scale, top: a.y - fontSize * 0.95, right: left + width + 2 * scale, bottom: a.y + fontSize * 0.3 };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A uniform grid of rectangles for overlap tests. */
function rectGrid(cell: number) {
  const cells = new Map<string, Rect[]>();
  const keys = (r: Rect) => {
    const out: string[] = [];
    for (let gx = Math.floor(r.left / cell); gx <= Math.floor(r.right / cell); gx++) {
      for (let gy = Math.floor(r.top / cell); gy <= Math.floor(r.bottom / cell); gy++) out.push(`${gx}:${gy}`);
    }
    return out;
  };
  return {
    add(r: Rect) {
      for (const k of keys(r)) {
        const list = cells.get(k);
        if (list) list.push(r);
        else cells.set(k, [r]);
      }
    },
    hits: (r: Rect) => keys(r).some((k) => cells.get(k)?.some((o) => overlaps(o, r))),
    /** How many rectangles `r` covers. */
    count(r: Rect): number {
      const found = new Set<Rect>();
      for (const k of keys(r)) for (const o of cells.get(k) ?? []) if (overlaps(o, r)) found.add(o);
      return found.size;
    },
  };
}

/**
 * Chosen labels and their side. `bounds` is the picture width (labels stay inside); `nodes` are
 * the other drawn nodes (circles) and `reserved` areas labels keep clear of.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  measure: (label: string) => number,
  fontSize: number,
  bounds: number,
  options: { scale?: number; nodes?: readonly { x: number; y: number; size: number }[]; reserved?: readonly Rect[] } = {},
): Map<string, LabelSide> {
  const scale = options.scale ?? 1;
  const cell = Math.max(fontSize * 4, 24);
  const labels = rectGrid(cell);
  const obstacles = rectGrid(cell);
  for (const n of [...candidates, ...(options.nodes ?? [])]) obstacles.add({ left: n.x - n.size, top: n.y - n.size, right: n.x + n.size, bottom: n.y + n.size });
  for (const rect of options.reserved ?? []) labels.add(rect);
  const inside = (r: Rect) => r.left >= 0 && r.right <= bounds;

  const chosen = new Map<string, LabelSide>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.label.localeCompare(b.label));
  for (const c of sorted) {
    const width = measure(c.label);
    const rects = SIDES.map((side) => ({ side, rect: labelRect(c, side, width, fontSize, scale) })).filter((p) => inside(p.rect) && !labels.hits(p.rect));
    const covered = rects.map((p) => ({ ...p, nodes: obstacles.count(p.rect) }));
    const least = [...covered].sort((a, b) => a.nodes - b.nodes)[0];
    const place = least && least.nodes <= (c.mayCover ?? 0) ? least : undefined;
    if (!place) continue;
    chosen.set(c.key, place.side);
    labels.add(place.rect);
  }
  return chosen;
}
