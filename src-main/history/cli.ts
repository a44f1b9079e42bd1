/**
 * `regioscan history [ACTIVITY_ID] [--scan ID] [--json]`, `regioscan undo`, `regioscan redo` and
 * `regioscan revert CHANGE`. Undo and redo with nothing to act on say so and exit 0; a refusal (an
 * import in the way, a row changed since) is one sentence on stderr, exit 2, nothing changed.
 */
import { openCliDatabase } from '../cli/database';
import { CliUsageError, positiveId, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import type { Db } from '../db/open';
import { counted } from '../../src-shared/plural';
import { history, type HistoryEntry } from './read';
import { redo, revert, undo, type UndoResult } from './undo';

const shown = (v: HistoryEntry['old']) => (v === null ? '—' : String(v).replace(/[\r\n]+/g, ' ').slice(0, 80));

export const runHistory: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['scan'], flags: ['json'] }, true);
  if (positionals.length > 1) throw new CliUsageError({ nl: 'Geef hoogstens één ACTIVITEIT_ID.', en: 'Give at most one ACTIVITY_ID.' });
  const activity = positionals[0] === undefined ? undefined : positiveId(positionals[0], { nl: 'ACTIVITEIT_ID', en: 'ACTIVITY_ID' });
  const scan = values.scan === undefined ? undefined : positiveId(values.scan, { nl: '--scan', en: '--scan' });
  const db = await openCliDatabase(values.db);
  try {
    const entries = history(db, { ...(activity !== undefined ? { activity } : {}), ...(scan !== undefined ? { scan } : {}) });
    if (values.json) {
      io.out(JSON.stringify(entries, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(entries.length, 'change', 'changes')}\n`);
    for (const e of entries) {
      const row = e.activity !== null ? `activity ${e.activity} ` : '';
      io.out(`${String(e.change).padStart(6)}  ${e.at.slice(0, 16).replace('T', ' ')}  ${e.user}  ${e.origin}  ${row}${e.field}: ${shown(e.old)} → ${shown(e.new)}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

function report(result: UndoResult, verb: string): string {
  const u = result.undone;
  const label = u.label ? `: ${u.label.replace(/[\r\n]+/g, ' ')}` : '';
  return `${verb} change group ${u.group} (${u.origin}${label}, ${counted(u.changes, 'change', 'changes')}, ${u.at.slice(0, 16).replace('T', ' ')} by ${u.user}) as change group ${result.changes.group}.\n`;
}

function reversing(act: (db: Db) => UndoResult | null, verb: string, nothing: string): Subcommand {
  return async (argv, io) => {
    const { values } = parseCommandOptions(argv, { flags: ['json'] });
    const db = await openCliDatabase(values.db);
    try {
      const result = act(db);
      if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
      else io.out(result ? report(result, verb) : `${nothing}\n`);
      return 0;
    } finally {
      db.close();
    }
  };
}

export const runUndo = reversing(undo, 'Undid', 'Nothing to undo.');
export const runRedo = reversing(redo, 'Redid', 'Nothing to redo.');

export const runRevert: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef één CHANGE (het nummer uit regioscan history).', en: 'Give one CHANGE (the number from regioscan history).' });
  const change = positiveId(positionals[0]!, { nl: 'CHANGE', en: 'CHANGE' });
  const db = await openCliDatabase(values.db);
  try {
    const result = revert(db, change);
    io.out(values.json ? JSON.stringify(result, null, 2) + '\n' : `Reverted change ${change} as change group ${result.changes.group}.\n`);
    return 0;
  } finally {
    db.close();
  }
};
