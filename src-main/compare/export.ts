/**
 * Vergelijken as .xlsx: a summary sheet (the scans with their matching activities and initiatives,
 * the filter in words, date and version) and one sheet per dimension with, per value, the count and
 * the share per 100 activities of every scan, the spread in percentage points and where the value
 * is present. Every text is a string cell (never a formula; see safe-cells.ts).
 */
import * as XLSX from 'xlsx';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { CompareResult, CompareValue } from '../../src-shared/model';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { sheetName, tableSheet as table, type Cell } from '../workbook/sheets';

type Lang = 'nl' | 'en';

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function presenceText(v: CompareValue, scans: readonly string[], lang: Lang): string {
  if (v.presence === 'all') return lang === 'nl' ? 'in alle scans' : 'in every scan';
  if (v.presence === 'none') return lang === 'nl' ? 'in geen scan' : 'in no scan';
  const present = scans.filter((_, i) => v.counts[i]! > 0);
  return `${lang === 'nl' ? 'alleen in' : 'only in'} ${present.join(', ')}`;
}

export function compareXlsx(result: CompareResult, filter: Filter, meta: { version: string; date: Date; lang: Lang }): Buffer {
  const nl = meta.lang === 'nl';
  const labels = result.scans.map((s) => s.label);
  const wb = XLSX.utils.book_new();
  const taken = new Set<string>();
  const words = describeFilter({ ...filter, scans: result.scans.map((s) => s.id) }, { lang: meta.lang, scanLabel: (id) => result.scans.find((s) => s.id === id)?.label ?? `#${id}` });

  const summary: Cell[][] = [
    ...result.scans.map((s) => [s.label, s.total, s.initiatives]),
    [],
    ['Filter', words],
    [nl ? 'Aandeel' : 'Share', nl ? 'Activiteiten met de waarde per 100 passende activiteiten van die scan; een activiteit kan meerdere waarden hebben.' : 'Activities with the value per 100 matching activities of that scan; an activity can have several values.'],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
  ];
  const summaryName = sheetName(nl ? 'Samenvatting' : 'Summary', taken);
  XLSX.utils.book_append_sheet(wb, table(['Scan', nl ? 'Passende activiteiten' : 'Matching activities', nl ? 'Initiatieven' : 'Initiatives'], summary, [34, 22, 14]), summaryName);

  const frozen = [summaryName];
  for (const dim of result.dimensions) {
    const header: Cell[] = ['Code', nl ? 'Waarde' : 'Value'];
    for (const label of labels) header.push(`${label} ${nl ? 'aantal' : 'count'}`, `${label} ${nl ? 'per 100' : 'per 100'}`);
    header.push(nl ? 'Verschil (procentpunten)' : 'Spread (percentage points)', nl ? 'Aanwezig' : 'Present', nl ? 'Niet gekoppeld' : 'Unmapped');
    const rows = dim.values.map((v) => {
      const row: Cell[] = [v.code, v.label];
      v.counts.forEach((n, i) => row.push(n, round1(v.shares[i]!)));
      row.push(round1(v.spread), presenceText(v, labels, meta.lang), v.unmapped ? (nl ? 'ja' : 'yes') : null);
      return row;
    });
    const name = sheetName(dim.label, taken);
    frozen.push(name);
    XLSX.utils.book_append_sheet(wb, table(header, rows, [10, 40, ...labels.flatMap(() => [14, 12]), 14, 30, 10]), name);
  }
  return workbookToXlsx(wb, false, frozen);
}
