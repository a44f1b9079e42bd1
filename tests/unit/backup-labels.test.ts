/** How the Backups section names a backup's reason and size (src-renderer/src/backups/backups.ts). */
import { describe, expect, it } from 'vitest';
import { backupReason, formatBytes } from '../../src-renderer/src/backups/backups';
import { translate, type MessageKey } from '../../src-renderer/src/i18n/translate';

describe('backup labels', () => {
  const nl = (key: MessageKey, vars?: Record<string, string | number>) => translate('nl', key, vars);
  const en = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

  it('say why each backup was made, in both languages', () => {
    expect(backupReason('before-import', nl)).toBe('Vóór een import');
    expect(backupReason('before-delete-scan-7', nl)).toBe('Vóór verwijderen van scan 7');
    expect(backupReason('before-migration-2', en)).toBe('Before a database update (schema 2)');
    expect(backupReason('damaged-before-restore', nl)).toBe('Beschadigde database, vóór terugzetten');
    expect(backupReason('before-restore-1', en)).toBe('Before a restore');
    expect(backupReason('manual', nl)).toBe('Handmatig');
    // An unknown reason (a newer app's) is shown as written, not dropped.
    expect(backupReason('before-something-new', nl)).toBe('before-something-new');
  });

  it('give sizes in the number format of the language', () => {
    expect(formatBytes(512, 'nl')).toBe('512 B');
    expect(formatBytes(270_336, 'nl')).toBe('264 kB');
    expect(formatBytes(58_720_256, 'nl')).toBe('56 MB');
    expect(formatBytes(1_610_612_736, 'en')).toBe('1.5 GB');
    expect(formatBytes(1_610_612_736, 'nl')).toBe('1,5 GB');
  });
});
