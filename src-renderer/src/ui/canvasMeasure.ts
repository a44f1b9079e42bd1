/** Measures figure text with a 2D canvas, as the exported PNG and SVG draw it. */
import { figureFont, type Measure } from './figureText';

/** Measures with a 2D canvas (a rough estimate where there is none). */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    if (!context) return text.length * size * 0.55;
    context.font = figureFont(size, weight);
    return context.measureText(text).width;
  };
}
