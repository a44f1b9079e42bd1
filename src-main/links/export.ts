/**
 * The change report as .xlsx for a meeting: a summary sheet (the two scans, the counts, reach and
 * tie overlap, the filter in words, date and version), the initiatives with what happened to each,
 * the activities per dimension value in both scans, and the organisations. Every text is a string
 * cell (never a formula; see safe-cells.ts).
 */
import * as XLSX from 'xlsx';
import { DIMENSIONS } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { ChangeReport } from '../../src-shared/links';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { sheetName, tableSheet, type Cell } from '../workbook/sheets';

type Lang = 'nl' | 'en';

const WORDS = {
  nl: { continued: 'voortgezet', renamed: 'hernoemd', merged: 'samengevoegd', split: 'gesplitst', new: 'nieuw', stopped: 'gestopt', absent: 'tijdelijk afwezig', back: 'terug na onderbreking', gone: 'verdwenen' },
  en: { continued: 'continued', renamed: 'renamed', merged: 'merged', split: 'split', new: 'new', stopped: 'stopped', absent: 'absent for a while', back: 'back after a gap', gone: 'gone' },
} as const;

/** The summary's count rows: what happened to initiatives and to activities, in the sheet's order. */
const INITIATIVE_COUNTS = ['continued', 'renamed', 'merged', 'split', 'new', 'stopped', 'gap'] as const;
const ACTIVITY_COUNTS = ['continued', 'new', 'stopped'] as const;
const COUNT_LABELS = {
  nl: { continued: 'Initiatieven voortgezet', renamed: 'Initiatieven hernoemd', merged: 'Samenvoegingen', split: 'Splitsingen', new: 'Initiatieven nieuw', stopped: 'Initiatieven gestopt', gap: 'Initiatieven met een onderbreking', activities: { continued: 'Activiteiten voortgezet', new: 'Activiteiten nieuw', stopped: 'Activiteiten gestopt' } },
  en: { continued: 'Initiatives continued', renamed: 'Initiatives renamed', merged: 'Merges', split: 'Splits', new: 'Initiatives new', stopped: 'Initiatives stopped', gap: 'Initiatives with a gap', activities: { continued: 'Activities continued', new: 'Activities new', stopped: 'Activities stopped' } },
} as const;

export function changesXlsx(r: ChangeReport, filter: Filter, meta: { version: string; date: Date; lang: Lang }): Buffer {
  const nl = meta.lang === 'nl';
  const w = WORDS[meta.lang];
  const counted = COUNT_LABELS[meta.lang];
  const wb = XLSX.utils.book_new();
  const taken = new Set<string>();
  const i = r.initiatives;
  const words = describeFilter({ ...filter, scans: [r.from.id, r.to.id] }, { lang: meta.lang, scanLabel: (id) => (id === r.from.id ? r.from.label : id === r.to.id ? r.to.label : `#${id}`) });
  const summary: Cell[][] = [
    [nl ? 'Van' : 'From', r.from.label],
    [nl ? 'Naar' : 'To', r.to.label],
    [],
    ...INITIATIVE_COUNTS.map((k) => [counted[k], i[k].length]),
    ...ACTIVITY_COUNTS.map((k) => [counted.activities[k], r.activities[k]]),
    [nl ? `Bereik ${r.from.label}` : `Reach ${r.from.label}`, r.reach.from],
    [nl ? `Bereik ${r.to.label}` : `Reach ${r.to.label}`, r.reach.to],
    [nl ? 'Activiteiten met bekend bereik (van, naar)' : 'Activities with known reach (from, to)', `${r.reach.knownFrom}, ${r.reach.knownTo}`],
    [nl ? 'Bereik' : 'Reach', nl ? 'Contacten, geen unieke bedrijven; onbekend is niet nul.' : 'Contacts, not unique firms; unknown is not zero.'],
    [nl ? 'Organisaties voortgezet, nieuw, verdwenen' : 'Organisations continued, new, gone', `${r.organisations.continued.length}, ${r.organisations.new.length}, ${r.organisations.gone.length}`],
    [nl ? 'Behouden banden (Jaccard)' : 'Ties kept (Jaccard)', r.jaccard === null ? null : Math.round(r.jaccard * 1000) / 1000],
    [],
    ['Filter', words],
    [nl ? 'Koppelingen' : 'Links', nl ? 'Alleen automatische en bevestigde koppelingen tellen, geen voorstellen.' : 'Only automatic and confirmed links count, never proposals.'],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
  ];
  const summaryName = sheetName(nl ? 'Samenvatting' : 'Summary', taken);
  XLSX.utils.book_append_sheet(wb, tableSheet([nl ? 'Onderwerp' : 'Item', nl ? 'Waarde' : 'Value'], summary, [44, 60]), summaryName);

  const rows: Cell[][] = [
    ...i.continued.map((p) => [w.continued, p.from.name, p.to.name]),
    ...i.renamed.map((p) => [w.renamed, p.from.name, p.to.name]),
    ...i.merged.flatMap((m) => m.from.map((f) => [w.merged, f.name, m.to.name])),
    ...i.split.flatMap((s) => s.to.map((t) => [w.split, s.from.name, t.name])),
    ...i.new.map((x) => [w.new, null, x.name]),
    ...i.stopped.map((x) => [w.stopped, x.name, null]),
    ...i.gap.map((g) => [`${w[g.kind]} (${g.seenIn.label})`, g.kind === 'absent' ? g.name : null, g.kind === 'back' ? g.name : null]),
  ];
  const initiativesName = sheetName(nl ? 'Initiatieven' : 'Initiatives', taken);
  XLSX.utils.book_append_sheet(wb, tableSheet([nl ? 'Verandering' : 'Change', r.from.label, r.to.label], rows, [30, 50, 50]), initiativesName);

  const dims: Cell[][] = [];
  for (const [key, values] of Object.entries(r.dimensions)) {
    const def = DIMENSIONS.find((d) => d.key === key);
    for (const v of values) if (v.from > 0 || v.to > 0) dims.push([def ? def[meta.lang] : key, v.code, v.label, v.from, v.to, v.to - v.from]);
  }
  const dimsName = sheetName(nl ? 'Dimensies' : 'Dimensions', taken);
  XLSX.utils.book_append_sheet(wb, tableSheet([nl ? 'Dimensie' : 'Dimension', 'Code', nl ? 'Waarde (NL)' : 'Value (Dutch)', r.from.label, r.to.label, nl ? 'Verschil' : 'Difference'], dims, [24, 12, 40, 14, 14, 12]), dimsName);

  const orgs: Cell[][] = [
    ...r.organisations.continued.map((o) => [w.continued, o.name]),
    ...r.organisations.new.map((o) => [w.new, o.name]),
    ...r.organisations.gone.map((o) => [w.gone, o.name]),
  ];
  const orgsName = sheetName(nl ? 'Organisaties' : 'Organisations', taken);
  XLSX.utils.book_append_sheet(wb, tableSheet([nl ? 'Verandering' : 'Change', nl ? 'Organisatie' : 'Organisation'], orgs, [20, 50]), orgsName);
  return workbookToXlsx(wb, false, [summaryName, initiativesName, dimsName, orgsName]);
}
