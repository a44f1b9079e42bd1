/**
 * Grids → scans. Recognises the canonical four-sheet layout, flat single-sheet layouts and several
 * scans in one file (one sheet group each, e.g. "Drenthe Activiteiten" + "Drenthe Aanbieders").
 */
import type { ColumnTarget } from '../../src-shared/import-mapping';
import type { ScanData, ScanMeta } from '../workbook/scan-data';
import { reportColumns } from './column-report';
import { targetOfSpec } from './fields';
import type { RegionPlan } from './geography-plan';
import { IssueLog, type ImportIssue } from './issues';
import type { Matchers } from '../workbook/matchers';
import type { Grid } from './read-workbook';
import { readActivityRows, readInitiativeRows, readProviderRows, reportUnusedSharedInitiatives, type RowContext } from './rows';
import { ScanBuilder } from './scan-builder';
import { isScanSheet, metaFromTitleRows, readScanMeta, resolveScanMeta } from './scan-meta';
import { findTable, isCodebookSheet, ruleKey, type Table } from './table';
import { ValueCoder } from './value-coder';
import { writtenTextBudget } from './text-budget';

export interface InterpretOptions {
  fileName: string;
  matchers: Matchers;
  /** Override or supply the region and year (CLI --region/--year, import dialog). */
  region?: string;
  year?: number;
  /** Column rules of the mapping step (header → where it goes). */
  columns?: readonly { header: string; target: ColumnTarget }[];
  /** Region, year and title per sheet group as the user edited them in the preview. */
  scans?: readonly ScanEdit[];
}

export interface ScanEdit {
  group: string;
  region?: string | undefined;
  year?: number | null | undefined;
  title?: string | undefined;
}

export interface InterpretedScan {
  /** The sheet group this scan came from ('' when the file holds one scan). */
  group: string;
  data: ScanData;
  issues: ImportIssue[];
  /** Geography names without a place in the hierarchy, and where each goes (set by the pipeline). */
  regions?: RegionPlan[];
  /** The columns the mapping step shows: unknown, headerless, and those a rule mapped. */
  columns: ColumnInfo[];
}

export interface ColumnInfo {
  header: string;
  sheets: string[];
  target: ColumnTarget;
  found: 'recognised' | 'unknown' | 'headerless';
  /** Non-empty cells under the header. */
  values: number;
}

/** One entry per header over the scan's sheets (the mapping is by header, for the whole file). */
function mappableColumns(sheets: readonly ClassifiedSheet[]): ColumnInfo[] {
  const out = new Map<string, ColumnInfo>();
  for (const { grid, table } of sheets) {
    for (const column of table.columns) {
      if (column.found === 'recognised' && !column.ruled) continue;
      const values = grid.rows.slice(table.headerRow + 1).filter((row) => row[column.index] !== null && row[column.index] !== undefined && String(row[column.index]).trim() !== '').length;
      const key = ruleKey(column.header);
      const known = out.get(key);
      if (known) {
        known.values += values;
        if (!known.sheets.includes(grid.name)) known.sheets.push(grid.name);
      } else out.set(key, { header: column.header, sheets: [grid.name], target: targetOfSpec(column.spec), found: column.found, values });
    }
  }
  return [...out.values()];
}

type SheetRole = 'activities' | 'initiatives' | 'providers';

interface ClassifiedSheet {
  grid: Grid;
  role: SheetRole;
  table: Table;
}

const ROLE_WORDS = ['initiatieven', 'initiatives', 'activiteiten', 'activities', 'aanbieders', 'providers', 'organisaties', 'organisations', 'scan', 'data'];

/** "Drenthe - Activiteiten" → "Drenthe"; "Activiteiten" → "". */
export function sheetGroup(name: string): string {
  let rest = name;
  for (const word of ROLE_WORDS) rest = rest.replace(new RegExp(`(^|[\\s_\\-–:.])${word}($|[\\s_\\-–:.])`, 'i'), ' ');
  return rest.replace(/[\s_\-–:.]+/g, ' ').trim();
}

function classify(table: Table): SheetRole | undefined {
  const has = (field: string) => table.columns.some((c) => c.spec.kind === 'field' && c.spec.field === field);
  const hasType = table.columns.some((c) => (c.spec.kind === 'dimension' || c.spec.kind === 'onehot') && c.spec.dimension === 'type');
  if (has('initiative') && (has('activity') || hasType) && hasType) return 'activities';
  if (has('organisation') && (has('initiative') || has('activity'))) return 'providers';
  if (has('initiative') && has('activity')) return 'activities';
  if (has('initiative')) return 'initiatives';
  return undefined;
}

