/**
 * The automatic backups beside the database, and restoring one: the body of the Back-ups screen.
 * `labelledBy` is the id of the heading that titles it (the screen's h1).
 */
import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconDatabaseExport, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppInfo } from '../state/appData';
import { backupDate, backupReason, formatBytes } from './backups';
import { takeRestoreNote } from './restoreNote';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

export function BackupsSection({ labelledBy }: { labelledBy: string }) {
  const { t, lang } = useI18n();
  const appInfo = useAppInfo();
  // An import, delete, restore or a backup made here adds one: main announces it, and the list follows.
  const { value: list, error: listError } = useApiQuery('backups.list', {}, { keepPrevious: true });
  const create = useApiMutation('backups.create');
  const error = create.error ?? listError;
  const [restoreNote, setRestoreNote] = useState<RestoreResult | null>(() => takeRestoreNote());
  const [created, setCreated] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ backup: BackupInfo; key: number } | null>(null);
  const [opened, setOpened] = useState(false);
  const readOnly = appInfo?.readOnly ?? false;
  const damaged = appInfo?.damage != null;

  const createNow = () => create.run({}).then((made) => setCreated(made.name), () => undefined);

  const openRestore = (backup: BackupInfo) => {
    setDialog((current) => ({ backup, key: (current?.key ?? 0) + 1 }));
    setOpened(true);
  };

  const backups = list?.backups ?? [];
  return (
    <section aria-labelledby={labelledBy} id="backups" data-testid="backups-section">
      <Group justify="space-between" align="center" gap="md" mb="md">
        <Text c="dimmed" size="sm" maw={760}>
          {list && !list.folder ? t('backups.leadNoFile') : t('backups.lead', { keep: list?.keep ?? 10, folder: list?.folder ?? '…' })}
        </Text>
        {list?.folder && !readOnly && !damaged && (
          <Button variant="default" leftSection={<IconDatabaseExport size={18} aria-hidden="true" />} onClick={createNow} data-testid="backup-create">
            {t('backups.create')}
          </Button>
        )}
      </Group>

      {restoreNote && (
        <Alert color="teal" variant="light" mb="sm" withCloseButton onClose={() => setRestoreNote(null)} closeButtonLabel={t('notice.dismiss')} data-testid="restore-result">
          {t('backups.restored', { date: backupDate(restoreNote.restored, lang), safety: restoreNote.safetyBackup?.name ?? '–' })}
        </Alert>
      )}
      {created && (
        <Alert color="teal" variant="light" mb="sm" withCloseButton onClose={() => setCreated(null)} closeButtonLabel={t('notice.dismiss')}>
          {t('backups.created', { name: created })}
        </Alert>
      )}
      <ErrorAlert error={error} mb="sm" />

      {list?.folder !== null && (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table data-testid="backups-table" aria-labelledby={labelledBy} striped withTableBorder verticalSpacing="xs" fz="sm">
            <TableHead columns={[t('backups.col.createdAt'), t('backups.col.reason'), { label: t('backups.col.size'), ta: 'right' }, { label: t('backups.col.actions'), hidden: true }]} />
            <Table.Tbody>
              {backups.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed" py="xs">
                      {list ? t('backups.empty') : t('backups.loading')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {backups.map((backup, index) => (
                <Table.Tr key={backup.name} data-testid="backup-row" data-reason={backup.reason}>
                  <Table.Td className="rs-nowrap">
                    {backupDate(backup, lang)}
                    {index === 0 && (
                      <Badge variant="outline" color="gray" c="dimmed" tt="none" size="sm" radius="sm" ml={6}>
                        {t('backups.newest')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{backupReason(backup.reason, t)}</Table.Td>
                  <Table.Td ta="right" className="rs-num rs-nowrap">{formatBytes(backup.bytes, lang)}</Table.Td>
                  <Table.Td ta="right">
                    {!readOnly && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconHistory size={16} aria-hidden="true" />}
                        aria-label={t('backups.restoreLabel', { date: backupDate(backup, lang) })}
                        onClick={() => openRestore(backup)}
                        data-testid="backup-restore"
                      >
                        {t('backups.restore')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {dialog && <RestoreBackupDialog key={dialog.key} backup={dialog.backup} opened={opened} onClose={() => setOpened(false)} />}
    </section>
  );
}
