/** Helpers every .xlsx export shares: a header-and-rows sheet with an autofilter, and Excel-safe sheet names. */
import * as XLSX from 'xlsx';
import type { Filter } from '../../src-shared/filter';

export type Cell = string | number | null;

/** What a filtered export states about itself (title rows and its "about" sheet): scans, the filter in words and as JSON, version and date. */
export interface FilteredExportMeta {
  lang: 'nl' | 'en';
  scanNames: string[];
  /** The filter in words (describeFilter). */
  words: string;
  filter: Filter;
  version: string;
  date: Date;
}

/**
 * A sheet of a header row and data rows, with an autofilter over them when there are rows. Column
 * widths as given, or fitted to the header and the first 500 rows (10 to 60 characters).
 */
export function tableSheet(header: Cell[], rows: Cell[][], widths?: readonly number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([header, ...rows]);
  const cols = widths ?? header.map((h, c) => Math.min(60, Math.max(10, String(h ?? '').length + 2, ...rows.slice(0, 500).map((r) => String(r[c] ?? '').length + 2))));
  ws['!cols'] = cols.map((wch) => ({ wch }));
  if (rows.length > 0) ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: header.length - 1 } }) };
  return ws;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Blad';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
