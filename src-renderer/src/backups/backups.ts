/** Pure helpers of the Backups section: reason texts, sizes and dates. */
import type { BackupInfo } from '../../../src-shared/model';
import type { Language, Translate } from '../i18n/translate';
import { formatDateTime, locale } from '../i18n/format';

/** The backup's reason slug (before-import, before-delete-scan-3, …) in words. */
export function backupReason(reason: string, t: Translate): string {
  const deleteScan = /^before-delete-scan-(\d+)/.exec(reason);
  if (deleteScan) return t('backups.reason.deleteScan', { id: deleteScan[1]! });
  const migration = /^before-migration-(\d+)/.exec(reason);
  if (migration) return t('backups.reason.migration', { version: migration[1]! });
  if (reason.startsWith('before-import')) return t('backups.reason.import');
  if (reason.startsWith('before-roundtrip')) return t('roundtrip.backupReason');
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
