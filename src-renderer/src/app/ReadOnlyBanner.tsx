/**
 * Shown on every screen when the database cannot be written: a file that is read-only or immutable
 * (main shows it from a copy in memory and says that what is only in its -wal file is not shown), or
 * `regioscan serve --read-only`. Every change the user tries is refused by main with one sentence.
 */
import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { useAppInfo } from '../state/appData';

export function ReadOnlyBanner() {
  const { t, lang } = useI18n();
  const appInfo = useAppInfo();
  // A damaged file has its own banner, which says that nothing is written either.
  if (!appInfo?.readOnly || appInfo.damage) return null;
  return (
    <Alert color="yellow" variant="light" mb="lg" title={t('readOnly.title')} icon={<IconLock aria-hidden="true" />} role="status" data-testid="read-only-banner">
      <Text size="sm">{appInfo.readOnlyFile?.[lang] ?? t('readOnly.opened')}</Text>
      <Text size="xs" mt={4} className="rs-file-name">
        {t('readOnly.file', { path: appInfo.databasePath })}
      </Text>
    </Alert>
  );
}
