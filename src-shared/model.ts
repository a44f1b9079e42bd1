import type { AppliedRule } from './mappings-model';
import type { DimensionKey } from './codebook';
import type { Filter } from './filter';
import type { ColumnTarget, ImportMapping } from './import-mapping';
import type { PairingLens, SharedCodes } from './pairing';
import type { DataDomain, DataVersions } from './data-domains';

/** Plain data types that cross between main and renderer. */

export interface AppInfo {
  version: string;
  /** Absolute path of the SQLite file in use. */
  databasePath: string;
  schemaVersion: number;
  /** `electron` in the desktop app, `http` under `regioscan serve`. */
  host: 'electron' | 'http';
  readOnly: boolean;
  /**
   * The database file itself cannot be written (file or folder read-only, immutable): it is shown
   * from a copy in memory. One sentence for every screen; null for a writable file.
   */
  readOnlyFile: { nl: string; en: string } | null;
  /** Main can show native open/save dialogs (desktop app); otherwise the renderer uses file inputs and downloads. */
  nativeDialogs: boolean;
  /** The database failed its integrity check at start: nothing is written until a backup is restored. */
  damage: (DatabaseDamage & { newestGoodBackup: BackupInfo | null }) | null;
}

export interface DatabaseDamage {
  /** What `PRAGMA quick_check` reported (at most 20 lines). */
  problems: string[];
  /** One sentence for the user. */
  message: { nl: string; en: string };
}

/** An automatic backup in `backups/` beside the database file. */
export interface BackupInfo {
  /** The file name; the only way to name a backup to restore. */
  name: string;
  /** Why it was made: before-import, before-delete-scan-3, before-restore, before-migration-2, manual… */
  reason: string;
  /** ISO timestamp. */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  /** The backups folder, or null for a database without a file. */
  folder: string | null;
  /** Newest first. */
  backups: BackupInfo[];
  /** How many are kept. */
  keep: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup of the database as it was just before the restore. */
  safetyBackup: BackupInfo | null;
  schemaVersion: number;
}

/** One entry of the change history (docs/history.md): one field of one row changed in one change group. */
export interface HistoryEntry {
  /** The change's id: what `history.revert` takes. */
  change: number;
  at: string;
  /** The OS user who made it. */
  user: string;
  /** The path it came by: edit, import, roundtrip, mapping, undo, redo, revert, restore, merge… */
  origin: string;
  /** The activity whose field it is; null for an initiative, scan, organisation or value. */
  activity: number | null;
  /** The key --where and --set use (`name`, `sector`, a provider role such as `uitvoerder`, `extra.<name>`…); outside activities the row comes first (`initiative[12].name`). */
  field: string;
  old: string | number | null;
  new: string | number | null;
}

/** What an edit channel did (src-main/edits): the row edited, added or kept, its change group (null: nothing changed) and the entries it wrote. */
export interface EditOutcome {
  id: number;
  group: number | null;
  entries: HistoryEntry[];
}

/** What a change group changed (ids), so screens and the index can follow. */
export interface ChangeSet {
  /** The new group's id; null when nothing changed. */
  group: number | null;
  activities: number[];
  initiatives: number[];
  scans: number[];
  values: number[];
  organisations: number[];
}

