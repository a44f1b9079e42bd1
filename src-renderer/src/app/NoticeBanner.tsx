import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';

/** Shows `state.notice` (e.g. a setting that could not be saved) until the user dismisses it. */
export function NoticeBanner() {
  const { t, lang } = useI18n();
  const { notice } = useAppState();
  const { dismissNotice } = useAppActions();
  if (!notice) return null;
  return (
    <Alert
      color="red"
      variant="light"
      mb="lg"
      title={t('notice.title')}
      icon={<IconAlertTriangle aria-hidden="true" />}
      withCloseButton
      closeButtonLabel={t('notice.dismiss')}
      onClose={dismissNotice}
      data-testid="notice"
    >
      {notice[lang]}
    </Alert>
  );
}
