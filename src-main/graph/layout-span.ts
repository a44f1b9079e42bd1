/** The larger side of the box around a laid-out graph's nodes (1 when they all sit on one point). */
export function layoutSpan(graph: { forEachNode(callback: (key: string, attributes: Record<string, unknown>) => void): void }): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  graph.forEachNode((_, a) => {
    const [x, y] = [a.x as number, a.y as number];
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY) || 1;
}
