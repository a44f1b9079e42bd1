/** On Importeren: a short pointer to the Back-ups screen, where backups are listed and restored. */
import { Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useT } from '../i18n';
import { formatRoute } from '../routes';
import { ImportPart } from './ImportPart';

export function BackupsLink() {
  const t = useT();
  return (
    <ImportPart id="backups-link-title" title={t('backups.title')} testId="backups-link-section">
      <Group justify="space-between" align="center" gap="sm">
        <Text c="dimmed" size="sm">
          {t('backups.link.text')}
        </Text>
        <Button component="a" href={formatRoute('back-ups')} variant="default" leftSection={<IconHistory size={18} aria-hidden="true" />} data-testid="backups-link">
          {t('backups.link.action')}
        </Button>
      </Group>
    </ImportPart>
  );
}
