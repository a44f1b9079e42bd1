/**
 * Everything one factsheet shows, gathered before any of it is laid out (assemble.ts fills it from
 * the database; tests may fill it by hand). The layout reads only this, so the same data gives the
 * same PDF.
 */
import type { EdgeType, OverviewResult, WhiteSpotResult } from '../../src-shared/model';
import type { OptionalSections } from './optional-inputs';

export type Lang = 'nl' | 'en';

export interface FactsheetScan {
  id: number;
  /** "Region Year". */
  label: string;
  region: string;
  year: number | null;
  title: string;
  /** The bundled sample (a reconstruction of the pilot's published figures). */
  isSample: boolean;
  sourceFile: string | null;
  importedAt: string;
  performedBy: string | null;
  /** The scan's own source line (the report it comes from), as its Scan sheet gives it. */
  source: string | null;
}

export interface MapNode {
  id: number;
  label: string;
  /** Focus category (src-shared/focus.ts): 'none', 'varied' or 'form:<code>'. */
  focus: string;
  activities: number;
  x: number;
  y: number;
}

export interface MapEdge {
  source: number;
  target: number;
  type: EdgeType;
  weight: number;
}

export interface FactsheetMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Where the positions come from: the map's stored layout, a layout computed here, or both. */
  placement: 'stored' | 'computed' | 'partly-stored';
  /** Each initiative keeps this many strongest lines per kind (null: all). */
  neighbourCap: number | null;
  candidateEdges: number;
}

/** Witte vlekken under the filter: the report's matrix counted, and a compact one printed. */
export interface FactsheetWhiteSpots {
  /** The report's default matrix (sector × digitaliseringsvorm × knelpunt 0–10): its axes' names, combinations and empty ones. */
  overall: { axes: string[]; combinations: number; empty: number };
  /** Digitaliseringsvorm × knelpunt, the matrix the factsheet prints. */
  matrix: WhiteSpotResult;
}

export interface FactsheetData {
  lang: Lang;
  /** The scans the factsheet covers, at least one. */
  scans: FactsheetScan[];
  /** The filter in words; null when the factsheet covers every activity of its scans. */
  filterWords: string | null;
  /** The Overzicht for the filter, with providers × role for every organisation (at least 1 initiative). */
  overview: OverviewResult;
  map: FactsheetMap;
  whiteSpots: FactsheetWhiteSpots;
  sections: OptionalSections;
}

export interface RenderOptions {
  /** The date printed on the factsheet and stored as the PDF's creation date: the same data and date give the same bytes. */
  date: Date;
  /** The app's version, in the source note. */
  version: string;
}
