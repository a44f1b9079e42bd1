/**
 * Label drawing for the map: text with a halo in the background colour (readable over lines and
 * other nodes), and a hover card that keeps the label next to the node in a rounded box.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttrs, NodeAttrs } from './graphSync';
import { LABEL_GAP, labelAnchor, type LabelSide } from './labelPlacement';
import type { MapTheme } from './styles';

type LabelFn = (...args: [...Parameters<NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs>>, side?: LabelSide]) => void;
type HoverFn = NodeHoverDrawingFunction<NodeAttrs, EdgeAttrs>;

export function createLabelDrawers(theme: MapTheme, scale = 1): { drawLabel: LabelFn; drawHover: HoverFn } {
  const drawLabel: LabelFn = (context, data, settings, side = 'right') => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const { x, y, align } = labelAnchor(data, side, size, scale);
    context.textAlign = align;
    context.lineJoin = 'round';
    context.lineWidth = 3.5 * scale;
    context.strokeStyle = theme.halo;
    context.strokeText(data.label, x, y);
    context.fillStyle = theme.label;
    context.fillText(data.label, x, y);
    context.textAlign = 'left';
  };

  const drawHover: HoverFn = (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const pad = 5 * scale;
    const gap = LABEL_GAP * scale;
    const label = data.label ?? '';
    const textWidth = label ? context.measureText(label).width : 0;
    const height = Math.max(data.size * 2, size + 2 * pad);
    const width = data.size * 2 + 2 * pad + (label ? textWidth + gap + pad : 0);
    // Open to the left when the card would run off the right edge of the map.
    const viewWidth = context.canvas.width / (context.getTransform().a || 1);
    const toLeft = data.x - data.size - pad + width > viewWidth;
    const left = toLeft ? data.x + data.size + pad - width : data.x - data.size - pad;
    context.save();
    context.shadowColor = 'rgba(0, 0, 0, 0.25)';
    context.shadowBlur = 10 * scale;
    context.fillStyle = theme.background;
    context.beginPath();
    context.roundRect(left, data.y - height / 2, width, height, height / 2);
    context.fill();
    context.restore();
    if (!label) return;
    context.fillStyle = theme.label;
    context.textAlign = toLeft ? 'right' : 'left';
    context.fillText(label, toLeft ? data.x - data.size - gap : data.x + data.size + gap, data.y + size / 3);
    context.textAlign = 'left';
  };

  return { drawLabel, drawHover };
}

/** A text measurer for a canvas font, with a cache per label. */
export function textMeasurer(font: string): (label: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (label) => {
    let width = cache.get(label);
    if (width === undefined) {
      if (context) context.font = font;
      width = context ? context.measureText(label).width : label.length * 7;
      cache.set(label, width);
    }
    return width;
  };
}
