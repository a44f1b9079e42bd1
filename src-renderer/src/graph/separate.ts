/**
 * Pushes the `movable` nodes off any node they cover (the others stay put): after a filter change
 * only new nodes move, so the map the user knows keeps its shape.
 */
import type { MapGraph } from './graphSync';

/** `unitsPerPixel` converts node radii (screen pixels) to layout units; `margin` is in pixels. */
export function separateNodes(graph: MapGraph, movable: ReadonlySet<string>, unitsPerPixel: number, margin = 3, rounds = 30): void {
  const place = new Map<string, { x: number; y: number; r: number }>();
  // Nodes the filter left out are not drawn: nothing steps off them.
  graph.forEachNode((key, a) => {
    if (!a.filtered) place.set(key, { x: a.x, y: a.y, r: a.size * unitsPerPixel });
  });
  const gap = margin * unitsPerPixel;
  const all = [...place.entries()];
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const key of movable) {
      const p = place.get(key);
      if (!p) continue;
      let dx = 0;
      let dy = 0;
      for (const [other, q] of all) {
        if (other === key) continue;
        const need = p.r + q.r + gap;
        const ex = p.x - q.x;
        const ey = p.y - q.y;
        const d = Math.hypot(ex, ey);
        if (d >= need) continue;
        // Exactly on top of each other: step aside in a direction given by the key.
        const angle = d > 0 ? Math.atan2(ey, ex) : (key.length + round) * 2.39996;
        dx += Math.cos(angle) * (need - d);
        dy += Math.sin(angle) * (need - d);
      }
      if (dx !== 0 || dy !== 0) {
        p.x += dx;
        p.y += dy;
        moved = true;
      }
    }
    if (!moved) break;
  }
  graph.updateEachNodeAttributes((key, a) => (movable.has(key) ? { ...a, x: place.get(key)?.x ?? a.x, y: place.get(key)?.y ?? a.y } : a));
}
