import type { Filter } from './filter';

/** Plain data types that cross between main and renderer. */

export interface AppInfo {
  version: string;
  /** Absolute path of the SQLite file in use. */
  databasePath: string;
  schemaVersion: number;
  /** `electron` in the desktop app, `http` under `regioscan serve`. */
  host: 'electron' | 'http';
  readOnly: boolean;
  /** Main can show native open/save dialogs (desktop app); otherwise the renderer uses file inputs and downloads. */
  nativeDialogs: boolean;
}

export interface Settings {
  language: 'nl' | 'en';
  colorScheme: 'light' | 'dark';
}

export interface ScanSummary {
  id: number;
  region: string;
  year: number | null;
  title: string;
  sourceFile: string | null;
  sourceSha256: string | null;
  importedAt: string;
  isSample: boolean;
  counts: { initiatives: number; activities: number; organisations: number };
}

/** Commands the desktop app's menu sends to the renderer. */
export type MenuCommand = 'import' | 'export' | 'about';

/** Events main pushes to the renderer, exposed by the preload as `window.regioscanEvents`. */
export interface BridgeEvents {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type IssueSeverity = 'error' | 'warning' | 'unmapped';

/** One row of an import report, as the UI shows it (message rendered from code + params). */
export interface ImportIssueView {
  severity: IssueSeverity;
  code: string;
  params: Record<string, string | number>;
  /** English text; the renderer renders `code` + `params` in the user's language. */
  message: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
}

export interface FacetCount {
  /** Codebook code; null for an unmapped value (label holds its verbatim text). */
  code: string | null;
  label: string;
  count: number;
}

export interface ImportPreviewScan {
  /** Sheet group the scan came from ('' for a file with one scan). */
  group: string;
  region: string;
  year: number | null;
  title: string;
  counts: { initiatives: number; activities: number; organisations: number };
  /** Activity counts per value, per dimension key (type, sector, … effort). */
  facets: Record<string, FacetCount[]>;
  issues: ImportIssueView[];
  /** A scan with the same region and year already in the database: replace it or keep both. */
  existing: { id: number; title: string } | null;
}

export interface ImportPreview {
  fileName: string;
  format: 'xlsx' | 'ods' | 'xls' | 'csv';
  scans: ImportPreviewScan[];
}

export type ImportState = 'reading' | 'ready' | 'writing' | 'done' | 'failed' | 'cancelled';

export interface ImportStatus {
  sessionId: string;
  state: ImportState;
  progress: { phase: 'read' | 'match' | 'write'; done: number; total: number };
  preview: ImportPreview | null;
  /** Ids of the scans written, once done. */
  scanIds: number[];
  /** Why it failed (one sentence), when state is failed. */
  error: { nl: string; en: string } | null;
}

export interface TemplateFile {
  fileName: string;
  /** Base64 of the .xlsx bytes. */
  data: string;
}

/** A coded value as the UI shows it: code (null for unmapped) and label in the asked language. */
export interface ValueLabel {
  code: string | null;
  label: string;
}

export interface FacetsResult {
  /** Activities matching the whole filter. */
  total: number;
  /** Initiatives with at least one matching activity. */
  initiatives: number;
  facets: Record<string, FacetCount[]>;
}

export interface ActivityRow {
  id: number;
  name: string;
  initiative: string;
  initiativeId: number;
  scanId: number;
  scan: string;
  startYear: number | null;
  reach: number | null;
  reachUnit: string | null;
  /** Values per dimension key (type, sector, … effort, organisation, role). */
  values: Record<string, ValueLabel[]>;
}

export type ActivitySortKey = 'name' | 'initiative' | 'scan' | 'type' | 'geography' | 'startYear' | 'reach';

export interface ActivityPage {
  total: number;
  offset: number;
  rows: ActivityRow[];
}

export interface InitiativeRow {
  id: number;
  name: string;
  scanId: number;
  scan: string;
  website: string | null;
  startYear: number | null;
  /** Activities of this initiative that match the filter, and all its activities. */
  matching: number;
  activities: number;
  /** Digitalisation focus category key (see src-shared/focus.ts). */
  focus: string;
}

export interface ProviderView {
  organisation: string;
  organisationType: ValueLabel | null;
  roles: ValueLabel[];
}

export interface ActivityDetail extends ActivityRow {
  description: string | null;
  reachSource: string | null;
  website: string | null;
  providers: ProviderView[];
  issues: ImportIssueView[];
}

export interface InitiativeDetail extends InitiativeRow {
  description: string | null;
  homeRegion: string | null;
  activityList: ActivityRow[];
}

export interface SavedFilter {
  id: number;
  name: string;
  note: string | null;
  /** Validated by main when stored and when read. */
  filter: Filter;
  createdAt: string;
  updatedAt: string;
  /** Codes, organisations or scans the filter names that the database no longer has. */
  missing: string[];
}

export interface ExportedFile {
  fileName: string;
  /** Base64 of the file, when the renderer must save it (browser); null when main saved it. */
  data: string | null;
  /** Where main wrote it (desktop app's save dialog); null otherwise. */
  savedTo: string | null;
}

export type EdgeType = 'sector' | 'generic' | 'providers';

export interface GraphNode {
  /** Initiative id. */
  id: number;
  label: string;
  scanId: number;
  /** Focus category (src-shared/focus.ts): 'none', 'varied' or 'form:<code>'. */
  focus: string;
  /** Matching activities of the initiative under the filter. */
  activities: number;
  /** Sum of the known reach of those activities; null when none is known. */
  reach: number | null;
}

export interface GraphEdge {
  source: number;
  target: number;
  type: EdgeType;
  /** Shared specific sectors (sector), 1 (generic), or shared organisations (providers). */
  weight: number;
  /** What the two share: sector codes, or organisation names. */
  shared: string[];
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Edges before the per-node cap; when larger than edges.length the screen says the map was thinned. */
  candidateEdges: number;
  /** Each node keeps at most this many strongest neighbours (null: no cap applied). */
  neighbourCap: number | null;
  /** Generic edges were asked for but left out because the graph has more than 150 nodes. */
  genericSuppressed: boolean;
}

export interface GraphPositions {
  /** Initiative id → [x, y]. */
  positions: Record<string, [number, number]>;
}