/** An undo, redo or revert: the group it acted on and what the new group changed. */
export interface UndoResult {
  undone: { group: number; at: string; user: string; origin: string; label: string | null; changes: number };
  changes: ChangeSet;
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
/** `undo-change`/`redo-change`: Bewerken › Wijziging ongedaan maken / opnieuw doen (the newest change group of the data). */
export type MenuCommand = 'import' | 'export' | 'backups' | 'about' | 'undo-change' | 'redo-change';

/** Events main pushes to the renderer, exposed by the preload as `window.regioscanEvents`. */
export interface BridgeEvents {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to main's app events (the same ones `regioscan serve` streams); returns the unsubscribe function. */
  onAppEvent(listener: (event: AppEvent) => void): () => void;
}

/**
 * What main pushes to the renderer as it happens: over IPC in the desktop app, over the
 * authenticated `GET /events` stream in `regioscan serve`.
 */
export type AppEvent =
  /** An import session changed: its whole status, so the latest event is all a reader needs. */
  | { type: 'import-status'; status: ImportStatus }
  /**
   * A write changed these domains (src-shared/data-domains.ts); `versions` is every domain's version
   * after it, so a reader that missed an event sees which versions moved.
   */
  | { type: 'data-changed'; domains: DataDomain[]; versions: DataVersions };

export type IssueSeverity = 'error' | 'warning' | 'unmapped';

/** A problem with a cell (or a sheet, or the file) of a file a command read, in one language: survey responses, demand tables, the round trip's workbook. */
export interface FileIssue {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

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
  /** What selecting the value returns (for geography with sub-regions: the value and all below it). */
  count: number;
  /** Geography: the parent's code in the hierarchy (null at the top). */
  parent?: string | null;
  /** Geography: activities with exactly this value (the report's own-level count). */
  own?: number;
}

/** A column the mapping step shows: unknown, without a header, or mapped by the user. */
export interface ImportPreviewColumn {
  /** As the workbook writes it, or `Kolom R` for a column without a header. */
  header: string;
  sheets: string[];
  /** Where it goes now. */
  target: ColumnTarget;
  /** What the importer made of it by itself. */
  found: 'recognised' | 'unknown' | 'headerless';
  /** Non-empty cells under it. */
  values: number;
}

/** A cell value that matched no code: kept unmapped, or (an unknown activity type) its row is not imported. */
export interface ImportPreviewUnmapped {
  dimension: string;
  value: string;
  /** Cells with this value. */
  count: number;
  effect: 'unmapped' | 'row-error';
}

/** A geography name without a place in the hierarchy, and where it goes. */
export interface ImportPreviewRegion {
  name: string;
  count: number;
  /** The parent's code, or null (stays without a place). */
  parent: string | null;
  parentLabel: string | null;
  /** The user's choice, the importer's proposal (a COROP area or landstreek), or nothing known (asked). */
  source: 'rule' | 'known' | null;
}

/** A geography value a name can be placed under. */
export interface GeographyOption {
  code: string;
  label: string;
  depth: number;
}

/** An extra field of an activity or initiative: a workbook column the importer did not know. */
export interface ExtraFieldView {
  name: string;
  value: string;
  /** It came from the initiative's row (an initiatives sheet), not the activity's. */
  initiative: boolean;
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
  /** Columns for the mapping step. */
  columns: ImportPreviewColumn[];
  /** Values that matched no code, for the mapping step. */
  unmapped: ImportPreviewUnmapped[];
  /** Geography names without a place, with the parent proposed or chosen. */
  regions: ImportPreviewRegion[];
  /** Extra fields kept, with the number of activities (or initiatives) holding a value. */
  extra: { name: string; count: number }[];
  /** The mapping rules this import applies (stored rules and the preview's own), with their cell counts (docs/mappings.md). */
  rules?: AppliedRule[];
}

export interface ImportPreview {
  fileName: string;
  format: 'xlsx' | 'ods' | 'xls' | 'csv';
  scans: ImportPreviewScan[];
  /** The mapping the preview was computed with. */
  mapping: ImportMapping;
  /** Where a geography name can be placed: the hierarchy as it is, and the file's new names. */
  regionOptions: GeographyOption[];
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
  facets: Record<DimensionKey, FacetCount[]>;
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
  /** Reach unit and source as stored (codes of the codebook's lists), for the edit form. */
  reachUnitCode: string | null;
  reachSourceCode: string | null;
  website: string | null;
  providers: ProviderView[];
  issues: ImportIssueView[];
  /** The activity's extra fields, then its initiative's. */
  extra: ExtraFieldView[];
}

export interface InitiativeDetail extends InitiativeRow {
  description: string | null;
  homeRegion: string | null;
  activityList: ActivityRow[];
  extra: ExtraFieldView[];
}

/** A geography value with its place in the hierarchy (Importeren › Geografie, `regioscan geography`). */
export interface GeographyEntry {
  code: string;
  label: string;
  /** Parent code; null at the top. */
  parent: string | null;
  /** Codebook entries have a fixed place; names that workbooks added can be placed and moved. */
  fixed: boolean;
  /** Activities with exactly this value. */
  activities: number;
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

/** `learn`: a Leer van elkaar pair (weight = its score) under the lens the map asked for. */
export type EdgeType = 'sector' | 'generic' | 'providers' | 'learn';

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
  /** The scan's region, and the scan as "Region Year". */
  region: string;
  scan: string;
  /** Dominant activity type code (src-shared/graph-rules.ts), 'mixed' or 'none'. */
  type: string;
  /** Louvain cluster of the lines kept, numbered by size (1 = largest); 0 unless clusters were asked for. */
  cluster: number;
  /** With `attributes`: the codes of every dimension over the initiative's matching activities. */
  codes?: Record<string, string[]>;
}

export interface GraphCluster {
  id: number;
  size: number;
  /** What the cluster's inner lines share most often: a sector code, an organisation name, or the generic target group ('geen'). */
  sharedType?: 'sector' | 'providers' | 'generic';
  shared?: string;
}

export interface GraphEdge {
  source: number;
  target: number;
  type: EdgeType;
  /** Shared specific sectors (sector), 1 (generic), or shared organisations (providers). */
  weight: number;
  /** What the two share: sector codes, organisation names, or (learn) `key:code` of the pair's shared codes. */
  shared: string[];
  /**
   * The line's best place among the strongest lines of its kind of either end (1 = strongest), so
   * a limit of k lines per initiative keeps exactly the lines of rank ≤ k; 0 when no limit was asked
   * (every line) and for Leer van elkaar lines.
   */
  rank: number;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Edges before the per-node cap; when larger than edges.length the screen says the map was thinned. */
  candidateEdges: number;
  /** Each node keeps its this many strongest lines per kind (null: every line is kept). */
  neighbourCap: number | null;
  clusters: GraphCluster[];
  /** Generic edges were asked for but left out because the graph has more than 150 nodes. */
  genericSuppressed: boolean;
}

export interface GraphPositions {
  /** Initiative id → [x, y]. */
  positions: Record<string, [number, number]>;
}

/** Overzicht: a value of a dimension with its number of matching activities. */
export interface OverviewValue {
  /** Codebook or open-list code; null for an unmapped value (label holds its verbatim text). */
  code: string | null;
  label: string;
  count: number;
  /** Knelpunt group or rationale level key. */
  group?: string;
}

export interface OverviewDimension {
  key: string;
  label: string;
  values: OverviewValue[];
  /** Knelpunt groups / rationale levels: activities with at least one value of the group. */
  groups: OverviewValue[];
}

/** A cross table: rows × columns, cells[r][c] = activities with both; row/column counts are their totals. */
export interface OverviewCross {
  rows: OverviewValue[];
  columns: OverviewValue[];
  cells: number[][];
}

export interface OverviewReachRow {
  type: OverviewValue;
  /** Activities of the type with a known reach (unknown is not zero). */
  known: number;
  /** Sum of the known reach; null when none is known. */
  sum: number | null;
  byUnit: { unit: string | null; label: string; known: number; sum: number }[];
}

export interface OverviewQuadrantEntry {
  type: OverviewValue;
  /** The report's bereik-klasse and inspanning of the type (codes of LEVELS). */
  reachClass: string;
  effort: string;
}

/** One cell of the reach × effort quadrant, counted under the filter. */
export interface OverviewQuadrantCell {
  reachClass: string;
  effort: string;
  /** Codes of the activity types the report places in this cell. */
  types: string[];
  /** Matching activities of any of these types (each activity once). */
  count: number;
  /** Of those, how many have a known reach, and its sum (null when none is known). */
  known: number;
  sum: number | null;
}

export interface OverviewProviderRow {
  organisation: string;
  organisationType: ValueLabel | null;
  /** Initiatives with a matching activity the organisation takes part in. */
  initiatives: number;
  activities: number;
  /** Per role (same order as `roles`): initiatives in which it holds that role. */
  roles: number[];
}

export interface OverviewResult {
  total: number;
  /** Initiatives with a matching activity, an initiative linked across the selected scans counted once (docs/links.md §6). */
  initiatives: number;
  /** Initiatives counted into a linked one of another selected scan (0 with one scan). */
  initiativesJoined: number;
  dimensions: OverviewDimension[];
  typeGeography: OverviewCross;
  typeBottleneck: OverviewCross;
  reach: { rows: OverviewReachRow[]; known: number };
  quadrant: { levels: ValueLabel[]; entries: OverviewQuadrantEntry[]; cells: OverviewQuadrantCell[] };
  providers: { minInitiatives: number; roles: ValueLabel[]; rows: OverviewProviderRow[]; organisations: number };
}

/** One scan's column in Vergelijken. */
export interface CompareScan {
  id: number;
  /** "Noord-Nederland 2022". */
  label: string;
  /** Activities of this scan that match the filter (the base of the shares). */
  total: number;
  initiatives: number;
}

/** One value (code) of a dimension across the compared scans. */
export interface CompareValue {
  /** Codebook or open-list code; null for an unmapped value (label holds its verbatim text). */
  code: string | null;
  label: string;
  unmapped: boolean;
  /** Per scan (in `CompareResult.scans` order): matching activities with this value. */
  counts: number[];
  /** Per scan: activities per 100 matching activities of that scan; null when the scan has none. */
  shares: (number | null)[];
  /** `all`: every scan has it; `some`: present in one scan, absent in another; `none`: no scan has it. */
  presence: 'all' | 'some' | 'none';
  /** Largest minus smallest share, in percentage points (0 when fewer than two scans have a share). */
  spread: number;
}

export interface CompareDimension {
  key: string;
  label: string;
  values: CompareValue[];
}

export interface CompareResult {
  scans: CompareScan[];
  dimensions: CompareDimension[];
}

/** A value on an axis of the white-spot matrix. */
export interface WhiteSpotValue {
  /** The value as a filter names it: a code, or `{ unmapped: text }`. */
  value: string | { unmapped: string };
  label: string;
  generic: boolean;
  unmapped: boolean;
}

export interface WhiteSpotAxis {
  key: string;
  label: string;
  values: WhiteSpotValue[];
}

export interface WhiteSpotResult {
  rows: WhiteSpotAxis;
  cols: WhiteSpotAxis;
  layers: WhiteSpotAxis | null;
  /** Activity counts, layer by layer, row by row: index (layer × rows + row) × cols + col. */
  counts: number[];
  /** Number of combinations (cells) and how many of them have no activity. */
  combinations: number;
  empty: number;
  /** Activities matching the filter (an activity can count in several cells). */
  total: number;
  includeGeneric: boolean;
  includeOther: boolean;
}

/** Leer van elkaar (src-shared/pairing.ts has the lenses' rules and scores). */
export interface PairSide {
  initiativeId: number;
  initiative: string;
  scanId: number;
  scan: string;
  /** Pairs of activities only. */
  activityId?: number;
  activity?: string;
}

export interface PairView {
  a: PairSide;
  b: PairSide;
  score: number;
  shared: SharedCodes;
  /** The two sides are in scans of different regions (another year of the same region is not "across"). */
  acrossRegions: boolean;
  /** The two initiatives have an organisation in common (they probably know each other already). */
  shareOrganisation: boolean;
  /** Pairs of initiatives: how many activity pairs of the two meet the lens. */
  activityPairs?: number;
}

export interface PairingsResult {
  lens: PairingLens;
  by: 'activity' | 'initiative';
  pairs: PairView[];
  /** Filtered activities that can pair at all under the lens (they have every required kind of code). */
  activities: number;
  /** Candidate activity pairs whose shared codes were counted (never all n² of them). */
  examined: number;
}
