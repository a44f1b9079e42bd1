/** Label placement of the map (pure): the most important labels first, none overlapping, more room as you zoom in. */
import { describe, expect, it } from 'vitest';
import { chooseLabels, labelRect, type LabelCandidate } from '../../src-renderer/src/graph/labelPlacement';
import { mulberry32 } from '../../scripts/sample/prng';

const measure = (label: string) => label.length * 7;
const FONT = 13;

function scatter(n: number, zoom: number, seed = 3): LabelCandidate[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const size = 4 + rng() * 8;
    return { key: String(i), label: `Initiatief ${i} ${'x'.repeat(Math.floor(rng() * 12))}`, x: 400 + (rng() - 0.5) * 700 * zoom, y: 300 + (rng() - 0.5) * 500 * zoom, size, priority: size };
  });
}

const rects = (candidates: LabelCandidate[], chosen: Map<string, 'right' | 'left' | 'below' | 'above'>) =>
  candidates.filter((c) => chosen.has(c.key)).map((c) => labelRect(c, chosen.get(c.key)!, measure(c.label), FONT));
const overlaps = (list: ReturnType<typeof rects>) =>
  list.flatMap((a, i) => list.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;

describe('map labels', () => {
  it('give a contested place to the more important node', () => {
    // Two nodes on the same spot: whichever side one label takes, the other's would overlap it.
    const a: LabelCandidate = { key: 'a', label: 'Initiatief A', x: 100, y: 100, size: 6, priority: 12 };
    const b: LabelCandidate = { key: 'b', label: 'Initiatief B', x: 100, y: 100, size: 6, priority: 5 };
    // Controls above and below, and the picture's edge on the left: only the right side is free.
    const reserved = [
      { left: 0, top: 0, right: 400, bottom: 85 },
      { left: 0, top: 112, right: 400, bottom: 200 },
    ];
    const chosen = chooseLabels([{ ...b, x: 12 }, { ...a, x: 12 }], measure, FONT, 400, { reserved });
    expect([...chosen]).toEqual([['a', 'right']]);
    // Swap the importance, and the other gets it.
    expect([...chooseLabels([{ ...a, x: 12, priority: 1 }, { ...b, x: 12 }], measure, FONT, 400, { reserved }).keys()]).toEqual(['b']);
  });

  it('never overlap, and more of them fit when the map is zoomed in', () => {
    const counts: number[] = [];
    for (const zoom of [1, 2, 4]) {
      const candidates = scatter(220, zoom);
      const inView = candidates.filter((c) => c.x > 0 && c.x < 800 && c.y > 0 && c.y < 600);
      const chosen = chooseLabels(inView, measure, FONT, 800, { nodes: [] });
      expect(overlaps(rects(inView, chosen)), `zoom ${zoom}`).toBe(0);
      counts.push(chosen.size / inView.length);
    }
    expect(counts[1]!).toBeGreaterThan(counts[0]!);
    expect(counts[2]!).toBeGreaterThan(counts[1]!);
  });
});
