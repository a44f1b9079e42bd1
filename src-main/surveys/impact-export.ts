/**
 * Impact for a meeting as .xlsx (through the app's one .xlsx writer, workbookToXlsx): a sheet per
 * view — per knelpunt, per activity type, per initiative — each starting with its title, the scans,
 * the filter in words and the round, then the table with the number of responses beside every mean
 * and a note where a mean rests on fewer than five; and a sheet with date, version and the filter
 * as JSON. Every text is a string cell (formula-like text gets quotePrefix).
 */
import * as XLSX from 'xlsx';
import { FEW_RESPONSES, fewResponses, type ImpactResult, type ScoreSummary } from '../../src-shared/surveys-model';
import { workbookToXlsx } from '../workbook/canonical-writer';
import type { FilteredExportMeta } from '../workbook/sheets';

type Lang = 'nl' | 'en';
type Cell = string | number | null;

const WORDS = {
  nl: {
    bottlenecks: 'Per knelpunt',
    types: 'Per type',
    initiatives: 'Per initiatief',
    about: 'Over deze export',
    title: 'Impact per knelpunt',
    round: 'Ronde',
    allRounds: 'alle rondes',
    allScans: 'Alle scans',
    bottleneck: 'Knelpunt',
    type: 'Type activiteit',
    initiative: 'Initiatief',
    targeted: 'Activiteiten gericht op dit knelpunt',
    activities: 'Activiteiten',
    responded: 'Activiteiten met antwoorden',
    responses: 'Antwoorden (1–5)',
    mean: 'Gemiddelde (1–5)',
    note: 'Let op',
    few: `minder dan ${FEW_RESPONSES} antwoorden: niet vergelijken`,
    none: 'nog geen antwoorden',
    notApplicable: 'n.v.t.',
    untargetedResponses: 'Niet-gerichte antwoorden',
    untargetedMean: 'Gemiddelde niet-gericht',
    score: (n: number) => `Score ${n}`,
    reading:
      'Antwoorden en gemiddelde tellen alleen scores 1–5 op knelpunten die de activiteit beoogt; scores op andere knelpunten staan apart als niet-gericht; n.v.t. is geen score.',
    reason: 'Toelichting',
    date: 'Datum',
    version: 'Versie Regioscan',
    item: 'Onderdeel',
    value: 'Waarde',
    noResponsesYet: 'Initiatieven zonder antwoorden',
  },
  en: {
    bottlenecks: 'By bottleneck',
    types: 'By type',
    initiatives: 'By initiative',
    about: 'About this export',
    title: 'Impact by bottleneck',
    round: 'Round',
    allRounds: 'all rounds',
    allScans: 'All scans',
    bottleneck: 'Bottleneck',
    type: 'Activity type',
    initiative: 'Initiative',
    targeted: 'Activities targeting this bottleneck',
    activities: 'Activities',
    responded: 'Activities with responses',
    responses: 'Responses (1–5)',
    mean: 'Mean (1–5)',
    note: 'Note',
    few: `fewer than ${FEW_RESPONSES} responses: do not compare`,
    none: 'no responses yet',
    notApplicable: 'n/a',
    untargetedResponses: 'Untargeted responses',
    untargetedMean: 'Untargeted mean',
    score: (n: number) => `Score ${n}`,
    reading:
      'Responses and mean count only scores 1–5 on bottlenecks the activity targets; scores on other bottlenecks are listed apart as untargeted; n/a is not a score.',
    reason: 'Reading',
    date: 'Date',
    version: 'Regioscan version',
    item: 'Item',
    value: 'Value',
    noResponsesYet: 'Initiatives without responses',
  },
} as const;

const SCORES = ['1', '2', '3', '4', '5'] as const;

function note(s: ScoreSummary, lang: Lang): string | null {
  if (s.responses === 0) return WORDS[lang].none;
  return fewResponses(s.responses) ? WORDS[lang].few : null;
}

const scoreCells = (s: ScoreSummary): Cell[] => [s.responses, s.mean, ...SCORES.map((k) => s.distribution[k])];

function sheet(lead: Cell[][], header: Cell[], body: Cell[][]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([...lead, [], header, ...body]);
  ws['!cols'] = header.map((h, c) => ({ wch: c === 0 ? 44 : Math.min(30, Math.max(10, String(h ?? '').length + 2)) }));
  if (body.length > 0) ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: lead.length + 1, c: 0 }, e: { r: lead.length + 1 + body.length, c: header.length - 1 } }) };
  return ws;
}

export function impactXlsx(result: ImpactResult, meta: FilteredExportMeta): Buffer {
  const w = WORDS[meta.lang];
  const scans = meta.scanNames.join('; ') || w.allScans;
  const round = result.round ?? w.allRounds;
  const lead = (title: string): Cell[][] => [[title], ['Scans', scans], ['Filter', meta.words], [w.round, round], [w.reason, w.reading]];
  const scoreHeader = [w.responses, w.mean, ...SCORES.map((n) => w.score(Number(n)))];

  const wb = XLSX.utils.book_new();
  const perBottleneck = result.bottlenecks.map((b): Cell[] => [
    `${b.code}. ${b.label}`,
    b.targetedActivities,
    b.respondedActivities,
    ...scoreCells(b),
    note(b, meta.lang),
    b.notApplicable,
    b.untargeted.responses,
    b.untargeted.mean,
  ]);
  XLSX.utils.book_append_sheet(
    wb,
    sheet(lead(w.title), [w.bottleneck, w.targeted, w.responded, ...scoreHeader, w.note, w.notApplicable, w.untargetedResponses, w.untargetedMean], perBottleneck),
    w.bottlenecks,
  );
  const group = (g: ImpactResult['byType'][number] | ImpactResult['byInitiative'][number], name: string): Cell[] => [name, g.activities, g.respondedActivities, ...scoreCells(g), note(g, meta.lang)];
  XLSX.utils.book_append_sheet(wb, sheet(lead(w.types), [w.type, w.activities, w.responded, ...scoreHeader, w.note], result.byType.map((g) => group(g, g.label))), w.types);
  XLSX.utils.book_append_sheet(wb, sheet(lead(w.initiatives), [w.initiative, w.activities, w.responded, ...scoreHeader, w.note], result.byInitiative.map((g) => group(g, g.name))), w.initiatives);

  const silent = result.byInitiative.filter((i) => i.responses === 0).map((i) => i.name);
  const about = XLSX.utils.aoa_to_sheet([
    [w.item, w.value],
    ['Scans', scans],
    ['Filter', meta.words],
    [w.round, round],
    [w.activities, result.activities],
    [w.noResponsesYet, silent.length > 0 ? silent.join('; ') : '–'],
    [w.date, meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [w.version, meta.version],
    ['Filter (JSON)', JSON.stringify(meta.filter)],
  ]);
  about['!cols'] = [{ wch: 28 }, { wch: 100 }];
  XLSX.utils.book_append_sheet(wb, about, w.about);
  // The title line of each table sheet is bold; no header row is frozen (the title stands above it).
  return workbookToXlsx(wb, false, [], [w.bottlenecks, w.types, w.initiatives]);
}
