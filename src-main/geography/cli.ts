/**
 * `regioscan geography` lists the geography hierarchy; `regioscan geography place NAME --under
 * PARENT` places (or moves) a name a workbook added under a parent. NAME and PARENT are codes or
 * labels, as in --where. Already there: exit 0, nothing changes.
 */
import { assertWritable } from '../db/health';
import { listGeography, placeGeography } from './geography';
import { openCliDatabase } from '../cli/database';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';

export const runGeography: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['under'], flags: ['json'] }, true);
  const [action, ...names] = positionals;
  if (action !== undefined && action !== 'place') {
    throw new CliUsageError({
      nl: `Onbekende actie ${typed(action)}; gebruik 'regioscan geography' of 'regioscan geography place NAAM --under OUDER'.`,
      en: `Unknown action ${typed(action)}; use 'regioscan geography' or 'regioscan geography place NAME --under PARENT'.`,
    });
  }
  if (action === 'place' && (names.length !== 1 || values.under === undefined)) {
    throw new CliUsageError({ nl: 'Geef één NAAM en de plek erboven: regioscan geography place NAAM --under OUDER.', en: 'Give one NAME and its parent: regioscan geography place NAME --under PARENT.' });
  }
  if (action === undefined && (names.length > 0 || values.under !== undefined)) {
    throw new CliUsageError({ nl: '--under hoort bij: regioscan geography place NAAM --under OUDER.', en: '--under goes with: regioscan geography place NAME --under PARENT.' });
  }
  const db = await openCliDatabase(values.db);
  try {
    if (action === 'place') {
      assertWritable(db);
      const { moved, entry, under } = placeGeography(db, names[0]!, values.under!);
      if (values.json) io.out(JSON.stringify({ moved, ...entry }, null, 2) + '\n');
      else if (moved) io.out(`Placed ${entry.label} under ${labelOf(db, under)}.\n`);
      else io.out(`${entry.label} already lies ${entry.parent === under ? 'under' : 'within'} ${labelOf(db, under)}; nothing changed.\n`);
      return 0;
    }
    const entries = listGeography(db);
    if (values.json) {
      io.out(JSON.stringify(entries, null, 2) + '\n');
      return 0;
    }
    const depth = new Map<string, number>();
    for (const e of entries) {
      const d = e.parent === null ? 0 : (depth.get(e.parent) ?? 0) + 1;
      depth.set(e.code, d);
      io.out(`${'  '.repeat(d)}${e.label}${e.label !== e.code ? ` (${e.code})` : ''} — ${e.activities} activities${e.fixed ? '' : ', added by a workbook'}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

function labelOf(db: Parameters<typeof listGeography>[0], code: string | null): string {
  return code === null ? 'the top' : (listGeography(db).find((e) => e.code === code)?.label ?? code);
}
