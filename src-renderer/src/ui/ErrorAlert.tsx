/**
 * Main's sentence for a call that failed (a list that did not load, a write that was refused), in the
 * user's language, as a red alert; nothing while there is no error.
 */
import { Alert, type AlertProps } from '@mantine/core';
import type { LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';

type ErrorAlertProps = { error: LocalisedMessage | null | undefined } & Omit<AlertProps, 'children' | 'color' | 'variant'>;

export function ErrorAlert({ error, ...alert }: ErrorAlertProps) {
  const { lang } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" {...alert}>
      {error[lang]}
    </Alert>
  );
}
