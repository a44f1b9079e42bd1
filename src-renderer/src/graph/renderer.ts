/**
 * Creates the sigma renderer of the map with its settings: ring nodes, halo labels chosen by
 * importance (the node's size, which grows as you zoom in) and drawn only where they overlap no other
 * label (nor a node, but for the largest few), hover dimming. The live map and the PNG export (at a larger `scale`) use the same function,
 * so the picture matches the screen.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, MapGraph, NodeAttrs } from './graphSync';
import { chooseLabels, labelRect, type LabelCandidate, type LabelSide, type Rect } from './labelPlacement';
import { createLabelDrawers, textMeasurer } from './labels';
import { createRingNodeProgram } from './nodeProgram';
import { LABEL_FONT, MAP_THEMES, type Scheme } from './styles';

export type MapRenderer = Sigma<NodeAttrs, EdgeAttrs>;

/** The node whose neighbourhood is highlighted (hovered or selected), and its neighbours. */
export interface Highlight {
  node: string | null;
  neighbours: ReadonlySet<string>;
}

export interface RendererOptions {
  scheme: Scheme;
  /** Multiplies every pixel size (nodes, lines, labels, padding): 2 for a 2× export. */
  scale?: number;
  highlight?: () => Highlight;
  /** Areas of the map labels keep clear of (controls drawn over it), in CSS pixels. */
  reserved?: (size: { width: number; height: number }) => Rect[];
}

/** The labels of the last frame with the boxes they take, in CSS pixels of the map (for the tests' probe). */
const drawn = new WeakMap<MapRenderer, () => { key: string; label: string; rect: Rect }[]>();

export function drawnLabels(renderer: MapRenderer): { key: string; label: string; rect: Rect }[] {
  return drawn.get(renderer)?.() ?? [];
}

export const LABEL_SIZE = 13;
const LABEL_THRESHOLD = 7;

export function createMapRenderer(graph: MapGraph, container: HTMLElement, options: RendererOptions): MapRenderer {
  const scale = options.scale ?? 1;
  const theme = MAP_THEMES[options.scheme];
  const fontSize = LABEL_SIZE * scale;
  const measure = textMeasurer(`500 ${fontSize}px ${LABEL_FONT}`);
  const { drawLabel, drawHover } = createLabelDrawers(theme, scale);
  let frame = 0;
  let chosenFrame = -1;
  let chosen = new Map<string, LabelSide>();
  let lastCandidates: LabelCandidate[] = [];
  // Set once the settings that refer to it exist; sigma's first frame (inside its constructor) has no labels.
  const self: { renderer?: MapRenderer } = {};

  /** Once per frame: the labels sigma may draw, most important first, none overlapping. */
  const selectLabels = (r: MapRenderer) => {
    const candidates: LabelCandidate[] = [];
    const nodes: { x: number; y: number; size: number }[] = [];
    const threshold = LABEL_THRESHOLD * scale;
    // The largest tenth of the nodes keep their label even where it has to cover one node.
    const sizes = graph.filterNodes((_, a) => !a.hidden).map((k) => graph.getNodeAttribute(k, 'size')).sort((a, b) => b - a);
    const bigNode = r.scaleSize((sizes[Math.floor(sizes.length / 10)] ?? Infinity) * scale);
    graph.forEachNode((key) => {
      const data = r.getNodeDisplayData(key);
      if (!data || data.hidden) return;
      const size = r.scaleSize(data.size);
      const { x, y } = r.framedGraphToViewport(data);
      if (!data.label || (!data.forceLabel && size < threshold)) {
        nodes.push({ x, y, size });
        return;
      }
      // The highlighted node's hover card goes first: other labels keep clear of it.
      const priority = (data.highlighted ? 1e6 : data.forceLabel ? 1e3 : 0) + size;
      const mayCover = data.highlighted ? Infinity : data.forceLabel ? 2 : size > bigNode ? 1 : 0;
      candidates.push({ key, label: data.label, x, y, size, priority, mayCover });
    });
    const dimensions = r.getDimensions();
    chosen = chooseLabels(candidates, measure, fontSize, dimensions.width, { scale, nodes, reserved: options.reserved?.(dimensions) ?? [] });
    lastCandidates = candidates;
  };

  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size * scale, color: data.color, label: data.label, hidden: data.hidden, zIndex: 1 };
    const h = options.highlight?.();
    if (h?.node) {
      if (node === h.node) Object.assign(out, { zIndex: 3, forceLabel: true, highlighted: true });
      else if (h.neighbours.has(node)) Object.assign(out, { zIndex: 2, forceLabel: true });
      else Object.assign(out, { zIndex: 0, color: theme.dimmedNode, label: null });
    }
    return out;
  };

  const edgeReducer = (edge: string, data: EdgeAttrs) => {
    const out = { size: data.size * scale, color: theme.edges[data.kind], hidden: data.hidden, zIndex: data.kind === 'generic' ? 0 : 1 };
    const h = options.highlight?.();
    if (h?.node) {
      if (graph.hasExtremity(edge, h.node)) out.zIndex = 2;
      else Object.assign(out, { zIndex: 0, color: theme.dimmedEdge });
    }
    return out;
  };

  const settings: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: true,
    stagePadding: 36 * scale,
    minEdgeThickness: 0.6 * scale,
    labelFont: LABEL_FONT,
    labelSize: fontSize,
    labelWeight: '500',
    labelColor: { color: theme.label },
    // Sigma's grid proposes generously; `chooseLabels` then keeps the important ones that fit.
    labelDensity: 2,
    labelGridCellSize: 60 * scale,
    labelRenderedSizeThreshold: LABEL_THRESHOLD * scale,
    minCameraRatio: 0.03,
    maxCameraRatio: 3,
    nodeProgramClasses: { circle: createRingNodeProgram(theme.ring, scale) },
    defaultDrawNodeHover: drawHover,
    defaultDrawNodeLabel: (context, data, s) => {
      if (!self.renderer) return;
      if (chosenFrame !== frame) {
        selectLabels(self.renderer);
        chosenFrame = frame;
      }
      const side = chosen.get(data.key as string);
      // A highlighted node's label is drawn by its hover card.
      if (side && !data.highlighted) drawLabel(context, data, s, side);
    },
    nodeReducer,
    edgeReducer,
  };
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, settings);
  renderer.on('beforeRender', () => {
    frame++;
  });
  self.renderer = renderer;
  // Sigma's first frame ran inside its constructor, before labels could be chosen: draw once more.
  renderer.scheduleRender();
  drawn.set(renderer, () =>
    lastCandidates.filter((c) => chosen.has(c.key)).map((c) => ({ key: c.key, label: c.label, rect: labelRect(c, chosen.get(c.key)!, measure(c.label), fontSize, scale) })),
  );
  return renderer;
}
