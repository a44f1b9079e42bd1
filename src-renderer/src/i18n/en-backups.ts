import type { nlBackups } from './nl-backups';

/** English texts of the backups (Import screen) and the damaged-database banner; the same keys as `nl-backups.ts`. */
export const enBackups: Record<keyof typeof nlBackups, string> = {
  'backups.title': 'Backups',
  'backups.lead': 'Before every import, replacement, deletion, database update and restore, Regioscan makes a backup automatically. The last {keep} are kept in {folder}.',
  'backups.leadNoFile': 'This database lives in memory only and has no backups.',
  'backups.empty': 'No backups yet.',
  'backups.loading': 'Loading backups…',
  'backups.col.createdAt': 'Made on',
  'backups.col.reason': 'Reason',
  'backups.col.size': 'Size',
  'backups.col.actions': 'Actions',
  'backups.create': 'Make a backup now',
  'backups.created': 'Backup made: {name}',
  'backups.restore': 'Restore',
  'backups.restoreLabel': 'Restore the backup of {date}',
  'backups.restore.title': 'Restore backup?',
  'backups.restore.what': 'The database gets the content of the backup of {date} ({reason}). All scans, saved filters and settings become those of that moment.',
  'backups.restore.safety': 'The current content is first kept as a backup itself, so you can undo this.',
  'backups.restore.confirm': 'Restore',
  'backups.restored': 'Backup of {date} restored. The content from before is in the backup ‘{safety}’.',
  'backups.newest': 'newest',

  'backups.reason.import': 'Before an import',
  'backups.reason.deleteScan': 'Before deleting scan {id}',
  'backups.reason.restore': 'Before a restore',
  'backups.reason.damaged': 'Damaged database, before a restore',
  'backups.reason.migration': 'Before a database update (schema {version})',
  'backups.reason.manual': 'Manual',

  'damage.title': 'The database file is damaged',
  'damage.readOnly': 'Regioscan no longer writes to this file. You can view the data as far as it is readable, and restore a backup.',
  'damage.detail': 'Found by the check at start: {detail}',
  'damage.offer': 'Restore the newest good backup (of {date}, {reason}).',
  'damage.noBackup': 'No good backup was found. Keep the file {path} and ask for help.',
  'damage.restore': 'Restore this backup',
  'damage.allBackups': 'All backups',
};
