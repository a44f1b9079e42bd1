/**
 * How something on Importeren ended (an import done, failed or cancelled; a round trip applied): an
 * alert the user closes, focused when it appears (`data-import-focus`) so a screen reader reads it.
 */
import { Alert, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

interface OutcomeAlertProps {
  color: MantineColor;
  icon: ReactNode;
  title: ReactNode;
  onClose(): void;
  /** The close button's label; "Melding sluiten" by default. */
  closeLabel?: string;
  testId: string;
  children: ReactNode;
}

export function OutcomeAlert({ color, icon, title, onClose, closeLabel, testId, children }: OutcomeAlertProps) {
  const t = useT();
  return (
    <Alert color={color} variant="light" icon={icon} title={title} withCloseButton closeButtonLabel={closeLabel ?? t('import.done.close')} onClose={onClose} data-testid={testId} tabIndex={-1} data-import-focus>
      {children}
    </Alert>
  );
}
