/**
 * Leer van elkaar as .xlsx, "who should meet whom, and why": the ranked pairs with their reason in
 * words, the activity pairs behind each initiative pair, and a sheet that says which lens, which
 * filter and how the score is made. Every text is a string cell (never a formula; see safe-cells.ts).
 */
import * as XLSX from 'xlsx';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { PairingsResult, PairView } from '../../src-shared/model';
import { describeShared } from '../../src-shared/pairing';
import { LENS_WORDS, scoreRule } from '../../src-shared/pairing-words';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { sheetName, tableSheet as table, type Cell } from '../workbook/sheets';

type Lang = 'nl' | 'en';

export interface PairingsExportInput {
  result: PairingsResult;
  /** For initiative pairs: the activity pairs behind each, in the same order. */
  details: PairView[][];
  filter: Filter;
  scanLabel: (id: number) => string;
  options: { scope: 'all' | 'across' | 'within'; hideKnown: boolean };
}

export function pairingsXlsx(input: PairingsExportInput, meta: { version: string; date: Date; lang: Lang }): Buffer {
  const { result, details, filter } = input;
  const lang = meta.lang;
  const nl = lang === 'nl';
  const yes = nl ? 'ja' : 'yes';
  const wb = XLSX.utils.book_new();
  const taken = new Set<string>();
  const byActivity = result.by === 'activity';
  const header: Cell[] = [
    '#', nl ? 'Initiatief A' : 'Initiative A', ...(byActivity ? [nl ? 'Activiteit A' : 'Activity A'] : []), 'Scan A',
    nl ? 'Initiatief B' : 'Initiative B', ...(byActivity ? [nl ? 'Activiteit B' : 'Activity B'] : []), 'Scan B',
    'Score', ...(byActivity ? [] : [nl ? 'Activiteitenparen' : 'Activity pairs']), nl ? 'Tussen regio’s' : 'Across regions', nl ? 'Delen een organisatie' : 'Share an organisation', nl ? 'Waarom' : 'Why',
  ];
  const rows = result.pairs.map((p, i) => [
    i + 1, p.a.initiative, ...(byActivity ? [p.a.activity ?? ''] : []), p.a.scan,
    p.b.initiative, ...(byActivity ? [p.b.activity ?? ''] : []), p.b.scan,
    p.score, ...(byActivity ? [] : [p.activityPairs ?? null]), p.acrossRegions ? yes : null, p.shareOrganisation ? yes : null, describeShared(result.lens, p.shared, lang),
  ]);
  const pairsName = sheetName(nl ? 'Paren' : 'Pairs', taken);
  XLSX.utils.book_append_sheet(wb, table(header, rows, [5, 34, ...(byActivity ? [34] : []), 24, 34, ...(byActivity ? [34] : []), 24, 7, ...(byActivity ? [] : [10]), 10, 10, 80]), pairsName);
  const frozen = [pairsName];
  if (!byActivity) {
    const detailRows: Cell[][] = [];
    details.forEach((list, i) => {
      for (const d of list) detailRows.push([i + 1, d.a.initiative, d.a.activity ?? '', d.b.initiative, d.b.activity ?? '', d.score, describeShared(result.lens, d.shared, lang)]);
    });
    const name = sheetName(nl ? 'Activiteitenparen' : 'Activity pairs', taken);
    frozen.push(name);
    XLSX.utils.book_append_sheet(
      wb,
      table(['#', nl ? 'Initiatief A' : 'Initiative A', nl ? 'Activiteit A' : 'Activity A', nl ? 'Initiatief B' : 'Initiative B', nl ? 'Activiteit B' : 'Activity B', 'Score', nl ? 'Waarom' : 'Why'], detailRows, [5, 30, 34, 30, 34, 7, 80]),
      name,
    );
  }
  const words = LENS_WORDS[result.lens][lang];
  const scope = { all: nl ? 'binnen en tussen regio’s' : 'within and across regions', across: nl ? 'alleen tussen regio’s' : 'across regions only', within: nl ? 'alleen binnen een regio' : 'within a region only' }[input.options.scope];
  const about: Cell[][] = [
    [nl ? 'Lens' : 'Lens', words.title],
    [nl ? 'Vraag' : 'Question', words.question],
    ['Filter', describeFilter(filter, { lang, scanLabel: input.scanLabel })],
    [nl ? 'Paren' : 'Pairs', scope],
    [nl ? 'Bekenden' : 'Acquainted', input.options.hideKnown ? (nl ? 'paren die al een organisatie delen zijn weggelaten' : 'pairs that already share an organisation are left out') : nl ? 'alle paren, ook die al een organisatie delen' : 'all pairs, also those that already share an organisation'],
    ['Score', scoreRule(result.lens, lang)],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
  ];
  XLSX.utils.book_append_sheet(wb, table([nl ? 'Over deze lijst' : 'About this list', ''], about, [18, 120]), sheetName(nl ? 'Uitleg' : 'About', taken));
  return workbookToXlsx(wb, false, frozen);
}
