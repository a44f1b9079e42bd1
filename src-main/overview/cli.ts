/**
 * `regioscan overview [filter options] [--min-initiatives N] [--english] [--json]`: the Overzicht's
 * tables for a filter — the same numbers the screen shows (overview.build). Text: each table as
 * tab-separated rows; JSON: the whole dashboard.
 */
import { openCliDatabase } from '../cli/database';
import { OVERVIEW_TABLES, overviewTable, type OverviewTableKey } from '../../src-shared/overview-format';
import { buildOverview } from './overview';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';

export const runOverview: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['min-initiatives'], flags: ['json', 'english'], filter: true });
  const raw = values['min-initiatives'];
  const minInitiatives = raw === undefined ? 5 : Number(raw);
  if (!Number.isInteger(minInitiatives) || minInitiatives < 1) throw new CliUsageError({ nl: `--min-initiatives neemt een geheel getal vanaf 1, niet ${typed(String(raw))}.`, en: `--min-initiatives takes a whole number from 1, not ${typed(String(raw))}.` });
  const lang = values.english ? 'en' : 'nl';
  const db = await openCliDatabase(values.db);
  try {
    const result = buildOverview(db, { filter: filterFromOptions(db, values), minInitiatives, language: lang });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const joined = result.initiativesJoined > 0 ? ` (${counted(result.initiativesJoined, 'initiative', 'initiatives')} linked across scans counted once)` : '';
    io.out(`${counted(result.total, 'activity', 'activities')}, ${counted(result.initiatives, 'initiative', 'initiatives')}${joined}\n`);
    const tables: [OverviewTableKey, string | undefined][] = [['dimension', 'type'], ...OVERVIEW_TABLES.filter((k) => k !== 'dimension').map((k): [OverviewTableKey, undefined] => [k, undefined])];
    for (const [key, dim] of tables) {
      const table = overviewTable(result, key, lang, dim as 'type' | undefined);
      io.out(`\n${table.title}\n`);
      for (const row of [table.header, ...table.body, ...table.footer]) io.out(row.map((v) => (v === null ? '' : String(v))).join('\t') + '\n');
    }
    return 0;
  } finally {
    db.close();
  }
};
