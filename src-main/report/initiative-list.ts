/**
 * A printable list of initiatives for handing out (issue 20): the *Doorverwijzen* text, which names
 * the region and, per initiative, the organisation that makes the contact with the entrepreneur
 * (role *Contactlegging met mkb'er*), then one initiative per row with its website and the matching
 * activities. Same fonts and page as the factsheet.
 */
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import { providersInRole, queryActivities, queryInitiatives, valueLabel } from '../activities';
import { nextInitiatives } from '../nextdoor';
import type { Db } from '../db/open';
import type { ResourceContext } from '../resources';
import { filterFileName } from '../rpc/deliver';
import { getScan, scanLabels } from '../scans';
import { CONTENT_WIDTH, headCell, PAGE, table } from './layout/common';
import type { Lang } from './model';
import { INK } from './palette';
import { FONT_FAMILY, renderPdf } from './pdf';
import type { Content, DocumentDefinition, TableCell } from './pdf-types';
import { fill, longDate } from './words';

export interface ListedInitiative {
  name: string;
  website: string | null;
  region: string;
  /** Organisations in the role Contactlegging met mkb'er on the initiative's matching activities. */
  contacts: string[];
  /** The initiative's activities that match the filter. */
  activities: string[];
  /** Volgende deur: the initiatives the next doors of those activities belong to (at most three). */
  nextDoors: string[];
}

export interface InitiativeListData {
  lang: Lang;
  words: string;
  regions: string[];
  initiatives: ListedInitiative[];
}

const WORDS = {
  nl: {
    title: 'Initiatieven om naar door te verwijzen',
    referral: 'Voor ondernemers in {regions}: deze {n} initiatieven passen bij uw vraag. Per initiatief staat welke organisatie u met het initiatief in contact brengt; is die er niet, neem dan contact op via de website.',
    initiative: 'Initiatief',
    contact: 'Contact via',
    activities: 'Passende activiteiten',
    noContact: 'via de website',
    none: 'Geen initiatieven onder dit filter.',
    footer: 'Regioscan · {date} · pagina {n} van {total}',
    and: 'en',
    nextDoor: 'Daarna verder bij',
  },
  en: {
    title: 'Initiatives to refer to',
    referral: 'For entrepreneurs in {regions}: these {n} initiatives match your question. For each, the organisation that puts you in touch with it is named; where there is none, get in touch through the website.',
    initiative: 'Initiative',
    contact: 'Contact through',
    activities: 'Matching activities',
    noContact: 'through the website',
    none: 'No initiatives under this filter.',
    footer: 'Regioscan · {date} · page {n} of {total}',
    and: 'and',
    nextDoor: 'Afterwards, go on to',
  },
} as const;

export function assembleInitiativeList(db: Db, filter: Filter, lang: Lang): InitiativeListData {
  const rows = queryInitiatives(db, filter);
  const activities = queryActivities(db, { filter, limit: 10_000_000, language: lang }).rows;
  const contactsOf = new Map<number, string[]>();
  for (const [activity, , name] of providersInRole(db, 'contact')) contactsOf.set(activity, [...(contactsOf.get(activity) ?? []), name]);
  const perInitiative = new Map<number, { names: string[]; contacts: Set<string> }>();
  for (const a of activities) {
    const entry = perInitiative.get(a.initiativeId) ?? { names: [], contacts: new Set<string>() };
    entry.names.push(a.name);
    for (const c of contactsOf.get(a.id) ?? []) entry.contacts.add(c);
    perInitiative.set(a.initiativeId, entry);
  }
  const nextDoors = nextInitiatives(db, activities.map((a) => a.id));
  const regionOf = new Map<number, string>();
  const region = (scan: number) => regionOf.get(scan) ?? regionOf.set(scan, getScan(db, scan).region).get(scan)!;
  const initiatives = rows.map((r) => ({
    name: r.name,
    website: r.website,
    region: region(r.scanId),
    contacts: [...(perInitiative.get(r.id)?.contacts ?? [])].sort((a, b) => a.localeCompare(b, lang)),
    activities: perInitiative.get(r.id)?.names ?? [],
    nextDoors: (nextDoors.get(r.id) ?? []).map((n) => n.name),
  }));
  const resolve = (dim: string, code: string) => valueLabel(db, dim, code, lang);
  const words = describeFilter(filter, { lang, scanLabel: scanLabels(db), resolve, counts: { activities: activities.length, initiatives: rows.length } });
  return { lang, words, regions: [...new Set(initiatives.map((i) => i.region))], initiatives };
}

function joinWords(items: readonly string[], lang: Lang): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${WORDS[lang].and} ${items[items.length - 1]}`;
}

export function initiativeListDefinition(data: InitiativeListData, date: Date): DocumentDefinition {
  const w = WORDS[data.lang];
  const body: TableCell[][] = [
    [headCell(w.initiative), headCell(w.contact), headCell(w.activities)],
    ...data.initiatives.map((i) => [
      { stack: [{ text: i.name, bold: true }, ...(i.website ? [{ text: i.website, color: INK.accent, fontSize: 7.2 }] : [])] } as TableCell,
      { text: i.contacts.length > 0 ? i.contacts.join(', ') : w.noContact, ...(i.contacts.length > 0 ? {} : { color: INK.muted }) } as TableCell,
      i.nextDoors.length === 0 ? { text: i.activities.join('; ') } : { stack: [{ text: i.activities.join('; ') }, { text: `${w.nextDoor}: ${i.nextDoors.join(', ')}`, color: INK.muted, fontSize: 7.6, margin: [0, 3, 0, 0] }] } as TableCell,
    ]),
  ];
  const content: Content[] = [
    { text: w.title, style: 'h1' },
    { text: data.words, style: 'intro', margin: [0, 3, 0, 6] },
    data.initiatives.length === 0
      ? { text: w.none }
      : { text: fill(w.referral, { regions: joinWords(data.regions, data.lang), n: data.initiatives.length }), margin: [0, 0, 0, 8] },
    ...(data.initiatives.length > 0 ? [table([CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.26, '*'], body, 1)] : []),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.margin, PAGE.margin, PAGE.margin, PAGE.bottom],
    info: { title: `Regioscan · ${w.title}`, creator: 'Regioscan', producer: 'Regioscan (pdfmake)' },
    language: data.lang === 'nl' ? 'nl-NL' : 'en-GB',
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, color: INK.text, lineHeight: 1.15 },
    styles: { h1: { fontSize: 15, bold: true, color: INK.heading }, intro: { fontSize: 8.4, color: INK.muted }, th: { fontSize: 8, bold: true, color: INK.heading }, td: { fontSize: 8.4 } },
    content,
    footer: (n, total) => ({ text: fill(w.footer, { date: longDate(date, data.lang), n, total }), fontSize: 7, color: INK.faint, margin: [PAGE.margin, 18, PAGE.margin, 0] }),
  };
}

export async function buildInitiativeList(db: Db, filter: Filter, options: { lang: Lang; date: Date; resources?: ResourceContext | undefined }) {
  const data = assembleInitiativeList(db, filter, options.lang);
  const { bytes, pages } = await renderPdf(initiativeListDefinition(data, options.date), options.date, options.resources);
  const kind = options.lang === 'nl' ? 'initiatieven' : 'initiatives';
  const fileName = filterFileName({ kind, scans: filter.scans.map(scanLabels(db)), filter, lang: options.lang, date: options.date, ext: 'pdf', resolve: (dim, code) => valueLabel(db, dim, code, options.lang) });
  return { bytes, pages, fileName, data };
}
