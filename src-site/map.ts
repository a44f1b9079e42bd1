/**
 * The map: sigma on a canvas, with the positions computed at publish time (no layout runs in the
 * page). Nodes are coloured by focus and sized by their activities; lines join initiatives that serve
 * the same sectors (thicker: more shared). Nodes the filter or the legend leaves out are hidden.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { focusColor } from '../src-shared/focus';
import { siteNodeSize, type SiteData } from '../src-shared/site-model';

export interface SiteMap {
  /** Shows exactly these initiatives (indices). */
  show(visible: ReadonlySet<number>): void;
  /** Moves the camera to an initiative. */
  focus(initiative: number): void;
  kill(): void;
}

const EDGE_COLOR = '#c3cad5';

export function createMap(container: HTMLElement, data: SiteData, onOpen: (initiative: number) => void): SiteMap {
  const graph = new Graph({ type: 'undirected' });
  const max = Math.max(1, ...data.initiatives.map((i) => i.activities.length));
  data.initiatives.forEach((i, k) => {
    graph.addNode(String(k), { x: i.x, y: i.y, size: siteNodeSize(i.activities.length, max, data.initiatives.length), color: focusColor(i.focus), label: i.name, hidden: false });
  });
  for (const [a, b, weight] of data.edges) {
    const [s, t] = [String(a), String(b)];
    if (s === t || !graph.hasNode(s) || !graph.hasNode(t) || graph.hasEdge(s, t)) continue;
    graph.addEdge(s, t, { size: weight === 0 ? 0.6 : Math.min(1 + 0.8 * (weight - 1), 5), color: EDGE_COLOR });
  }
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1b2430' },
    labelDensity: 0.35,
    labelGridCellSize: 160,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    stagePadding: 40,
    minCameraRatio: 0.08,
    maxCameraRatio: 2,
    // The map's view can be laid out at zero width for a moment (hidden, printing, a resize while
    // another view shows); sigma then waits for a size instead of throwing from its resize handler.
    allowInvalidContainer: true,
  });
  renderer.on('clickNode', ({ node }) => onOpen(Number(node)));
  renderer.on('enterNode', () => container.classList.add('pointer'));
  renderer.on('leaveNode', () => container.classList.remove('pointer'));
  return {
    show(visible) {
      graph.updateEachNodeAttributes((key, a) => ({ ...a, hidden: !visible.has(Number(key)) }), { attributes: ['hidden'] });
    },
    focus(initiative) {
      const place = renderer.getNodeDisplayData(String(initiative));
      if (place) void renderer.getCamera().animate({ x: place.x, y: place.y, ratio: 0.5 }, { duration: 400 });
    },
    kill() {
      renderer.kill();
    },
  };
}
