/**
 * `regioscan export --scan ID… --out FILE.sqlite` and `regioscan import FILE.sqlite [--replace|--keep-both]
 * [--dry-run] [--json]`: the `.sqlite` side of the export and import commands, which hand over to
 * these when the file is a database (docs/database-merge.md).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openCliDatabase } from '../cli/database';
import { CliUsageError, positiveId, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { writeOutputFile } from '../cli/output-file';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import { clip } from '../errors';
import { readInputFile } from '../import';
import { counted } from '../../src-shared/plural';
import { exportDatabase } from './export';
import { commitMerge, mergeTargets, planMerge, type PlannedScan } from './merge';
import { looksLikeSqlite, tooLarge } from './read-database';
import { readInWorker } from './reader';

const DATABASE_EXTENSIONS = /\.(sqlite3?|db)$/i;

/** The value of `--out` (or `--out=`) on a command line, if any. */
function outOption(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') return argv[i + 1];
    if (a.startsWith('--out=')) return a.slice(6);
  }
  return undefined;
}

/** True when `regioscan export` is asked for a database file (`--out FILE.sqlite`). */
export function exportsDatabase(argv: readonly string[]): boolean {
  const out = outOption(argv);
  return out !== undefined && DATABASE_EXTENSIONS.test(out);
}

const IMPORT_VALUE_OPTIONS = new Set(['--db', '--region', '--year', '--map-column', '--map-value', '--place', '--scan']);

/** True when `regioscan import FILE` names a database: by its extension or its first bytes. */
export function importsDatabase(argv: readonly string[]): boolean {
  let file: string | undefined;
  for (let i = 0; i < argv.length && file === undefined; i++) {
    const a = argv[i]!;
    if (IMPORT_VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('--')) file = a;
  }
  if (file === undefined) return false;
  if (DATABASE_EXTENSIONS.test(file)) return true;
  try {
    const fd = openSync(resolve(file), 'r');
    try {
      const head = Buffer.alloc(16);
      return looksLikeSqlite(head.subarray(0, readSync(fd, head, 0, 16, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

export const runDatabaseExport: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out'], lists: ['scan'] });
  const scans = (values.scan ?? []).map((s) => positiveId(s, { nl: '--scan', en: '--scan' }));
  if (scans.length === 0) throw new CliUsageError({ nl: 'Geef met --scan ID welke scans in de database gaan.', en: 'Name the scans to put in the database with --scan ID.' });
  const out = resolve(values.out!);
  const db = await openCliDatabase(values.db);
  try {
    const bytes = exportDatabase(db, scans);
    writeOutputFile(out, bytes);
    io.out(`Wrote ${counted(new Set(scans).size, 'scan', 'scans')} with their history to ${out}\n`);
    return 0;
  } finally {
    db.close();
  }
};

const scanName = (s: { region: string; year: number | null }) => `${clip(s.region, 80)}${s.year ? ` ${s.year}` : ''}`;

export const runDatabaseImport: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['replace', 'keep-both', 'dry-run', 'json'] }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één BESTAND om te importeren.', en: 'Give exactly one FILE to import.' });
  if (values.replace && values['keep-both']) throw new CliUsageError({ nl: 'Kies één van --replace en --keep-both.', en: 'Choose one of --replace and --keep-both.' });
  const path = resolve(positionals[0]!);
  const bytes = readInputFile(path, tooLarge);
  const db = await openCliDatabase(values.db);
  try {
    if (!values['dry-run']) assertWritable(db);
    const read = await readInWorker(bytes, basename(path));
    const plan = planMerge(db, read);
    const conflict = plan.find((s) => s.existing);
    if (!values['dry-run'] && conflict && !values.replace && !values['keep-both']) {
      throw new CliUsageError({
        nl: `Er is al een scan voor ${scanName(conflict)} (id ${conflict.existing!.id}); voeg --replace toe om die te vervangen of --keep-both om beide te houden.`,
        en: `A scan for ${scanName(conflict)} exists already (id ${conflict.existing!.id}); add --replace to replace it or --keep-both to keep both.`,
      });
    }
    const targets = mergeTargets(plan, () => (values.replace ? 'replace' : 'keep-both'));
    if (!values['dry-run']) await backupBeforeWrite(db, 'before-merge');
    const merged = values['dry-run'] ? null : commitMerge(db, read, targets);
    const report = plan.map((s: PlannedScan, i) => ({
      id: merged?.[i]?.id ?? null,
      sourceId: s.id,
      region: s.region,
      year: s.year,
      title: s.title,
      initiatives: s.initiatives,
      activities: s.activities,
      existing: s.existing?.id ?? null,
      replaced: merged?.[i]?.replaced ?? null,
    }));
    if (values.json) {
      io.out(JSON.stringify({ file: read.file, schemaVersion: read.version, scans: report }, null, 2) + '\n');
    } else {
      for (const r of report) {
        const what = `${r.title} (${scanName(r)}) — ${counted(r.initiatives, 'initiative', 'initiatives')}, ${counted(r.activities, 'activity', 'activities')}`;
        io.out(r.id === null ? `Would merge ${what}${r.existing ? `; a scan for it exists (id ${r.existing})` : ''}.\n` : `Merged scan ${r.id}: ${what}${r.replaced ? ` (replaced scan ${r.replaced})` : ''}.\n`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
};
