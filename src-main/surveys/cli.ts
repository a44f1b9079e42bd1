/**
 * `regioscan survey create|import` and `regioscan impact`: the response workbook, reading filled
 * ones back, and the impact per knelpunt.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { cliLanguageOf, openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { readInputFile } from '../import';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { UserError } from '../errors';
import { counted } from '../../src-shared/plural';
import { fewResponses } from '../../src-shared/surveys-model';
import { impact } from './impact';
import { checkRound, createSurvey, createSurveyPages, FILES_MAX, importSurveys } from './surveys';

function positiveId(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: `${option} neemt een id, niet ${typed(value)}.`, en: `${option} takes an id, not ${typed(value)}.` });
  return id;
}

const runCreate: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['scan', 'initiative', 'round', 'out'], flags: ['english'] }, true);
  if (positionals.length > 0) throw new CliUsageError({ nl: `Onverwacht argument ${typed(positionals[0]!)}.`, en: `Unexpected argument ${typed(positionals[0]!)}.` });
  const scan = positiveId('--scan', values.scan);
  if (scan === undefined) throw new CliUsageError({ nl: 'Geef de scan met --scan ID.', en: 'Name the scan with --scan ID.' });
  if (!values.out || !/\.(xlsx|pdf)$/i.test(values.out)) throw new CliUsageError({ nl: 'Geef het bestand met --out BESTAND.xlsx (werkboek) of --out BESTAND.pdf (een A4-pagina per activiteit).', en: 'Name the file with --out FILE.xlsx (workbook) or --out FILE.pdf (one A4 page per activity).' });
  const pdf = /\.pdf$/i.test(values.out);
  const initiative = positiveId('--initiative', values.initiative);
  const round = checkRound(values.round);
  const db = await openCliDatabase(values.db);
  try {
    const which = { scan, ...(initiative !== undefined ? { initiative } : {}), round };
    const made: { bytes: Buffer; activities: number; pages?: number } = pdf ? await createSurveyPages(db, { ...which, lang: values.english ? 'en' : 'nl', date: new Date() }) : createSurvey(db, which);
    const out = resolve(values.out);
    try {
      writeFileSync(out, made.bytes);
    } catch (error) {
      throw new UserError('write-failed', { nl: `${out} kan niet worden geschreven.`, en: `${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
    }
    io.out(`${out}: ${counted(made.activities, 'activity', 'activities')}${made.pages !== undefined ? `, ${counted(made.pages, 'page', 'pages')}` : ''}\n`);
    return 0;
  } finally {
    db.close();
  }
};

const runImportResponses: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['round'], flags: ['json', 'dry-run'] }, true);
  if (positionals.length === 0) throw new CliUsageError({ nl: 'Geef een of meer ingevulde vragenlijsten (BESTAND…).', en: 'Give one or more filled questionnaires (FILE…).' });
  if (positionals.length > FILES_MAX) throw new CliUsageError({ nl: `Lees hooguit ${FILES_MAX} bestanden tegelijk in.`, en: `Import at most ${FILES_MAX} files at once.` });
  const round = checkRound(values.round);
  const files = positionals.map((p) => ({ fileName: basename(p), bytes: readInputFile(resolve(p)) }));
  const db = await openCliDatabase(values.db);
  try {
    const lang = cliLanguageOf(db);
    if (!values['dry-run']) assertWritable(db);
    const final = await importSurveys(db, files, { round, lang, dryRun: values['dry-run'] === true, beforeWrite: () => backupBeforeWrite(db, 'before-survey-import') });
    const refused = final.files.filter((f) => f.status === 'refused');
    if (values.json) io.out(JSON.stringify(final, null, 2) + '\n');
    else {
      for (const f of final.files) {
        io.out(`${f.file}: ${f.status}${f.round ? ` (${f.round})` : ''} — ${counted(f.responses, 'response', 'responses')}, ${counted(f.answers, 'answer', 'answers')}, ${counted(f.issues.length, 'error', 'errors')}\n`);
        for (const i of f.issues) io.out(`  ${i.severity.padEnd(8)} ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.message}\n`);
      }
    }
    if (refused.length > 0) {
      const cells = refused.reduce((n, f) => n + f.issues.length, 0);
      throw new UserError('survey-refused', {
        nl: `Niets ingelezen: ${refused.map((f) => f.file).join(', ')} ${refused.length === 1 ? 'heeft' : 'hebben'} ${cells} ${cells === 1 ? 'fout' : 'fouten'} (zie het verslag).`,
        en: `Nothing imported: ${refused.map((f) => f.file).join(', ')} ${refused.length === 1 ? 'has' : 'have'} ${counted(cells, 'error', 'errors')} (see the report).`,
      });
    }
    return 0;
  } finally {
    db.close();
  }
};

/** `regioscan survey create …` and `regioscan survey import …`. */
export const runSurvey: Subcommand = async (argv, io) => {
  const [action, ...rest] = argv;
  if (action === 'create') return runCreate(rest, io);
  if (action === 'import') return runImportResponses(rest, io);
  throw new CliUsageError({ nl: `survey neemt create of import, niet ${typed(action ?? '')}.`, en: `survey takes create or import, not ${typed(action ?? '')}.` });
};

/** `regioscan impact [filter options] [--round LABEL] [--json]`. */
export const runImpact: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['round'], flags: ['json', 'english'], filter: true });
  const round = checkRound(values.round);
  const db = await openCliDatabase(values.db);
  try {
    const result = impact(db, { filter: filterFromOptions(db, values), round, language: values.english ? 'en' : 'nl' });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(result.activities, 'activity', 'activities')}${round ? `, round ${round}` : ''}\n`);
    for (const b of result.bottlenecks) {
      io.out(`  ${`${b.code}. ${b.label}`.padEnd(48)} targeted ${String(b.targetedActivities).padStart(4)}  responses ${String(b.responses).padStart(4)}  mean ${b.mean === null ? '   –' : b.mean.toFixed(2)}${fewResponses(b.responses) ? ' (few)' : ''}\n`);
    }
    const none = result.byInitiative.filter((i) => i.responses === 0);
    if (none.length > 0) io.out(`No responses yet: ${none.map((i) => i.name).join('; ')}\n`);
    return 0;
  } finally {
    db.close();
  }
};
