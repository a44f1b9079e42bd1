/** The optional Scan sheet: key/value rows (Regio, Jaar, Titel, Uitgevoerd door, Bron, Opmerkingen). */
import { foldKey } from '../../src-shared/codebook';
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
      meta[key] = value;
    }
  });
  return meta;
}
