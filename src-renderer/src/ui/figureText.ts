/** Text in exported figures (the map, the Overzicht's charts): the font and wrapping to a width (pure; canvasMeasure.ts measures). */

/** The font of the map's labels and of every exported figure. */
export const FIGURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

/** Measures text in CSS pixels for a font size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

export function figureFont(size: number, weight: number): string {
  return `${weight} ${size}px ${FIGURE_FONT}`;
}

/** Splits `text` at spaces into lines no wider than `width` (a longer word gets a line of its own). */
export function wrapText(text: string, width: number, size: number, weight: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