export function interpretWorkbook(grids: Grid[], options: InterpretOptions): InterpretedScan[] {
  // The report is all written: its text is held to the import's text budget as it is made.
  const reportText = writtenTextBudget(options.fileName);
  const fileLog = new IssueLog(reportText);
  const classified: ClassifiedSheet[] = [];
  const metaSheets: Grid[] = [];
  const rules = new Map((options.columns ?? []).map((c) => [ruleKey(c.header), c.target]));
  for (const grid of grids) {
    // Every row of a CSV file that held bytes other than UTF-8, as it was read.
    for (const r of grid.windows1252Rows ?? []) {
      const value = (grid.rows[r] ?? []).filter((c) => c !== null).join(' | ').slice(0, 300);
      fileLog.add('warning', 'mixed-encoding', {}, { sheet: grid.name, row: r + 1, value });
    }
    if (grid.rows.length === 0 || isCodebookSheet(grid.name)) continue;
    const table = findTable(grid, options.matchers, rules);
    const role = table ? classify(table) : undefined;
    if (table && role) {
      if (grid.hidden) fileLog.add('warning', 'hidden-sheet', { sheet: grid.name }, { sheet: grid.name });
      classified.push({ grid, role, table });
    } else if (isScanSheet(grid.name)) {
      metaSheets.push(grid);
    } else if (!grid.hidden) {
      fileLog.add('warning', 'sheet-skipped', { sheet: grid.name }, { sheet: grid.name });
    }
  }

  const activitySheets = classified.filter((c) => c.role === 'activities');
  const grouped = activitySheets.length > 1;
  const groups = new Map<string, { sheets: ClassifiedSheet[]; meta: Grid[] }>();
  const groupOf = (name: string) => (grouped ? sheetGroup(name) : '');
  for (const sheet of classified) {
    const key = groupOf(sheet.grid.name);
    const entry = groups.get(key) ?? { sheets: [], meta: [] };
    entry.sheets.push(sheet);
    groups.set(key, entry);
  }
  for (const meta of metaSheets) {
    const key = groupOf(meta.name);
    const target = groups.get(key) ?? (groups.size === 1 ? [...groups.values()][0] : undefined);
    if (target) target.meta.push(meta);
    else groups.set(key, { sheets: [], meta: [meta] });
  }
  // Several scans in one file: sheets without a group name and without activities (one
  // Initiatieven or Scan sheet for all) are shared: each scan takes the initiatives it refers to.
  const shared = grouped && !groups.get('')?.sheets.some((s) => s.role === 'activities') ? groups.get('') : undefined;
  if (shared) groups.delete('');
  const sharedInitiativeSheets = shared?.sheets.filter((s) => s.role === 'initiatives') ?? [];
  const sharedUsed = new Set<string>();

  const scans: InterpretedScan[] = [];
  for (const [group, { sheets, meta: ownMeta }] of groups) {
    if (!sheets.some((s) => s.role === 'activities')) continue;
    const meta = [...(shared?.meta ?? []), ...ownMeta];
    const log = new IssueLog(reportText);
    const builder = new ScanBuilder(log);
    const ctx: RowContext = { builder, log, matchers: options.matchers, coder: new ValueCoder(options.matchers, log) };
    const metaValues: Partial<ScanMeta> = {};
    for (const m of meta) Object.assign(metaValues, readScanMeta(m, log));
    // Initiatives first (their own rows define them), then activities, then providers.
    for (const s of sheets.filter((x) => x.role === 'initiatives')) readInitiativeRows(s.table, ctx);
    for (const s of sheets.filter((x) => x.role === 'activities')) readActivityRows(s.table, ctx);
    for (const s of sheets.filter((x) => x.role === 'providers')) readProviderRows(s.table, ctx);
    for (const s of sharedInitiativeSheets) readInitiativeRows(s.table, ctx, sharedUsed);
    if (sheets.some((s) => s.role === 'initiatives') || sharedInitiativeSheets.length > 0) builder.reportImplicitInitiatives();
    const edit = options.scans?.find((e) => e.group === group);
    const titleRow = metaFromTitleRows(sheets.filter((s) => s.role === 'activities').flatMap((s) => s.table.titleRows));
    const scanMeta = resolveScanMeta(
      {
        override: { region: edit?.region ?? options.region, year: edit?.year !== undefined ? edit.year : options.year, title: edit?.title },
        titleRow,
        sheet: metaValues,
        group,
        fileName: options.fileName,
      },
      log,
    );
    const data = builder.build(scanMeta);
    reportColumns(scans.length === 0 ? [...sheets, ...sharedInitiativeSheets] : sheets, data, log);
    const columns = mappableColumns(scans.length === 0 ? [...sheets, ...sharedInitiativeSheets] : sheets);
    scans.push({ group, data, issues: [...(scans.length === 0 ? fileLog.issues : []), ...log.issues], columns });
  }
  // A shared initiative that no scan refers to is said, not dropped silently.
  if (scans[0]) {
    const log = new IssueLog(reportText);
    for (const s of sharedInitiativeSheets) reportUnusedSharedInitiatives(s.table, sharedUsed, log);
    scans[0].issues.push(...log.issues);
  }
  return scans;
}
