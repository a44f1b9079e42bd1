/**
 * What an activities export records about itself on its Filter sheet, for the round trip
 * (docs/roundtrip.md): the ids of its scans and of the activities it holds, as ranges (`1-250,260`).
 * A diff counts as removed only the activities the file held. A long list continues in the cells to
 * the right (a spreadsheet cell holds at most 32,767 characters).
 */
type Lang = 'nl' | 'en';

const KEYS = {
  scans: { nl: "Scan-ID's", en: 'Scan IDs' },
  activities: { nl: "Activiteit-ID's", en: 'Activity IDs' },
} as const;

/** Characters per cell, well below a spreadsheet cell's limit. */
const CELL = 30_000;

/** Sorted ids as ranges: [1,2,3,7] → "1-3,7". */
export function idRanges(ids: readonly number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** "1-3,7" → [1,2,3,7]; undefined when the text is not such a list (or names more than `max` ids). */
export function parseIdRanges(text: string, max = 1_000_000): number[] | undefined {
  const t = text.replace(/\s+/g, '');
  if (t === '') return [];
  const out: number[] = [];
  for (const part of t.split(',')) {
    const m = /^(\d{1,12})(?:-(\d{1,12}))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || out.length + (to - from + 1) > max) return undefined;
    for (let id = from; id <= to; id++) out.push(id);
  }
  return out;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CELL) out.push(text.slice(i, i + CELL));
  return out.length > 0 ? out : [''];
}

/** The Filter sheet's rows that record the export: label, then the ranges (over several cells when long). */
export function exportRecord(record: { scans: readonly number[]; activities: readonly number[] }, lang: Lang): string[][] {
  return [
    [KEYS.scans[lang], idRanges(record.scans)],
    [KEYS.activities[lang], ...chunks(idRanges(record.activities))],
  ];
}

export interface ExportRecord {
  scans: number[];
  activities: number[];
}

const label = (cell: unknown) => (typeof cell === 'string' ? cell.trim().toLowerCase() : '');

/** Reads the record back from the Filter sheet's rows; undefined when the sheet holds none (or a damaged one). */
export function readExportRecord(rows: readonly (readonly unknown[])[]): ExportRecord | undefined {
  const find = (key: { nl: string; en: string }) => rows.find((r) => [key.nl, key.en].map((k) => k.toLowerCase()).includes(label(r[0])));
  const scansRow = find(KEYS.scans);
  const activitiesRow = find(KEYS.activities);
  if (!scansRow || !activitiesRow) return undefined;
  const text = (row: readonly unknown[]) => row.slice(1).map((c) => (c === null || c === undefined ? '' : String(c))).join('');
  const scans = parseIdRanges(text(scansRow));
  const activities = parseIdRanges(text(activitiesRow));
  return scans && activities ? { scans, activities } : undefined;
}
