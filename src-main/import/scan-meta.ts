/**
 * A scan's region, year and title: from a title row above the table ("Regioscan Digitalisering
 * Oost-Nederland 2023"), from the optional Scan sheet (key/value rows: Regio, Jaar, Titel,
 * Uitgevoerd door, Bron, Opmerkingen), or from the file name — in that order; what the user typed
 * (import dialog, preview, CLI --region/--year) comes before all of them.
 */
import { foldKey } from '../../src-shared/codebook';
import { generatedScanTitle as generatedTitle, tidySpaces } from '../../src-shared/import-mapping';
import type { ScanMeta } from '../workbook/scan-data';
import { cellText } from './cells';
import type { IssueLog } from './issues';
import { readYear } from './numbers';
import type { Grid } from './read-workbook';

type MetaKey = 'region' | 'year' | 'title' | 'performedBy' | 'source' | 'notes';

const KEYS: Record<MetaKey, string[]> = {
  region: ['Regio', 'Region', 'Provincie', 'Gebied'],
  year: ['Jaar', 'Year', 'Peiljaar'],
  title: ['Titel', 'Title', 'Naam', 'Name'],
  performedBy: ['Uitgevoerd door', 'Performed by', 'Conducted by', 'Auteur', 'Author', 'Onderzoekers'],
  source: ['Bron', 'Source'],
  notes: ['Opmerkingen', 'Notes', 'Remarks', 'Opmerking', 'Toelichting'],
};
const BY_FOLDED = new Map<string, MetaKey>();
for (const [key, names] of Object.entries(KEYS) as [MetaKey, string[]][]) for (const n of names) BY_FOLDED.set(foldKey(n), key);
const HEADER_WORDS = new Set(['veld', 'field', 'key', 'sleutel', 'waarde', 'value', 'eigenschap', 'property']);

export function isScanSheet(name: string): boolean {
  const f = foldKey(name);
  return f === 'scan' || f.endsWith('scan') || f === 'metadata' || f === 'over' || f === 'about';
}

export function readScanMeta(grid: Grid, log: IssueLog): Partial<ScanMeta> {
  const meta: Partial<ScanMeta> = {};
  grid.rows.forEach((row, r) => {
    const where = { sheet: grid.name, row: r + 1 };
    const cells = row.map((c, i) => cellText(c, log, { ...where, column: String(i) })).filter((c) => c !== '');
    if (cells.length === 0) return;
    const [rawKey, ...rest] = cells;
    const key = BY_FOLDED.get(foldKey(rawKey!));
    const value = rest.join(' ').trim();
    if (HEADER_WORDS.has(foldKey(rawKey!))) return;
    if (!key) {
      log.add('warning', 'scan-key-ignored', { text: rawKey! }, { ...where, value: cells.join(' | ') });
      return;
    }
    if (value === '') return;
    if (key === 'year') {
      const y = readYear(rest[0]);
      if (y.kind === 'year') meta.year = y.value;
      else log.add('warning', 'year-unreadable', { text: value }, { ...where, value });
    } else {
      meta[key] = key === 'region' ? tidySpaces(value) : value;
    }
  });
  return meta;
}

const YEAR = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/;

/**
 * Region and year from a title row: the first row above the table that names a Regioscan.
 * "Regioscan Digitalisering Oost-Nederland 2023" → Oost-Nederland, 2023.
 */
export function metaFromTitleRows(rows: readonly string[]): { region?: string; year?: number } {
  const title = rows.find((r) => /regio\s*scan/i.test(r));
  if (!title) return {};
  const year = YEAR.exec(title);
  const region = tidySpaces(
    title
      .replace(/regio\s*scan/gi, ' ')
      .replace(/\bdigitali[sz](?:ering|ation)\b/gi, ' ')
      .replace(year?.[1] ?? '\u0000', ' ')
      .replace(/\([^)]*\)/g, ' '),
  ).replace(/^[\s\-–—:,.|]+|[\s\-–—:,.|]+$/g, '');
  return { ...(region !== '' ? { region } : {}), ...(year ? { year: Number(year[1]) } : {}) };
}

export function yearFromFileName(fileName: string): number | null {
  const m = YEAR.exec(fileName);
  return m ? Number(m[1]) : null;
}

export function regionFromFileName(fileName: string): string {
  const base = tidySpaces(fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').replace(/\b(19|20)\d{2}\b/g, '').replace(/\bregioscan\b/gi, ''));
  return base === '' ? tidySpaces(fileName) : base.replace(/\b\w/g, (c) => c.toUpperCase());
}


export interface MetaSources {
  /** What the user typed: the import dialog or preview, or --region/--year. */
  override: { region?: string | undefined; year?: number | null | undefined; title?: string | undefined };
  titleRow: { region?: string; year?: number };
  sheet: Partial<ScanMeta>;
  /** The sheet group's name ('' for a file with one scan) and the file name: the last resort. */
  group: string;
  fileName: string;
}

/** Region, year and title in the order of precedence; a title row that contradicts the Scan sheet is reported. */
export function resolveScanMeta(sources: MetaSources, log: IssueLog): ScanMeta {
  const { override, titleRow, sheet } = sources;
  if (titleRow.region && sheet.region && foldKey(titleRow.region) !== foldKey(sheet.region)) {
    log.add('warning', 'title-row-differs', { field: 'Regio', kept: titleRow.region, text: sheet.region }, { value: sheet.region });
  }
  if (titleRow.year && sheet.year && titleRow.year !== sheet.year) {
    log.add('warning', 'title-row-differs', { field: 'Jaar', kept: titleRow.year, text: sheet.year }, { value: String(sheet.year) });
  }
  const region = tidySpaces(override.region ?? titleRow.region ?? sheet.region ?? (sources.group !== '' ? sources.group : regionFromFileName(sources.fileName)));
  const year = override.year !== undefined ? override.year : titleRow.year ?? sheet.year ?? yearFromFileName(sources.fileName);
  const title = tidySpaces(override.title ?? sheet.title ?? generatedTitle(region, year));
  return { region, year, title, performedBy: sheet.performedBy ?? null, source: sheet.source ?? null, notes: sheet.notes ?? null };
}
