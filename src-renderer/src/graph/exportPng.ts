/**
 * PNG export: the map rendered again at `scale`× by a temporary sigma renderer (same settings, light
 * colours, no hover), its layers copied onto a 2D canvas, with title, legend and caption around it.
 */
import { layoutFigure, FIGURE_MAP, type Figure, type Shape } from './figure';
import type { MapGraph } from './graphSync';
import { createMapRenderer, type MapRenderer } from './renderer';
import { MAP_THEMES } from './styles';
import { canvasMeasure } from '../ui/canvasMeasure';
import { figureFont as font } from '../ui/figureText';

const LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels'];

/** Renders the map (with the live camera) into a canvas of (FIGURE_MAP × scale) device pixels. */
function renderMap(graph: MapGraph, live: MapRenderer, scale: number): HTMLCanvasElement {
  const { w, h } = FIGURE_MAP;
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'fixed', left: '-100000px', top: '0', width: `${w * scale}px`, height: `${h * scale}px`, pointerEvents: 'none' });
  document.body.appendChild(holder);
  const out = document.createElement('canvas');
  out.width = w * scale;
  out.height = h * scale;
  const temp = createMapRenderer(graph, holder, { scheme: 'light', scale });
  try {
    // The same frame as the live map (which frames the nodes the filter keeps), and the same camera.
    temp.setCustomBBox(live.getCustomBBox());
    temp.getCamera().setState(live.getCamera().getState());
    temp.refresh();
    const context = out.getContext('2d');
    if (!context) throw new Error('2D canvas unavailable');
    context.fillStyle = MAP_THEMES.light.background;
    context.fillRect(0, 0, out.width, out.height);
    const canvases = temp.getCanvases();
    // WebGL layers must be copied in the same task as the render (their buffers are not preserved).
    for (const id of LAYERS) {
      const layer = canvases[id];
      if (layer) context.drawImage(layer, 0, 0, out.width, out.height);
    }
  } finally {
    temp.kill();
    holder.remove();
  }
  return out;
}

function drawShape(context: CanvasRenderingContext2D, shape: Shape): void {
  switch (shape.kind) {
    case 'text':
      context.font = font(shape.size, shape.weight);
      context.fillStyle = shape.color;
      context.textAlign = shape.anchor === 'end' ? 'right' : 'left';
      context.fillText(shape.text, shape.x, shape.y);
      break;
    case 'circle':
      context.beginPath();
      context.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
      context.fillStyle = shape.fill;
      context.fill();
      context.lineWidth = 1.5;
      context.strokeStyle = shape.stroke;
      context.stroke();
      break;
    case 'line':
      context.beginPath();
      context.moveTo(shape.x1, shape.y1);
      context.lineTo(shape.x2, shape.y2);
      context.lineWidth = shape.width;
      context.lineCap = 'round';
      context.strokeStyle = shape.stroke;
      context.stroke();
      break;
    case 'rect':
      context.lineWidth = 1;
      context.strokeStyle = shape.stroke;
      context.strokeRect(shape.x, shape.y, shape.w, shape.h);
      break;
  }
}

export function renderPng(graph: MapGraph, live: MapRenderer, figure: Figure, scale = 2): Promise<Blob> {
  const layout = layoutFigure(figure, canvasMeasure());
  const map = renderMap(graph, live, scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('2D canvas unavailable'));
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(map, layout.map.x, layout.map.y, layout.map.w, layout.map.h);
  for (const shape of layout.shapes) drawShape(context, shape);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
