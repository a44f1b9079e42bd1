/** `regioscan backup`, `regioscan backups` and `regioscan restore`: the Backups screen on the command line. */
import { openCliDatabase } from '../cli/database';
import { createBackup, listBackups } from '../db/backups';
import { assertNotReadOnly, assertWritable, databaseDamage } from '../db/health';
import { backupInfo, restoreBackup } from '../db/restore';
import { resolveDatabasePath } from '../paths';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

export const runBackup: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, {});
  const db = await openCliDatabase(values.db);
  try {
    // A copy of a damaged file would look like a good restore point.
    assertWritable(db);
    io.out(`${await createBackup(db, db.name, 'manual')}\n`);
    return 0;
  } finally {
    db.close();
  }
};

export const runBackups: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'] });
  const path = resolveDatabasePath(values.db);
  const backups = listBackups(path);
  if (values.json) io.out(JSON.stringify(backups.map(backupInfo), null, 2) + '\n');
  else if (backups.length === 0) io.out(`No backups yet beside ${path}.\n`);
  else for (const b of backups) io.out(`${b.name}  ${b.createdAt}  ${b.reason}  ${kilobytes(b.bytes)}\n`);
  return 0;
};

export const runRestore: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['latest'] }, true);
  if (values.latest ? positionals.length !== 0 : positionals.length !== 1) {
    throw new CliUsageError({ nl: "Geef de NAAM van één back-up (zie 'regioscan backups') of --latest.", en: "Give the NAME of one backup (see 'regioscan backups') or --latest." });
  }
  const db = await openCliDatabase(values.db);
  try {
    assertNotReadOnly(db);
    const name = values.latest ? listBackups(db.name)[0]?.name : positionals[0]!;
    if (!name) throw new CliUsageError({ nl: `Er zijn geen back-ups naast ${db.name}.`, en: `There are no backups beside ${db.name}.` });
    const wasDamaged = databaseDamage(db) !== null;
    const result = await restoreBackup(db, name);
    io.out(`Restored ${result.restored.name} (schema ${result.schemaVersion}).\n`);
    if (result.safetyBackup) io.out(`The database as it was${wasDamaged ? ' (damaged)' : ''} is in ${result.safetyBackup.name}.\n`);
    return 0;
  } finally {
    db.close();
  }
};
