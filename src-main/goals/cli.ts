/** `regioscan goals`: list the region's goals measured against the scans, add one, remove one. */
import { openCliDatabase } from '../cli/database';
import { FILTER_OPTIONS, filterFromOptions } from '../cli/filter-options';
import { CliUsageError, parseOptions, typed, type Subcommand } from '../cli/types';
import { UserError } from '../errors';
import { addGoal, measureGoals, removeGoal } from './goals';

function count(option: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new CliUsageError({ nl: `${option} neemt een geheel getal vanaf 0, niet ${typed(value)}.`, en: `${option} takes a whole number from 0, not ${typed(value)}.` });
  return n;
}

const runAdd: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, target: { type: 'string' }, 'min-reach': { type: 'string' }, ...FILTER_OPTIONS }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één NAAM voor het doel (tussen aanhalingstekens als er spaties in staan).', en: 'Give exactly one NAME for the goal (in quotes if it has spaces).' });
  const target = count('--target', values.target);
  const minReach = count('--min-reach', values['min-reach']);
  const db = await openCliDatabase(values.db);
  try {
    const goal = addGoal(db, { name: positionals[0]!, filter: filterFromOptions(db, values), target, minReach });
    io.out(values.json ? JSON.stringify(goal, null, 2) + '\n' : `Goal ${goal.id} "${goal.name}": ${goal.count} activities, ${goal.initiatives} initiatives, reach ${goal.reach}${goal.met === null ? '' : goal.met ? ' — met' : ' — not met'}\n`);
    return 0;
  } finally {
    db.close();
  }
};

const runRemove: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { db: { type: 'string' } }, true);
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: "Geef het ID van het doel (zie 'regioscan goals').", en: "Give the goal's ID (see 'regioscan goals')." });
  const db = await openCliDatabase(values.db);
  try {
    if (removeGoal(db, id).deleted === 0) throw new UserError('not-found', { nl: `Er is geen doel met ID ${id}.`, en: `There is no goal with ID ${id}.` });
    io.out(`Removed goal ${id}\n`);
    return 0;
  } finally {
    db.close();
  }
};

/** `regioscan goals [--scan ID]... [--json]`, `goals add NAME …`, `goals remove ID`. */
export const runGoals: Subcommand = async (argv, io) => {
  if (argv[0] === 'add') return runAdd(argv.slice(1), io);
  if (argv[0] === 'remove') return runRemove(argv.slice(1), io);
  const { values } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, scan: { type: 'string', multiple: true } });
  const scans = (values.scan ?? []).map((s) => {
    const id = Number(s);
    if (!Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: `--scan neemt een scan-id, niet ${typed(s)}.`, en: `--scan takes a scan id, not ${typed(s)}.` });
    return id;
  });
  const db = await openCliDatabase(values.db);
  try {
    const goals = measureGoals(db, scans);
    if (values.json) {
      io.out(JSON.stringify(goals, null, 2) + '\n');
      return 0;
    }
    if (goals.length === 0) io.out("No goals yet; add one with 'regioscan goals add NAME --where …'.\n");
    for (const g of goals) {
      const aim = [g.target !== null ? `target ${g.target}` : null, g.minReach !== null ? `reach ≥ ${g.minReach}` : null].filter((x) => x !== null).join(', ');
      io.out(`${String(g.id).padStart(4)}  ${g.name}: ${g.count} activities, ${g.initiatives} initiatives, reach ${g.reach}${aim ? ` (${aim}: ${g.met ? 'met' : 'not met'})` : ''}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
