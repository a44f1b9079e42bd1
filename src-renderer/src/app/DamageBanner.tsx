/**
 * Shown on every screen when the database failed its integrity check at start: main writes nothing
 * to it, and the newest good backup is offered for restoring (after the usual confirmation).
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDatabaseX } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { backupDate, backupReason } from '../backups/backups';
import { RestoreBackupDialog } from '../backups/RestoreBackupDialog';
import { useAppActions } from '../state/AppStateProvider';
import { useAppInfo } from '../state/appData';

export function DamageBanner() {
  const { t, lang } = useI18n();
  const appInfo = useAppInfo();
  const { navigate } = useAppActions();
  const [opened, setOpened] = useState(false);
  const damage = appInfo?.damage;
  if (!damage) return null;
  const offer = damage.newestGoodBackup;
  return (
    <Alert color="red" variant="light" mb="lg" title={t('damage.title')} icon={<IconDatabaseX aria-hidden="true" />} role="alert" data-testid="damage-banner">
      <Text size="sm">{t('damage.readOnly')}</Text>
      <Text size="xs" mt={4} className="rs-file-name">
        {t('damage.detail', { detail: damage.problems.slice(0, 2).join('; ') })}
      </Text>
      <Text size="sm" mt={4} fw={600}>
        {offer ? t('damage.offer', { date: backupDate(offer, lang), reason: backupReason(offer.reason, t) }) : t('damage.noBackup', { path: appInfo.databasePath })}
      </Text>
      <Group gap="sm" mt="sm">
        {offer && !appInfo.readOnly && (
          <Button color="red.9" onClick={() => setOpened(true)} data-testid="damage-restore">
            {t('damage.restore')}
          </Button>
        )}
        <Button variant="default" onClick={() => navigate('back-ups')}>
          {t('damage.allBackups')}
        </Button>
      </Group>
      {offer && <RestoreBackupDialog backup={offer} opened={opened} onClose={() => setOpened(false)} />}
    </Alert>
  );
}
