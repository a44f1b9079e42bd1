/**
 * `regioscan diff FILE [--scan ID] [--json]` and `regioscan import FILE --update [--delete-missing]
 * [--scan ID] [--json]`: the Excel round trip on the command line (docs/roundtrip.md).
 */
import { basename, resolve } from 'node:path';
import { openCliDatabase } from '../cli/database';
import { readInputFile } from '../import';
import { CliUsageError, parseOptions, positiveId, type CliIo, type Subcommand } from '../cli/types';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { counted } from '../../src-shared/plural';
import { applyDiff } from './apply';
import { diffJson, type RoundtripDiff } from './diff';
import { readFile, requirePlan } from './plan';

const shown = (v: string | number | null) => (v === null ? '—' : String(v).replace(/[\r\n]+/g, ' ').slice(0, 80));

function printDiff(io: CliIo, diff: RoundtripDiff): void {
  io.out(`Scan ${diff.scan}: ${counted(diff.added.length, 'row added', 'rows added')}, ${counted(diff.changed.length, 'cell changed', 'cells changed')}, ${counted(diff.removed.length, 'row removed', 'rows removed')}, ${counted(diff.issues.length, 'issue', 'issues')}\n`);
  for (const a of diff.added) io.out(`  + ${a.initiative} — ${a.name}\n`);
  for (const c of diff.changed) io.out(`  ~ ${c.kind === 'initiative' ? 'initiative' : 'activity'} ${c.id} ${c.field}: ${shown(c.old)} → ${shown(c.new)}\n`);
  for (const r of diff.removed) io.out(`  - ${r.id} ${r.initiative} — ${r.name}\n`);
  for (const i of diff.issues) io.out(`  ! ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.en}\n`);
}

const OPTIONS = { db: { type: 'string' }, scan: { type: 'string' }, json: { type: 'boolean' }, update: { type: 'boolean' }, 'delete-missing': { type: 'boolean' } } as const;

async function planFromArgs(argv: string[], update: boolean) {
  const { values, positionals } = parseOptions(argv, update ? OPTIONS : { db: OPTIONS.db, scan: OPTIONS.scan, json: OPTIONS.json }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één BESTAND.', en: 'Give exactly one FILE.' });
  const scan = values.scan === undefined ? undefined : positiveId(String(values.scan), { nl: '--scan', en: '--scan' });
  const path = resolve(positionals[0]!);
  const bytes = readInputFile(path);
  const file = await readFile(bytes, basename(path));
  return { values, file, scan };
}

export const runDiff: Subcommand = async (argv, io) => {
  const { values, file, scan } = await planFromArgs(argv, false);
  const db = await openCliDatabase(values.db);
  try {
    const diff = requirePlan(db, file, scan);
    if (values.json) io.out(JSON.stringify(diffJson(diff), null, 2) + '\n');
    else printDiff(io, diff);
    return 0;
  } finally {
    db.close();
  }
};

/** `regioscan import FILE --update`: the diff applied as one change group, after a backup. */
export const runImportUpdate: Subcommand = async (argv, io) => {
  const { values, file, scan } = await planFromArgs(argv, true);
  const db = await openCliDatabase(values.db);
  try {
    assertWritable(db);
    const diff = requirePlan(db, file, scan);
    const deleteMissing = 'delete-missing' in values && values['delete-missing'] === true;
    const nothing = diff.added.length + diff.changed.length + (deleteMissing ? diff.removed.length : 0) === 0;
    const backup = nothing ? null : await backupBeforeWrite(db, 'before-roundtrip');
    const result = nothing ? { group: null, added: 0, changed: 0, removed: 0 } : applyDiff(db, diff, { deleteMissing });
    if (values.json) {
      io.out(JSON.stringify({ ...diffJson(diff), applied: { group: result.group, added: result.added, changed: result.changed, removed: result.removed, backup } }, null, 2) + '\n');
      return 0;
    }
    printDiff(io, diff);
    if (result.group === null) io.out('Nothing changed.\n');
    else io.out(`Applied as change group ${result.group} ('regioscan undo' undoes it): ${counted(result.added, 'row added', 'rows added')}, ${counted(result.changed, 'cell changed', 'cells changed')}, ${counted(result.removed, 'row removed', 'rows removed')}.\n`);
    if (diff.removed.length > 0 && !deleteMissing) io.out(`${counted(diff.removed.length, 'row', 'rows')} missing from the file kept (--delete-missing deletes them).\n`);
    return 0;
  } finally {
    db.close();
  }
};
