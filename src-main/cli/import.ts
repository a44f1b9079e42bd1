import { openCliDatabase } from './database';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { clip, UserError } from '../errors';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { nameKey } from '../import/cells';
import type { ImportIssue } from '../import/issues';
import { commitImport, findExisting, importTargets, prepareImport } from '../import/pipeline';
import { LIMITS } from '../import/limits';
import { CliUsageError, parseOptions, typed, type Subcommand } from './types';
import { counted } from '../../src-shared/plural';

function issueJson(i: ImportIssue) {
  return { severity: i.severity, sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.message };
}

export const runImport: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(
    argv,
    {
      db: { type: 'string' },
      region: { type: 'string' },
      year: { type: 'string' },
      replace: { type: 'boolean' },
      'keep-both': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één BESTAND om te importeren.', en: 'Give exactly one FILE to import.' });
  if (values.replace && values['keep-both']) throw new CliUsageError({ nl: 'Kies één van --replace en --keep-both.', en: 'Choose one of --replace and --keep-both.' });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100)) throw new CliUsageError({ nl: `--year neemt een jaartal zoals 2022, niet ${typed(String(values.year))}.`, en: `--year takes a year such as 2022, not ${typed(String(values.year))}.` });
  const path = resolve(positionals[0]!);
  let bytes: Buffer;
  try {
    if (statSync(path).size > LIMITS.fileBytes) {
      throw new UserError('import-refused', { nl: `${basename(path)} is te groot voor een scan.`, en: `${basename(path)} is too large for a scan (more than ${LIMITS.fileBytes / 1024 / 1024} MB).` });
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('import-refused', { nl: `${path} kan niet worden gelezen.`, en: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
  }
  const db = await openCliDatabase(values.db);
  try {
    // A damaged database is not written to (a dry run only reads).
    if (!values['dry-run']) assertWritable(db);
    const prepared = await prepareImport(db, bytes, basename(path), { ...(values.region ? { region: values.region } : {}), ...(year ? { year } : {}) });
    const conflicts = prepared.scans.map((s) => ({ scan: s, existing: findExisting(db, s.data) })).filter((c) => c.existing);
    if (!values['dry-run'] && conflicts.length > 0 && !values.replace && !values['keep-both']) {
      const c = conflicts[0]!;
      const scan = `${clip(c.scan.data.scan.region, 80)}${c.scan.data.scan.year ? ` ${c.scan.data.scan.year}` : ''}`;
      throw new CliUsageError({
        nl: `Er is al een scan voor ${scan} (id ${c.existing!.id}); voeg --replace toe om die te vervangen of --keep-both om beide te houden.`,
        en: `A scan for ${scan} exists already (id ${c.existing!.id}); add --replace to replace it or --keep-both to keep both.`,
      });
    }
    // The scans to replace are the ones just checked, carried to the commit (not looked up again after the backup).
    const targets = importTargets(db, prepared, () => (values.replace ? 'replace' : 'keep-both'));
    if (!values['dry-run']) await backupBeforeWrite(db, 'before-import');
    const results = values['dry-run'] ? undefined : commitImport(db, prepared, targets);
    const reports = prepared.scans.map((s, i) => {
      const result = results?.[i];
      const organisations = new Set(s.data.activities.flatMap((a) => a.providers.map((p) => nameKey(p.organisation)))).size;
      return {
        scan: { id: result?.scanId ?? null, region: s.data.scan.region, year: s.data.scan.year, title: s.data.scan.title },
        counts: result?.counts ?? { activities: s.data.activities.length, initiatives: s.data.initiatives.length, organisations },
        issues: (result?.issues ?? s.issues).map(issueJson),
      };
    });
    if (values.json) {
      io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
    } else {
      for (const r of reports) {
        const bySeverity = (s: string) => r.issues.filter((i) => i.severity === s).length;
        io.out(
          `${values['dry-run'] ? 'Would import' : `Imported scan ${r.scan.id}:`} ${r.scan.title} (${r.scan.region}${r.scan.year ? ` ${r.scan.year}` : ''}) — ` +
            `${counted(r.counts.initiatives, 'initiative', 'initiatives')}, ${counted(r.counts.activities, 'activity', 'activities')}, ${counted(r.counts.organisations, 'organisation', 'organisations')}; ` +
            `${counted(bySeverity('error'), 'error', 'errors')}, ${counted(bySeverity('warning'), 'warning', 'warnings')}, ${counted(bySeverity('unmapped'), 'unmapped value', 'unmapped values')}.\n`,
        );
        for (const i of r.issues) io.out(`  ${i.severity.padEnd(8)} ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.message}\n`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
};
