/** A map slide shows what its camera showed: the nodes inside sigma's view window, with the lines between them. */
import { describe, expect, it } from 'vitest';
import { mapInView } from '../../src-main/report';
import type { FactsheetData } from '../../src-main/report';

type Map = FactsheetData['map'];
const node = (id: number, x: number, y: number) => ({ id, label: `n${id}`, focus: 'none', activities: 1, x, y });
// A 10 × 10 grid from 0 to 90: framed by sigma as the unit square (x / 90, y / 90).
const grid: Map = {
  nodes: Array.from({ length: 100 }, (_, i) => node(i, (i % 10) * 10, Math.floor(i / 10) * 10)),
  edges: [
    { source: 0, target: 1, type: 'sector', weight: 1 },
    { source: 44, target: 45, type: 'sector', weight: 1 },
    { source: 45, target: 99, type: 'sector', weight: 1 },
  ],
  placement: 'stored',
  neighbourCap: null,
  candidateEdges: 3,
};

describe('mapInView', () => {
  it('keeps everything without a camera, or with one that shows the whole map', () => {
    expect(mapInView(grid, undefined)).toBe(grid);
    expect(mapInView(grid, { x: 0.5, y: 0.5, ratio: 1, angle: 0 })).toBe(grid);
  });

  it('keeps the nodes in the window around the camera, and only the lines between them', () => {
    const zoomed = mapInView(grid, { x: 0.5, y: 0.5, ratio: 0.2, angle: 0 });
    const ids = zoomed.nodes.map((n) => n.id);
    expect(ids).toContain(44);
    expect(ids).toContain(55);
    expect(ids).not.toContain(0);
    expect(ids).not.toContain(99);
    for (const n of zoomed.nodes) {
      expect(Math.abs(n.y / 90 - 0.5)).toBeLessThanOrEqual(0.2 / 2 + 0.03);
    }
    expect(zoomed.edges).toEqual([{ source: 44, target: 45, type: 'sector', weight: 1 }]);
  });

  it('follows the camera to a corner, and keeps everything when the window holds no node', () => {
    const corner = mapInView(grid, { x: 0.05, y: 0.05, ratio: 0.15, angle: 0 });
    expect(corner.nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual([0, 1, 10, 11]);
    expect(mapInView(grid, { x: 5, y: 5, ratio: 0.1, angle: 0 })).toBe(grid);
  });
});
