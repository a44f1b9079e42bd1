/**
 * Finds a sheet's header row(s) wherever they start and maps every column: a plain field, a
 * dimension, a provider-role column (flat layout), or a one-hot value column — as `Sector: C.
 * Industrie`, `Knelpunt 6 - Interne kennis`, or a value under a (merged) group header one row up.
 */
import { foldKey } from '../../src-shared/codebook';
import { headerlessName, tidySpaces, type ColumnTarget } from '../../src-shared/import-mapping';
import { groupDimension, plainColumn, specForTarget, type ColumnSpec } from './fields';
import { columnLetter } from './issues';
import type { Matchers } from '../workbook/matchers';
import { MergedAreas } from './merges';
import type { CellValue, Grid } from './read-workbook';

export interface MappedColumn {
  index: number;
  header: string;
  spec: ColumnSpec;
  /** What the header finder made of the column on its own (before any mapping rule). */
  found: 'recognised' | 'unknown' | 'headerless';
  /** A mapping rule set the spec. */
  ruled?: boolean;
}

/** Column rules by folded header (see ruleKey). */
export type ColumnRules = ReadonlyMap<string, ColumnTarget>;

/** How a column's header is looked up in the rules: folded, so `Contact person` and `contact-person` are one. */
export function ruleKey(header: string): string {
  return foldKey(header) || tidySpaces(header);
}

export interface Table {
  grid: Grid;
  /** 0-based index of the (lower) header row; data starts below it. */
  headerRow: number;
  /** Every column that is read: recognised, mapped by a rule, or kept as an extra field. */
  columns: MappedColumn[];
  /** The texts of the non-empty rows above the header (a title block: "Regioscan Zeeland 2023"). */
  titleRows: string[];
}

const HEADER_SCAN_ROWS = 40;

function text(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** The cell's value, or the value of the merged area it lies in. */
function mergedText(grid: Grid, merged: MergedAreas, r: number, c: number): string {
  const own = text(grid.rows[r]?.[c]);
  return own !== '' ? own : text(merged.valueAt(r, c));
}

/** `Sector: C. Industrie`, `Knelpunt 6 - Interne kennis`, `Technologie AI`. */
function oneHotHeader(header: string, matchers: Matchers): ColumnSpec | undefined {
  const explicit = /^(.+?)\s*(?::|\s[-–]\s)\s*(.+)$/.exec(header);
  const splits: [string, string][] = explicit ? [[explicit[1]!, explicit[2]!]] : [];
  // The dimension named on the left has a name of at most three words: trying every split of a long
  // header (a 32,767-character cell in the rows scanned for headers) made this quadratic in its length.
  const words = header.split(/\s+/);
  for (let k = 1; k < Math.min(words.length, 4); k++) splits.push([words.slice(0, k).join(' '), words.slice(k).join(' ')]);
  for (const [left, right] of splits) {
    const dimension = groupDimension(left);
    if (!dimension) continue;
    const match = matchers[dimension].match(right);
    if (match.kind === 'exact') return { kind: 'onehot', dimension, code: match.code, label: right.trim() };
  }
  return undefined;
}

function ruled(header: string, rules: ColumnRules): ColumnSpec | undefined {
  const target = rules.get(ruleKey(header));
  return target ? specForTarget(target, header) : undefined;
}

function mapRow(grid: Grid, merged: MergedAreas, r: number, matchers: Matchers, rules: ColumnRules): { columns: MappedColumn[]; unknown: { index: number; header: string }[] } {
  const row = grid.rows[r] ?? [];
  const columns: MappedColumn[] = [];
  const unknown: { index: number; header: string }[] = [];
  const width = Math.max(row.length, grid.rows[r - 1]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const header = text(row[c]);
    const group = r > 0 ? mergedText(grid, merged, r - 1, c) : '';
    const groupDim = group !== '' ? groupDimension(group) : undefined;
    if (header === '') {
      // Two-row header whose plain headers stand (merged or not) in the upper row only.
      const upper = group !== '' ? plainColumn(group) : undefined;
      if (upper) columns.push({ index: c, header: group, spec: upper, found: 'recognised' });
      continue;
    }
    const rule = ruled(header, rules);
    if (rule) {
      columns.push({ index: c, header, spec: rule, found: plainColumn(header) ? 'recognised' : 'unknown', ruled: true });
      continue;
    }
    if (groupDim) {
      const match = matchers[groupDim].match(header);
      if (match.kind === 'exact' || match.kind === 'near') {
        columns.push({ index: c, header: `${group}: ${header}`, spec: { kind: 'onehot', dimension: groupDim, code: match.code, label: header }, found: 'recognised' });
        continue;
      }
    }
    const spec = plainColumn(header) ?? oneHotHeader(header, matchers);
    if (spec) columns.push({ index: c, header, spec, found: 'recognised' });
    else unknown.push({ index: c, header });
  }
  return { columns, unknown };
}

function score(columns: MappedColumn[]): number {
  let s = columns.filter((c) => c.spec.kind !== 'extra').length;
  if (columns.some((c) => c.spec.kind === 'field' && c.spec.field === 'initiative')) s += 5;
  if (columns.some((c) => c.spec.kind === 'field' && (c.spec.field === 'activity' || c.spec.field === 'organisation'))) s += 5;
  return s;
}

/**
 * The best header row in the first rows of the sheet, or undefined when nothing looks like a table.
 * Columns whose header matches nothing, and columns with data but no header (`Kolom R`), are kept
 * as extra fields unless a rule maps them.
 */
export function findTable(grid: Grid, matchers: Matchers, rules: ColumnRules = new Map()): Table | undefined {
  let best: { r: number; columns: MappedColumn[]; unknown: { index: number; header: string }[]; score: number } | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const merged = new MergedAreas(grid.rows, grid.merges);
  for (let r = 0; r < limit; r++) {
    const { columns, unknown } = mapRow(grid, merged, r, matchers, rules);
    if (columns.length < 2) continue;
    const s = score(columns);
    if (!best || s > best.score) best = { r, columns, unknown, score: s };
  }
  if (!best || best.score < 7) return undefined;
  const { r: headerRow } = best;
  const columns = [...best.columns];
  // One pass over the cells below the header (not one per column): which columns hold anything.
  const filled = new Set<number>();
  let width = 0;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    width = Math.max(width, row.length);
    for (let c = 0; c < row.length; c++) if (!filled.has(c) && text(row[c]) !== '') filled.add(c);
  }
  const hasData = (c: number) => filled.has(c);
  for (const u of best.unknown) {
    if (hasData(u.index)) columns.push({ index: u.index, header: u.header, spec: { kind: 'extra', name: u.header }, found: 'unknown' });
  }
  const taken = new Set([...columns.map((c) => c.index), ...best.unknown.map((u) => u.index)]);
  for (let c = 0; c < width; c++) {
    if (taken.has(c) || !hasData(c)) continue;
    const header = headerlessName(columnLetter(c));
    columns.push({ index: c, header, spec: ruled(header, rules) ?? { kind: 'extra', name: header }, found: 'headerless', ...(rules.has(ruleKey(header)) ? { ruled: true } : {}) });
  }
  columns.sort((a, b) => a.index - b.index);
  const titleRows = grid.rows
    .slice(0, headerRow)
    .map((row) => tidySpaces(row.map(text).filter((t) => t !== '').join(' ')))
    .filter((t) => t !== '');
  return { grid, headerRow, columns, titleRows };
}

export function isCodebookSheet(name: string): boolean {
  return ['toelichting', 'codeboek', 'codebook', 'explanation', 'instructies', 'instructions', 'lijsten', 'lists'].includes(foldKey(name));
}
