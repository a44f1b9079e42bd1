/**
 * Witte vlekken as .xlsx: the long table (every combination with its count, zeros included), the
 * pivot (one block of rows × columns per layer) and a Filter sheet (filter in words, axes, options,
 * number of empty combinations). Every text is a string cell (never a formula; see safe-cells.ts).
 */
import * as XLSX from 'xlsx';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { WhiteSpotAxis, WhiteSpotResult, WhiteSpotValue } from '../../src-shared/model';
import { combinations } from './whitespots';
import { workbookToXlsx } from '../workbook/canonical-writer';

type Lang = 'nl' | 'en';
type Cell = string | number | null;

/** "6 Interne kennis" for numbered codes, the label otherwise; unmapped values say so. */
export function cellLabel(v: WhiteSpotValue, lang: Lang): string {
  if (typeof v.value !== 'string') return `${v.label} (${lang === 'nl' ? 'niet gekoppeld' : 'unmapped'})`;
  return /^\d+$/.test(v.value) ? `${v.value} ${v.label}` : v.label;
}

const code = (v: WhiteSpotValue): string | null => (typeof v.value === 'string' ? v.value : null);

export function whiteSpotsXlsx(result: WhiteSpotResult, filter: Filter, meta: { version: string; date: Date; lang: Lang; scanLabel: (id: number) => string }): Buffer {
  const nl = meta.lang === 'nl';
  const axes = [result.rows, result.cols, ...(result.layers ? [result.layers] : [])];
  const wb = XLSX.utils.book_new();

  const longHeader: Cell[] = [...axes.flatMap((a) => [`${a.label} code`, a.label]), nl ? 'Aantal activiteiten' : 'Activities'];
  const longRows: Cell[][] = combinations(result).map((c) => [...c.values.flatMap((v) => [code(v), cellLabel(v, meta.lang)]), c.count]);
  const long = XLSX.utils.aoa_to_sheet([longHeader, ...longRows]);
  long['!cols'] = [...axes.flatMap(() => [10, 40]), 18].map((wch) => ({ wch }));
  long['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: longRows.length, c: longHeader.length - 1 } }) };
  const longName = nl ? 'Combinaties' : 'Combinations';
  XLSX.utils.book_append_sheet(wb, long, longName);

  const pivot: Cell[][] = [];
  const block = (title: string | null, layer: number) => {
    if (title) pivot.push([title]);
    pivot.push([`${result.rows.label} \\ ${result.cols.label}`, ...result.cols.values.map((v) => cellLabel(v, meta.lang))]);
    result.rows.values.forEach((r, ri) => {
      const base = (layer * result.rows.values.length + ri) * result.cols.values.length;
      pivot.push([cellLabel(r, meta.lang), ...result.cols.values.map((_, ci) => result.counts[base + ci]!)]);
    });
    pivot.push([]);
  };
  if (result.layers) result.layers.values.forEach((l, li) => block(`${result.layers!.label}: ${cellLabel(l, meta.lang)}`, li));
  else block(null, 0);
  const matrix = XLSX.utils.aoa_to_sheet(pivot);
  matrix['!cols'] = [40, ...result.cols.values.map(() => 16)].map((wch) => ({ wch }));
  XLSX.utils.book_append_sheet(wb, matrix, 'Matrix');

  const axisText = (a: WhiteSpotAxis | null) => (a ? `${a.label} (${a.values.length})` : nl ? 'geen' : 'none');
  const about: Cell[][] = [
    ['Filter', describeFilter(filter, { lang: meta.lang, scanLabel: meta.scanLabel })],
    [nl ? 'Rijen' : 'Rows', axisText(result.rows)],
    [nl ? 'Kolommen' : 'Columns', axisText(result.cols)],
    [nl ? 'Lagen' : 'Layers', axisText(result.layers)],
    [nl ? 'Generieke waarden' : 'Generic values', result.includeGeneric ? (nl ? 'meegeteld' : 'included') : nl ? 'weggelaten' : 'left out'],
    [nl ? 'Knelpunt 11 Overig' : 'Bottleneck 11 Other', result.includeOther ? (nl ? 'meegeteld' : 'included') : nl ? 'weggelaten' : 'left out'],
    [nl ? 'Combinaties' : 'Combinations', result.combinations],
    [nl ? 'Lege combinaties' : 'Empty combinations', result.empty],
    [nl ? 'Passende activiteiten' : 'Matching activities', result.total],
    [nl ? 'Telling' : 'Counting', nl ? 'Een activiteit telt in elke cel waar ze bij hoort (twee sectoren: twee rijen).' : 'An activity counts in every cell it belongs to (two sectors: two rows).'],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
  ];
  const aboutSheet = XLSX.utils.aoa_to_sheet([[nl ? 'Onderdeel' : 'Item', nl ? 'Waarde' : 'Value'], ...about]);
  aboutSheet['!cols'] = [{ wch: 24 }, { wch: 100 }];
  XLSX.utils.book_append_sheet(wb, aboutSheet, 'Filter');
  return workbookToXlsx(wb, false, [longName, 'Filter']);
}
