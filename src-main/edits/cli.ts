/**
 * `regioscan edit`, `add`, `delete`, `initiative` and `merge-initiatives`: editing a scan on the
 * command line (docs/history.md). Each is one change group (origin edit), undone by `regioscan undo`.
 * A value that names nothing is one sentence on stderr, exit 2, and the database as it was.
 */
import { withCliDatabase } from '../cli/database';
import { CliUsageError, parseOptions, positiveId, type CliIo, type Subcommand } from '../cli/types';
import { counted } from '../../src-shared/plural';
import { addActivity, deleteActivity, editActivity, editInitiative, mergeInitiatives, type EditResult } from './edits';

const shown = (v: string | number | null) => (v === null ? '—' : String(v).replace(/[\r\n]+/g, ' ').slice(0, 80));

function report(io: CliIo, json: boolean | undefined, result: EditResult, what: string): void {
  if (json) {
    io.out(JSON.stringify({ id: result.id, group: result.changes.group, entries: result.entries }, null, 2) + '\n');
    return;
  }
  if (result.changes.group === null) {
    io.out(`${what}: nothing changed.\n`);
    return;
  }
  io.out(`${what}: ${counted(result.entries.length, 'change', 'changes')} (change group ${result.changes.group}; 'regioscan undo' undoes it).\n`);
  for (const e of result.entries) io.out(`  ${e.field}: ${shown(e.old)} → ${shown(e.new)}\n`);
}

const one = (positionals: string[], name: { nl: string; en: string }) => {
  if (positionals.length !== 1) throw new CliUsageError({ nl: `Geef één ${name.nl}.`, en: `Give one ${name.en}.` });
  return positiveId(positionals[0]!, name);
};

const ACTIVITY_ID = { nl: 'ACTIVITEIT_ID', en: 'ACTIVITY_ID' };

export const runEdit: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string', multiple: true } }, true);
  const id = one(positionals, ACTIVITY_ID);
  if (!values.set?.length) throw new CliUsageError({ nl: 'Geef minstens één --set SLEUTEL=WAARDE.', en: 'Give at least one --set KEY=VALUE.' });
  const result = await withCliDatabase(values.db, (db) => editActivity(db, id, values.set ?? []));
  report(io, values.json, result, `Activity ${id}`);
  return 0;
};

export const runAdd: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, {
    db: { type: 'string' }, json: { type: 'boolean' }, scan: { type: 'string' }, initiative: { type: 'string' }, name: { type: 'string' }, set: { type: 'string', multiple: true },
  }, true);
  if (positionals.length > 0) throw new CliUsageError({ nl: 'add neemt geen losse argumenten; gebruik --name.', en: 'add takes no bare arguments; use --name.' });
  if (values.scan === undefined || values.initiative === undefined || values.name === undefined) {
    throw new CliUsageError({ nl: 'add heeft --scan, --initiative en --name nodig.', en: 'add needs --scan, --initiative and --name.' });
  }
  const scan = positiveId(values.scan, { nl: '--scan', en: '--scan' });
  const result = await withCliDatabase(values.db, (db) => addActivity(db, { scan, initiative: values.initiative!, name: values.name!, clauses: values.set ?? [] }));
  if (values.json) io.out(JSON.stringify({ id: result.id, initiative: result.initiative, createdInitiative: result.createdInitiative, group: result.changes.group, entries: result.entries }, null, 2) + '\n');
  else io.out(`Added activity ${result.id} to initiative ${result.initiative}${result.createdInitiative ? ' (new)' : ''} as change group ${result.changes.group}.\n`);
  return 0;
};

export const runDelete: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, true);
  const id = one(positionals, ACTIVITY_ID);
  const result = await withCliDatabase(values.db, (db) => deleteActivity(db, id));
  if (values.json) io.out(JSON.stringify({ deleted: id, group: result.changes.group }, null, 2) + '\n');
  else io.out(`Deleted activity ${id} as change group ${result.changes.group} ('regioscan undo' brings it back).\n`);
  return 0;
};

export const runInitiative: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, set: { type: 'string', multiple: true } }, true);
  const id = one(positionals, { nl: 'INITIATIEF_ID', en: 'INITIATIVE_ID' });
  const result = await withCliDatabase(values.db, (db) => editInitiative(db, id, values.set ?? []));
  report(io, values.json, result, `Initiative ${id}`);
  return 0;
};

export const runMergeInitiatives: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 2) throw new CliUsageError({ nl: 'Geef KEEP_ID en OTHER_ID.', en: 'Give KEEP_ID and OTHER_ID.' });
  const keep = positiveId(positionals[0]!, { nl: 'KEEP_ID', en: 'KEEP_ID' });
  const other = positiveId(positionals[1]!, { nl: 'OTHER_ID', en: 'OTHER_ID' });
  const result = await withCliDatabase(values.db, (db) => mergeInitiatives(db, keep, other));
  report(io, values.json, result, `Initiative ${other} merged into ${keep}`);
  return 0;
};
