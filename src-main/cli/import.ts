import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../errors';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { openDatabase } from '../db/open';
import type { ImportIssue } from '../import/issues';
import { commitImport, findExisting, prepareImport } from '../import/pipeline';
import { LIMITS } from '../import/limits';
import { countOrganisations } from '../import/preview';
import { resolveDatabasePath } from '../paths';
import { CliUsageError, parseOptions, type Subcommand } from './types';

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
  if (positionals.length !== 1) throw new CliUsageError('give exactly one FILE to import.');
  if (values.replace && values['keep-both']) throw new CliUsageError('choose one of --replace and --keep-both.');
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100)) throw new CliUsageError(`--year takes a year such as 2022, not '${values.year}'.`);
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
  const db = await openDatabase(resolveDatabasePath(values.db));
  try {
    // A damaged database is not written to (a dry run only reads).
    if (!values['dry-run']) assertWritable(db);
    const prepared = await prepareImport(db, bytes, basename(path), { ...(values.region ? { region: values.region } : {}), ...(year ? { year } : {}) });
    const conflicts = prepared.scans.map((s) => ({ scan: s, existing: findExisting(db, s.data) })).filter((c) => c.existing);
    if (!values['dry-run'] && conflicts.length > 0 && !values.replace && !values['keep-both']) {
      const c = conflicts[0]!;
      throw new CliUsageError(`a scan for ${c.scan.data.scan.region} ${c.scan.data.scan.year ?? ''} exists already (id ${c.existing!.id}); add --replace to replace it or --keep-both to keep both.`.replace(' )', ')'));
    }
    if (!values['dry-run']) await backupBeforeWrite(db, 'before-import');
    const results = values['dry-run'] ? undefined : commitImport(db, prepared, () => (values.replace ? 'replace' : 'keep-both'));
    const reports = prepared.scans.map((s, i) => {
      const result = results?.[i];
      const organisations = countOrganisations(s.data);
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
            `${r.counts.initiatives} initiatives, ${r.counts.activities} activities, ${r.counts.organisations} organisations; ` +
            `${bySeverity('error')} errors, ${bySeverity('warning')} warnings, ${bySeverity('unmapped')} unmapped values.\n`,
        );
        for (const i of r.issues) io.out(`  ${i.severity.padEnd(8)} ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.message}\n`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
};
