/** `regioscan demand import FILE` and `regioscan demand`: the region's demand against the supply. */
import { basename, resolve } from 'node:path';
import { cliLanguageOf, openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { readInputFile } from '../import';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { UserError } from '../errors';
import { writeFileSync } from 'node:fs';
import { demandView, importDemand } from './demand';
import { demandTemplateXlsx } from './template';

const runImportDemand: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json', 'dry-run'] }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één vraagtabel (BESTAND).', en: 'Give exactly one demand table (FILE).' });
  const bytes = readInputFile(resolve(positionals[0]!));
  const db = await openCliDatabase(values.db);
  try {
    const lang = cliLanguageOf(db);
    if (!values['dry-run']) assertWritable(db);
    const report = await importDemand(db, { fileName: basename(positionals[0]!), bytes }, { lang, dryRun: values['dry-run'] === true, beforeWrite: () => backupBeforeWrite(db, 'before-demand-import') });
    if (values.json) io.out(JSON.stringify(report, null, 2) + '\n');
    else {
      io.out(`${report.file}: ${report.status} — ${report.rows} rows, ${report.issues.length} errors\n`);
      for (const i of report.issues) io.out(`  ${i.severity.padEnd(8)} ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.message}\n`);
    }
    if (report.status === 'refused') {
      throw new UserError('demand-refused', { nl: `Niets ingelezen: ${report.file} heeft ${report.issues.length} ${report.issues.length === 1 ? 'fout' : 'fouten'} (zie het verslag).`, en: `Nothing imported: ${report.file} has ${report.issues.length} error${report.issues.length === 1 ? '' : 's'} (see the report).` });
    }
    return 0;
  } finally {
    db.close();
  }
};

/** `regioscan demand template --out FILE.xlsx [--english]`: the empty demand table with its Toelichting (no database is opened). */
const runTemplate: Subcommand = (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out'], flags: ['english'] });
  if (!values.out || !/\.xlsx$/i.test(values.out)) throw new CliUsageError({ nl: 'Geef het bestand met --out BESTAND.xlsx.', en: 'Name the file with --out FILE.xlsx.' });
  const out = resolve(values.out);
  try {
    writeFileSync(out, demandTemplateXlsx(values.english ? 'en' : 'nl'));
  } catch (error) {
    throw new UserError('write-failed', { nl: `${out} kan niet worden geschreven.`, en: `${out} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
  }
  io.out(`${out}\n`);
  return Promise.resolve(0);
};

/** `regioscan demand [filter options] [--english] [--json]`, `demand import FILE`, `demand template --out FILE.xlsx`. */
export const runDemand: Subcommand = async (argv, io) => {
  if (argv[0] === 'import') return runImportDemand(argv.slice(1), io);
  if (argv[0] === 'template') return runTemplate(argv.slice(1), io);
  const { values } = parseCommandOptions(argv, { flags: ['json', 'english'], filter: true });
  const db = await openCliDatabase(values.db);
  try {
    const result = demandView(db, filterFromOptions(db, values), values.english ? 'en' : 'nl');
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    if (result.rows.length === 0) io.out("No demand yet; import a demand table with 'regioscan demand import FILE' (docs/surveys.md).\n");
    for (const c of result.cells.filter((x) => x.demand > 0)) {
      io.out(`  ${`${c.sectorLabel} × ${c.bottleneck}. ${c.bottleneckLabel}`.padEnd(70)} demand ${String(c.demand).padStart(6)}  supply ${String(c.supply).padStart(4)}${c.supply === 0 ? '  (no supply)' : ''}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
