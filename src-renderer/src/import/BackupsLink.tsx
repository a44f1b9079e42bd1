/** On Importeren: a short pointer to the Back-ups screen, where backups are listed and restored. */
import { Button, Group, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useT } from '../i18n';
import { formatRoute } from '../routes';

export function BackupsLink() {
  const t = useT();
  return (
    <section aria-labelledby="backups-link-title" data-testid="backups-link-section">
      <Title order={2} id="backups-link-title" fz="h2" mb={4}>
        {t('backups.title')}
      </Title>
      <Group justify="space-between" align="center" gap="sm">
        <Text c="dimmed" size="sm">
          {t('backups.link.text')}
        </Text>
        <Button component="a" href={formatRoute('back-ups')} variant="default" leftSection={<IconHistory size={18} aria-hidden="true" />} data-testid="backups-link">
          {t('backups.link.action')}
        </Button>
      </Group>
    </section>
  );
}
