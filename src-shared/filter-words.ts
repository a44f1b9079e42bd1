/**
 * The active filter in words, shown above every view and written into exports:
 * "Type activiteit is Werken met studenten · Knelpunt is 1 Niet zelf bedacht of 2 Niet mee in
 * aanraking · Scan Noord-Nederland 2022 — 9 activiteiten, 9 initiatieven".
 */
import { dimension, type DimensionKey } from './codebook';
import type { Filter, FilterValue } from './filter';

type Lang = 'nl' | 'en';

const SINGULAR: Partial<Record<DimensionKey, { nl: string; en: string }>> = {
  bottleneck: { nl: 'Knelpunt', en: 'Bottleneck' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
};

const WORDS = {
  nl: { is: 'is', not: 'is niet', or: 'of', and: 'én', text: 'Tekst bevat', allScans: 'Alle scans', scan: 'Scan', scans: 'Scans', reachKnown: 'Bereik bekend', reachUnknown: 'Bereik onbekend', reach: 'Bereik', startYear: 'Startjaar', activities: 'activiteiten', activity: 'activiteit', initiatives: 'initiatieven', initiative: 'initiatief', noSubRegions: 'zonder subregio’s' },
  en: { is: 'is', not: 'is not', or: 'or', and: 'and', text: 'Text contains', allScans: 'All scans', scan: 'Scan', scans: 'Scans', reachKnown: 'Reach known', reachUnknown: 'Reach unknown', reach: 'Reach', startYear: 'Start year', activities: 'activities', activity: 'activity', initiatives: 'initiatives', initiative: 'initiative', noSubRegions: 'without sub-regions' },
} as const;

/** A value's label: codebook labels (numbered codes keep their number), else what the resolver says. */
export function valueLabel(dim: DimensionKey, value: FilterValue, lang: Lang, resolve?: (dim: DimensionKey, value: string) => string | undefined): string {
  if (typeof value !== 'string') return `“${value.unmapped}”`;
  const entry = dimension(dim).values.find((v) => v.code === value);
  if (entry) {
    const label = lang === 'nl' ? entry.nl : entry.en;
    return /^\d+$/.test(entry.code) ? `${entry.code} ${label}` : label;
  }
  return resolve?.(dim, value) ?? value;
}

function rangeText(range: { min?: number | undefined; max?: number | undefined }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}–${range.max}`;
  if (range.min !== undefined) return `≥ ${range.min}`;
  return `≤ ${range.max}`;
}

export interface FilterWordsOptions {
  lang: Lang;
  /** Labels of scans (by id) and anything the codebook does not know (organisations, open-list entries). */
  scanLabel?: (id: number) => string;
  resolve?: (dim: DimensionKey, value: string) => string | undefined;
  counts?: { activities: number; initiatives: number };
}

export function describeFilter(filter: Filter, options: FilterWordsOptions): string {
  const w = WORDS[options.lang];
  const parts: string[] = [];
  for (const c of filter.conditions) {
    if (c.values.length === 0) continue;
    const name = SINGULAR[c.dimension]?.[options.lang] ?? dimension(c.dimension)[options.lang];
    const values = c.values.map((v) => (c.dimension === 'scan' && typeof v === 'string' && options.scanLabel ? options.scanLabel(Number(v)) : valueLabel(c.dimension, v, options.lang, options.resolve)));
    const joined = values.join(` ${c.mode === 'all' ? w.and : w.or} `);
    parts.push(`${name} ${c.mode === 'none' ? w.not : w.is} ${joined}`);
    if (c.dimension === 'geography' && !filter.includeSubRegions) parts[parts.length - 1] += ` (${w.noSubRegions})`;
  }
  if (filter.text.trim() !== '') parts.push(`${w.text} “${filter.text.trim()}”`);
  if (filter.reach?.known === 'known') parts.push(w.reachKnown);
  if (filter.reach?.known === 'unknown') parts.push(w.reachUnknown);
  if (filter.reach && (filter.reach.min !== undefined || filter.reach.max !== undefined)) parts.push(`${w.reach} ${rangeText(filter.reach)}`);
  if (filter.startYear && (filter.startYear.min !== undefined || filter.startYear.max !== undefined)) parts.push(`${w.startYear} ${rangeText(filter.startYear)}`);
  const scanNames = filter.scans.map((id) => options.scanLabel?.(id) ?? `#${id}`);
  parts.push(scanNames.length === 0 ? w.allScans : `${scanNames.length === 1 ? w.scan : w.scans} ${scanNames.join(', ')}`);
  let text = parts.join(' · ');
  if (options.counts) {
    const { activities, initiatives } = options.counts;
    const n = (count: number, one: string, many: string) => `${count.toLocaleString(options.lang === 'nl' ? 'nl-NL' : 'en-GB')} ${count === 1 ? one : many}`;
    text += ` — ${n(activities, w.activity, w.activities)}, ${n(initiatives, w.initiative, w.initiatives)}`;
  }
  return text;
}
