/**
 * A workbook as the round trip reads it (docs/roundtrip.md): the grids the importer's guarded reader
 * made, turned into the rows of the Activiteiten and Initiatieven sheets with each column's key, and
 * the record an export keeps on its Filter sheet. Headers are matched as the importer matches them
 * (Dutch or English, case and punctuation aside); nothing here touches the database.
 */
import { foldKey } from '../../src-shared/codebook';
import { columnLetter, plainColumn, type CellValue, type Grid } from '../import';
import { readExportRecord, type ExportRecord } from '../workbook/export-record';

/** A column's key: `id`, a --set key (`name`, `initiative`, `sector`, …), `role:CODE`, `extra:NAME`, or `ignored`. */
export type ColumnKey = string;

export interface SheetRow {
  /** 1-based row number in the sheet, as the spreadsheet shows it. */
  row: number;
  /** The ID cell as it stands (null when empty). */
  id: CellValue;
  cells: Map<ColumnKey, CellValue>;
}

export interface SheetTable {
  sheet: string;
  /** Column key → the column's header and letter, for the issues. */
  columns: Map<ColumnKey, { header: string; letter: string }>;
  rows: SheetRow[];
}

export interface RoundtripFile {
  fileName: string;
  activities: SheetTable | null;
  initiatives: SheetTable | null;
  /** The export's record of its scans and activities (Filter sheet), when it has one. */
  record: ExportRecord | undefined;
}

const ACTIVITY_SHEETS = new Set(['activiteiten', 'activities']);
const INITIATIVE_SHEETS = new Set(['initiatieven', 'initiatives']);
/** Columns of the export that are derived, not data: the scan's label, the focus, the counts. */
const DERIVED = new Set(['scan', 'focus', 'passendeactiviteiten', 'matchingactivities', 'activiteitentotaal', 'activitiesinall'].map(foldKey));

/** An Activiteiten column: the field as --set names it. Initiative-level columns there are read from Initiatieven. */
function activityColumn(header: string): ColumnKey {
  const folded = foldKey(header);
  if (folded === 'id') return 'id';
  if (DERIVED.has(folded)) return 'ignored';
  const spec = plainColumn(header);
  if (!spec) return `extra:${header.trim()}`;
  if (spec.kind === 'dimension') return spec.dimension;
  if (spec.kind === 'providerRole') return `role:${spec.role}`;
  if (spec.kind !== 'field') return `extra:${header.trim()}`;
  switch (spec.field) {
    case 'activity':
      return 'name';
    case 'initiative':
      return 'initiative';
    case 'description':
    case 'activityDescription':
      return 'description';
    case 'startYear':
    case 'reach':
    case 'reachUnit':
    case 'reachSource':
      return spec.field;
    // The initiative's own fields beside each activity (the export's Website, a flat layout's): a new
    // initiative takes them; for an existing one they are checked against the Initiatieven sheet.
    case 'website':
    case 'homeRegion':
      return `initiative.${spec.field}`;
    case 'initiativeDescription':
      return 'initiative.description';
    case 'initiativeStartYear':
      return 'initiative.startYear';
    default:
      return `unsupported:${spec.field}`;
  }
}

/** An Initiatieven column: the field as `regioscan initiative --set` names it. */
function initiativeColumn(header: string): ColumnKey {
  const folded = foldKey(header);
  if (folded === 'id') return 'id';
  if (DERIVED.has(folded)) return 'ignored';
  const spec = plainColumn(header);
  if (!spec || spec.kind !== 'field') return `extra:${header.trim()}`;
  switch (spec.field) {
    case 'initiative':
      return 'name';
    case 'description':
    case 'initiativeDescription':
      return 'description';
    case 'startYear':
    case 'initiativeStartYear':
      return 'startYear';
    case 'website':
    case 'homeRegion':
      return spec.field;
    default:
      return `unsupported:${spec.field}`;
  }
}

const HEADER_ROWS = 40;

function table(grid: Grid, keyOf: (header: string) => ColumnKey, needs: ColumnKey): SheetTable | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const cells = grid.rows[r] ?? [];
    const keys = cells.map((c) => (c === null || c === undefined || String(c).trim() === '' ? undefined : keyOf(String(c))));
    if (!keys.includes(needs)) continue;
    const columns = new Map<ColumnKey, { header: string; letter: string }>();
    const index = new Map<ColumnKey, number>();
    keys.forEach((key, c) => {
      // A second column with the same key is read as an extra field of its own header.
      if (key === undefined || key === 'ignored') return;
      const k = columns.has(key) ? `extra:${String(cells[c]).trim()} (${columnLetter(c)})` : key;
      columns.set(k, { header: String(cells[c]).trim(), letter: columnLetter(c) });
      index.set(k, c);
    });
    const rows: SheetRow[] = [];
    for (let d = r + 1; d < grid.rows.length; d++) {
      const source = grid.rows[d] ?? [];
      if (source.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) continue;
      const row: SheetRow = { row: d + 1, id: null, cells: new Map() };
      for (const [key, c] of index) {
        const value = source[c] ?? null;
        if (key === 'id') row.id = value;
        else row.cells.set(key, value);
      }
      rows.push(row);
    }
    return { sheet: grid.name, columns, rows };
  }
  return null;
}

/** The sheet named `names`, else (for the activities) the first visible sheet with an Activiteit column. */
function find(grids: readonly Grid[], names: Set<string>, keyOf: (h: string) => ColumnKey, needs: ColumnKey, fallback: boolean): SheetTable | null {
  const named = grids.find((g) => names.has(foldKey(g.name)));
  if (named) return table(named, keyOf, needs);
  if (!fallback) return null;
  for (const grid of grids) {
    if (grid.hidden) continue;
    const found = table(grid, keyOf, needs);
    if (found) return found;
  }
  return null;
}

export function readRoundtripFile(fileName: string, grids: readonly Grid[]): RoundtripFile {
  const filter = grids.find((g) => foldKey(g.name) === 'filter');
  return {
    fileName,
    activities: find(grids, ACTIVITY_SHEETS, activityColumn, 'name', true),
    initiatives: find(grids, INITIATIVE_SHEETS, initiativeColumn, 'name', false),
    record: filter ? readExportRecord(filter.rows) : undefined,
  };
}
