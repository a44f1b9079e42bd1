/**
 * One Overzicht chart or table as .xlsx: a sheet that starts with the title, the scans and the
 * filter in words, then the table (numbers as numbers, every text a string cell, which no
 * spreadsheet evaluates; formula-like text also gets quotePrefix — see safe-cells.ts); a second
 * sheet with date, version and the filter as JSON.
 */
import * as XLSX from 'xlsx';
import type { OverviewTable } from '../../src-shared/overview-format';
import { workbookToXlsx } from '../workbook/canonical-writer';
import type { FilteredExportMeta } from '../workbook/sheets';

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Tabel';
}

export function overviewXlsx(table: OverviewTable, meta: FilteredExportMeta): Buffer {
  const nl = meta.lang === 'nl';
  const scans = meta.scanNames.join('; ') || (nl ? 'Alle scans' : 'All scans');
  const aoa: (string | number | null)[][] = [
    [table.title],
    [nl ? 'Scans' : 'Scans', scans],
    ['Filter', meta.words],
    [],
    table.header,
    ...table.body,
    ...table.footer,
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const widths = table.header.map((h, c) => Math.min(50, Math.max(8, h.length + 2, ...[...table.body, ...table.footer].map((r) => String(r[c] ?? '').length + 2))));
  widths[0] = Math.max(widths[0] ?? 10, 14);
  ws['!cols'] = widths.map((wch) => ({ wch }));
  const first = 4;
  if (table.body.length > 0) ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: first, c: 0 }, e: { r: first + table.body.length, c: table.header.length - 1 } }) };
  const about = XLSX.utils.aoa_to_sheet([
    [nl ? 'Onderdeel' : 'Item', nl ? 'Waarde' : 'Value'],
    [nl ? 'Titel' : 'Title', table.title],
    ['Scans', scans],
    ['Filter', meta.words],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
    ['Filter (JSON)', JSON.stringify(meta.filter)],
  ]);
  about['!cols'] = [{ wch: 22 }, { wch: 100 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName(table.title));
  XLSX.utils.book_append_sheet(wb, about, nl ? 'Over deze export' : 'About this export');
  // Through the app's one .xlsx writer: formula-like text gets quotePrefix; no header row is frozen.
  return workbookToXlsx(wb, false, []);
}
