/**
 * The sigma canvas (test id `graph-canvas`): one renderer per colour scheme over the one graph, hover
 * highlighting of a node's neighbours, click to open, drag to move a node, and keyboard panning and
 * zooming when the map has the focus.
 */
import { Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import type { MapGraph } from './graphSync';
import { createMapRenderer, type Highlight, type MapRenderer } from './renderer';
import type { Scheme } from './styles';

interface SigmaMapProps {
  graph: MapGraph;
  scheme: Scheme;
  /** Accessible name and the id of the keyboard help text. */
  label: string;
  describedBy: string;
  selected: string | null;
  onNodeClick(key: string): void;
  onNodeMoved(): void;
  /** A click on the empty map (clears the selection). */
  onStageClick(): void;
  onReady(renderer: MapRenderer | null): void;
}

/** Neighbours over visible edges. */
function visibleNeighbours(graph: MapGraph, node: string): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(node)) return out;
  graph.forEachEdge(node, (_, a, source, target) => {
    if (!a.hidden) out.add(source === node ? target : source);
  });
  return out;
}

/** Sigma draws with WebGL; without it the map says so instead of failing. */
function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

const PAN_KEYS: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export function SigmaMap(props: SigmaMapProps) {
  const t = useT();
  const [webgl] = useState(hasWebGL);
  if (!webgl) {
    return (
      <Text className="rs-graph-nowebgl" data-testid="graph-canvas" role="alert">
        {t('graph.noWebgl')}
      </Text>
    );
  }
  return <SigmaCanvas {...props} />;
}

function SigmaCanvas({ graph, scheme, label, describedBy, selected, onNodeClick, onNodeMoved, onStageClick, onReady }: SigmaMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  const hovered = useRef<string | null>(null);
  const selectedRef = useRef<string | null>(selected);
  const highlight = useRef<Highlight>({ node: null, neighbours: new Set() });
  const callbacks = useRef({ onNodeClick, onNodeMoved, onStageClick, onReady });
  useEffect(() => {
    callbacks.current = { onNodeClick, onNodeMoved, onStageClick, onReady };
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const update = () => {
      const node = hovered.current ?? selectedRef.current;
      highlight.current = node && graph.hasNode(node) ? { node, neighbours: visibleNeighbours(graph, node) } : { node: null, neighbours: new Set() };
      sigma.refresh({ skipIndexation: true });
    };
    const sigma = createMapRenderer(graph, element, {
      scheme,
      highlight: () => highlight.current,
      // The zoom buttons sit in the bottom-right corner.
      reserved: ({ width, height }) => [{ left: width - 64, top: height - 150, right: width, bottom: height }],
    });
    renderer.current = sigma;
    let dragged: string | null = null;
    let moved = false;

    sigma.on('enterNode', ({ node }) => {
      hovered.current = node;
      element.style.cursor = 'pointer';
      update();
    });
    sigma.on('leaveNode', () => {
      hovered.current = null;
      element.style.cursor = '';
      update();
    });
    sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
    });
    sigma.on('moveBody', ({ event }) => {
      if (!dragged) return;
      const point = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const drop = () => {
      if (dragged && moved) callbacks.current.onNodeMoved();
      dragged = null;
    };
    sigma.on('upNode', drop);
    sigma.on('upStage', drop);
    sigma.on('clickNode', ({ node }) => {
      if (!moved) callbacks.current.onNodeClick(node);
      moved = false;
    });
    sigma.on('clickStage', () => callbacks.current.onStageClick());
    // Hiding edges or categories changes who the neighbours are (recomputed once per frame).
    let pending = 0;
    const onGraphChange = () => {
      if (!highlight.current.node || pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        update();
      });
    };
    const events = ['edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'edgeAdded', 'edgeDropped', 'nodeDropped'] as const;
    for (const event of events) graph.on(event, onGraphChange);
    callbacks.current.onReady(sigma);
    return () => {
      for (const event of events) graph.off(event, onGraphChange);
      cancelAnimationFrame(pending);
      callbacks.current.onReady(null);
      renderer.current = null;
      sigma.kill();
    };
  }, [graph, scheme]);

  useEffect(() => {
    selectedRef.current = selected;
    const sigma = renderer.current;
    if (!sigma) return;
    const node = hovered.current ?? selected;
    highlight.current = node && graph.hasNode(node) ? { node, neighbours: visibleNeighbours(graph, node) } : { node: null, neighbours: new Set() };
    sigma.refresh({ skipIndexation: true });
  }, [selected, graph]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const camera = renderer.current?.getCamera();
    if (!camera || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan = PAN_KEYS[event.key];
    if (pan) {
      const step = 0.1 * camera.ratio;
      void camera.animate({ x: camera.x + pan[0] * step, y: camera.y + pan[1] * step }, { duration: 120 });
    } else if (event.key === '+' || event.key === '=') void camera.animatedZoom({ duration: 200 });
    else if (event.key === '-') void camera.animatedUnzoom({ duration: 200 });
    else if (event.key === '0') void camera.animatedReset({ duration: 250 });
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={container}
      className="rs-graph-canvas"
      data-testid="graph-canvas"
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
