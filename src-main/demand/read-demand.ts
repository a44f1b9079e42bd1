/**
 * A demand table's grids → rows in codebook codes (docs/surveys.md, "De vraagtabel"): the first
 * sheet with a header row naming at least Sector, Knelpunt and Gewicht; optionally Omvang,
 * Digitaliseringsvorm and Bron. Values are matched as the scan import matches them (code or label).
 * Every cell that cannot be read is an issue; a table with an issue is not imported.
 */
import { dimension, foldKey, resolveDimension } from '../../src-shared/codebook';
import type { FileIssue } from '../../src-shared/model';
import { columnLetter, type CellValue, type Grid } from '../import';
import { buildMatchers } from '../workbook/matchers';
import type { NewDemandRow } from './repository';

export type Lang = 'nl' | 'en';

type Field = 'sector' | 'size' | 'form' | 'bottleneck' | 'weight' | 'source';
const WEIGHT_HEADERS = ['gewicht', 'weight', 'aantal', 'bedrijven', 'aandeel', 'share', 'firms'];
const SOURCE_HEADERS = ['bron', 'source'];
const REQUIRED = ['sector', 'bottleneck', 'weight'] as const;

const text = (cell: CellValue | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

function fieldOf(header: string): Field | undefined {
  const folded = foldKey(header);
  if (WEIGHT_HEADERS.includes(folded)) return 'weight';
  if (SOURCE_HEADERS.includes(folded)) return 'source';
  const dim = resolveDimension(header);
  return dim === 'sector' || dim === 'size' || dim === 'form' || dim === 'bottleneck' ? dim : undefined;
}

/** A weight: a number ≥ 0, also written as `12,5` or `15%` (a share in percent). */
export function parseWeight(cell: CellValue | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : undefined;
  const t = text(cell).replace(/%$/, '').replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export function readDemand(grids: readonly Grid[], lang: Lang): { rows: NewDemandRow[]; issues: FileIssue[] } {
  const say = (nl: string, en: string) => (lang === 'nl' ? nl : en);
  const sheet = grids.find((g) => !g.hidden && (g.rows[0] ?? []).some((c) => fieldOf(text(c)) === 'sector')) ?? grids.find((g) => !g.hidden) ?? grids[0];
  const issues: FileIssue[] = [];
  if (!sheet) return { rows: [], issues: [{ severity: 'error', sheet: null, row: null, column: null, value: null, message: say('Het bestand heeft geen blad.', 'The file has no sheet.') }] };
  const header = sheet.rows[0] ?? [];
  const columnName = (c: number) => `${columnLetter(c)} (${text(header[c]) || '—'})`;
  const issue = (row: number | null, c: number | null, value: string | null, nl: string, en: string) =>
    issues.push({ severity: 'error', sheet: sheet.name, row, column: c === null ? null : columnName(c), value, message: say(nl, en) });
  const columns = new Map<Field, number>();
  header.forEach((cell, c) => {
    const h = text(cell);
    if (h === '') return;
    const field = fieldOf(h);
    if (!field || columns.has(field)) {
      issue(1, c, h, `De kolomkop "${h}" hoort niet bij de vraagtabel (Sector, Omvang, Digitaliseringsvorm, Knelpunt, Gewicht, Bron).`, `The column header "${h}" is not part of the demand table (Sector, Omvang, Digitaliseringsvorm, Knelpunt, Gewicht, Bron).`);
      return;
    }
    columns.set(field, c);
  });
  for (const f of REQUIRED.filter((f) => !columns.has(f))) {
    const name = f === 'weight' ? 'Gewicht' : dimension(f).nl;
    issue(1, null, null, `De vraagtabel heeft geen kolom ${name}.`, `The demand table has no ${f === 'weight' ? 'Gewicht (weight)' : dimension(f).en} column.`);
  }
  if (issues.length > 0) return { rows: [], issues };
  const matchers = buildMatchers();
  const rows: NewDemandRow[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if ([...columns.values()].every((c) => text(cells[c]) === '')) continue;
    const row = r + 1;
    let ok = true;
    const code = (field: 'sector' | 'size' | 'form' | 'bottleneck', required: boolean): string | null => {
      const c = columns.get(field);
      const value = c === undefined ? '' : text(cells[c]);
      if (value === '') {
        if (required) {
          ok = false;
          issue(row, c ?? null, null, `${dimension(field).nl} ontbreekt.`, `${dimension(field).en} is missing.`);
        }
        return null;
      }
      const match = matchers[field].match(value);
      if (match.kind === 'exact') return match.code;
      ok = false;
      const near = match.kind === 'near' ? match.label : undefined;
      issue(row, c!, value, `"${value}" is geen ${dimension(field).nl.toLowerCase()} uit het codeboek${near ? ` (bedoelt u '${near}'?)` : ''}.`, `"${value}" is no ${dimension(field).en.toLowerCase()} of the codebook${near ? ` (did you mean '${near}'?)` : ''}.`);
      return null;
    };
    const sector = code('sector', true);
    const size = code('size', false);
    const form = code('form', false);
    const bottleneck = code('bottleneck', true);
    const wc = columns.get('weight')!;
    const weight = parseWeight(cells[wc]);
    if (weight === undefined) {
      ok = false;
      issue(row, wc, text(cells[wc]) || null, `Het gewicht is een getal vanaf 0 (aantal bedrijven of een aandeel), niet "${text(cells[wc])}".`, `The weight is a number from 0 (firms or a share), not "${text(cells[wc])}".`);
    }
    const sc = columns.get('source');
    if (ok) rows.push({ source: sc === undefined ? null : text(cells[sc]) || null, sector: sector!, size, form, bottleneck: bottleneck!, weight: weight!, row });
  }
  return { rows, issues };
}
