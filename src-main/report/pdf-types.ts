/**
 * The part of pdfmake's document model the factsheet uses. pdfmake ships no typings, and
 * @types/pdfmake pulls the DOM library into main's type check, so the shapes are stated here.
 */
export type Margin = number | [number, number] | [number, number, number, number];

export type CanvasElement =
  | { type: 'rect'; x: number; y: number; w: number; h: number; r?: number; color?: string; lineColor?: string; lineWidth?: number }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }
  | { type: 'ellipse'; x: number; y: number; r1: number; r2: number; color?: string; lineColor?: string; lineWidth?: number };

export interface TextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  color?: string;
  lineHeight?: number;
  characterSpacing?: number;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  /** Keeps the text on one line (an 'auto' column then takes its full width). */
  noWrap?: boolean;
  margin?: Margin;
}

export interface TableNode {
  table: { body: unknown[][] };
}

export interface TableLayout {
  hLineWidth?: (i: number, node: TableNode) => number;
  vLineWidth?: (i: number, node: TableNode) => number;
  hLineColor?: string | ((i: number, node: TableNode) => string);
  vLineColor?: string | ((i: number, node: TableNode) => string);
  fillColor?: (row: number, node: TableNode, column: number) => string | null | undefined;
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
}

export interface Table {
  widths?: (number | string)[];
  body: Content[][];
  headerRows?: number;
  dontBreakRows?: boolean;
}

/** One node of the document. `{}` stands in a table for a cell another cell spans. */
export interface ContentObject extends TextStyle {
  text?: string | (string | ContentObject)[];
  stack?: Content[];
  columns?: Content[];
  columnGap?: number;
  table?: Table;
  layout?: TableLayout;
  canvas?: CanvasElement[];
  svg?: string;
  width?: number | string;
  style?: string;
  fillColor?: string;
  colSpan?: number;
  pageBreak?: 'before' | 'after';
  headlineLevel?: number;
  /** Kept on one page (moved whole to the next when it does not fit). */
  unbreakable?: boolean;
}

export type Content = string | Content[] | ContentObject;
export type TableCell = ContentObject;

export interface DocumentDefinition {
  pageSize: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  info?: { title?: string; subject?: string; creator?: string; producer?: string; creationDate?: Date; modDate?: Date };
  language?: string;
  defaultStyle: TextStyle;
  styles: Record<string, TextStyle>;
  content: Content[];
  footer?: (current: number, count: number) => Content;
  background?: () => Content;
}
