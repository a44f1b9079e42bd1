/** Pure helpers of the Backups section: reason texts, sizes, and the note that survives the reload after a restore. */
import type { BackupInfo, RestoreResult } from '../../../src-shared/model';
import type { Language, Translate } from '../i18n';
import { formatDateTime, locale } from './format';

/** The backup's reason slug (before-import, before-delete-scan-3, …) in words. */
export function backupReason(reason: string, t: Translate): string {
  const deleteScan = /^before-delete-scan-(\d+)/.exec(reason);
  if (deleteScan) return t('backups.reason.deleteScan', { id: deleteScan[1]! });
  const migration = /^before-migration-(\d+)/.exec(reason);
  if (migration) return t('backups.reason.migration', { version: migration[1]! });
  if (reason.startsWith('before-import')) return t('backups.reason.import');
  if (reason.startsWith('damaged-before-restore')) return t('backups.reason.damaged');
  if (reason.startsWith('before-restore')) return t('backups.reason.restore');
  if (reason.startsWith('manual')) return t('backups.reason.manual');
  return reason;
}

export function formatBytes(bytes: number, lang: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

export function backupDate(backup: BackupInfo, lang: Language): string {
  return formatDateTime(backup.createdAt, lang);
}

const RESTORED_KEY = 'regioscan.restored';

/** Kept for the page that loads after the restore (the app reloads all its data). */
export function rememberRestore(result: RestoreResult): void {
  try {
    sessionStorage.setItem(RESTORED_KEY, JSON.stringify(result));
  } catch {
    // Without session storage the reload simply shows no note.
  }
}

/** The restore that just happened, once. */
export function takeRestoreNote(): RestoreResult | null {
  try {
    const raw = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return raw ? (JSON.parse(raw) as RestoreResult) : null;
  } catch {
    return null;
  }
}
