/**
 * Asks before a backup replaces the database's content; after main restored it, the app reloads
 * (on the Back-ups screen, which says what happened): every list, filter
 * count and setting then comes from the restored database.
 */
import { Text } from '@mantine/core';
import type { BackupInfo } from '../../../src-shared/model';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { formatRoute } from '../routes';
import { backupDate, backupReason } from './backups';
import { rememberRestore } from './restoreNote';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';

interface RestoreBackupDialogProps {
  backup: BackupInfo;
  opened: boolean;
  onClose(): void;
}

/** replaceState fires no hashchange: the current page must not mount (and consume) the note before the reload. */
function reloadOnBackupsScreen(): void {
  const url = new URL(window.location.href);
  url.hash = formatRoute('back-ups');
  window.history.replaceState(window.history.state, '', url);
  window.location.reload();
}

export function RestoreBackupDialog({ backup, opened, onClose }: RestoreBackupDialogProps) {
  const { t, lang } = useI18n();
  const restore = useApiMutation('backups.restore');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('backups.restore.title')}
      testId="restore-dialog"
      confirmLabel={t('backups.restore.confirm')}
      confirmTestId="restore-confirm"
      remove={() => restore.run({ name: backup.name }).then(rememberRestore)}
      onDone={reloadOnBackupsScreen}
    >
      <Text size="sm">{t('backups.restore.what', { date: backupDate(backup, lang), reason: backupReason(backup.reason, t) })}</Text>
      <Text size="sm">{t('backups.restore.safety')}</Text>
    </ConfirmDeleteDialog>
  );
}
