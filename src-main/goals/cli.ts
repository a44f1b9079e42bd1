/**
 * `regioscan goals`: list the region's goals measured against the scans, add, edit or remove one,
 * compare them across scans, export them (.xlsx, or a .regioscan-goals.json another database can
 * import) and import such a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { readInputFile } from '../import';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { assertWritable } from '../db/health';
import { UserError } from '../errors';
import { scanLabels, scanNames } from '../scans';
import { packageVersion } from '../version';
import { compareGoals } from './compare';
import { goalsXlsx } from './export';
import { goalsFile, importGoalsFile } from './goal-file';
import { addGoal, measureGoals, removeGoal, storedGoals, updateGoal } from './goals';

function count(option: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new CliUsageError({ nl: `${option} neemt een geheel getal vanaf 0, niet ${typed(value)}.`, en: `${option} takes a whole number from 0, not ${typed(value)}.` });
  return n;
}

function goalId(text: string | undefined): number {
  const id = Number(text);
  if (text === undefined || !Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: "Geef het ID van het doel (zie 'regioscan goals').", en: "Give the goal's ID (see 'regioscan goals')." });
  return id;
}

function scanIds(values: readonly string[] | undefined): number[] {
  return (values ?? []).map((s) => {
    const id = Number(s);
    if (!Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: `--scan neemt een scan-id, niet ${typed(s)}.`, en: `--scan takes a scan id, not ${typed(s)}.` });
    return id;
  });
}

function writeOut(path: string, bytes: Buffer): string {
  const out = resolve(path);
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new UserError('write-failed', { nl: `${out} kan niet worden geschreven.`, en: `${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
  }
  return out;
}

const runAdd: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['target', 'min-reach'], flags: ['json'], filter: true }, true);
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

/** `goals edit ID [--name NAME] [--target N|none] [--min-reach N|none] [--json]`: the filter stays. */
const runEdit: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['name', 'target', 'min-reach'], flags: ['json'] }, true);
  if (positionals.length !== 1) goalId(undefined);
  const id = goalId(positionals[0]);
  const optional = (option: string, value: string | undefined) => (value === undefined || value.trim().toLowerCase() === 'none' ? null : count(option, value));
  const db = await openCliDatabase(values.db);
  try {
    const goal = storedGoals(db).find((g) => g.id === id);
    if (!goal) throw new UserError('not-found', { nl: `Er is geen doel met ID ${id}.`, en: `There is no goal with ID ${id}.` });
    const updated = updateGoal(db, id, {
      name: values.name ?? goal.name,
      filter: goal.filter,
      target: values.target === undefined ? goal.target : optional('--target', values.target),
      minReach: values['min-reach'] === undefined ? goal.minReach : optional('--min-reach', values['min-reach']),
    });
    io.out(values.json ? JSON.stringify(updated, null, 2) + '\n' : `Goal ${updated.id} "${updated.name}": ${updated.count} activities, reach ${updated.reach}${updated.met === null ? '' : updated.met ? ' — met' : ' — not met'}\n`);
    return 0;
  } finally {
    db.close();
  }
};

const runRemove: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, {}, true);
  if (positionals.length !== 1) goalId(undefined);
  const id = goalId(positionals[0]);
  const db = await openCliDatabase(values.db);
  try {
    if (removeGoal(db, id).deleted === 0) throw new UserError('not-found', { nl: `Er is geen doel met ID ${id}.`, en: `There is no goal with ID ${id}.` });
    io.out(`Removed goal ${id}\n`);
    return 0;
  } finally {
    db.close();
  }
};

/** `goals compare [--scan ID]... [--json]`: each goal in each scan on its own (default: every scan). */
const runCompare: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'], lists: ['scan'] });
  const wanted = scanIds(values.scan);
  const db = await openCliDatabase(values.db);
  try {
    const scans = wanted.length > 0 ? wanted : scanNames(db).map((s) => s.id);
    const result = compareGoals(db, scans);
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    for (const g of result.goals) {
      io.out(`${String(g.id).padStart(4)}  ${g.name}\n`);
      for (const s of g.perScan) io.out(`      ${result.scans.find((x) => x.id === s.scan)!.label.padEnd(36)} ${String(s.count).padStart(5)} activities  reach ${String(s.reach).padStart(7)}${s.met === null ? '' : s.met ? '  met' : '  not met'}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

/** `goals export --out FILE.xlsx|FILE.regioscan-goals.json [--scan ID]... [--english]`. */
const runExport: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out'], flags: ['english'], lists: ['scan'] });
  const xlsx = values.out !== undefined && /\.xlsx$/i.test(values.out);
  if (values.out === undefined || (!xlsx && !/\.json$/i.test(values.out))) throw new CliUsageError({ nl: 'Geef het bestand met --out BESTAND.xlsx of --out BESTAND.regioscan-goals.json.', en: 'Name the file with --out FILE.xlsx or --out FILE.regioscan-goals.json.' });
  const wanted = scanIds(values.scan);
  const db = await openCliDatabase(values.db);
  try {
    const goals = storedGoals(db).length;
    if (xlsx) {
      const scans = wanted.length > 0 ? wanted : scanNames(db).map((s) => s.id);
      const lang = values.english ? 'en' : 'nl';
      const bytes = goalsXlsx(db, measureGoals(db, scans), compareGoals(db, scans), { version: packageVersion(), date: new Date(), lang, scanLabel: scanLabels(db) });
      io.out(`${writeOut(values.out, bytes)}: ${goals} goals\n`);
    } else {
      io.out(`${writeOut(values.out, Buffer.from(goalsFile(db).text, 'utf8'))}: ${goals} goals\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

/** `goals import FILE.regioscan-goals.json [--json]`. */
const runImport: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één doelenbestand (BESTAND.regioscan-goals.json).', en: 'Give exactly one goals file (FILE.regioscan-goals.json).' });
  const text = readInputFile(resolve(positionals[0]!)).toString('utf8');
  const db = await openCliDatabase(values.db);
  try {
    assertWritable(db);
    const result = importGoalsFile(db, text);
    if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
    else {
      io.out(`Imported ${result.imported} goals${result.names.length > 0 ? `: ${result.names.join(', ')}` : ''}\n`);
      if (result.missingScans.length > 0) io.out(`Not in this database (the goals count every scan instead): ${result.missingScans.join(', ')}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = { add: runAdd, edit: runEdit, remove: runRemove, compare: runCompare, export: runExport, import: runImport };

/** `regioscan goals [--scan ID]... [--json]`, and `goals add|edit|remove|compare|export|import …`. */
export const runGoals: Subcommand = async (argv, io) => {
  const sub = argv[0] !== undefined ? SUBCOMMANDS[argv[0]] : undefined;
  if (sub) return sub(argv.slice(1), io);
  const { values } = parseCommandOptions(argv, { flags: ['json'], lists: ['scan'] });
  const scans = scanIds(values.scan);
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
