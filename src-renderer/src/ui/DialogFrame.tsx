import { Button, Group, Modal, type MantineColor, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** A `<div>` instead of Mantine's `<header>`: a second banner landmark would confuse screen readers. */
const renderDiv = (props: Record<string, unknown>) => <div {...props} />;

interface DialogFrameProps {
  opened: boolean;
  onClose(): void;
  title: string;
  size?: MantineSize | string;
  testId?: string;
  children: ReactNode;
}

/** The modal frame of the Importeren screen's dialogs, built like the About dialog. */
export function DialogFrame({ opened, onClose, title, size = 'md', testId, children }: DialogFrameProps) {
  const t = useT();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content data-testid={testId}>
        <Modal.Header renderRoot={renderDiv}>
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('about.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

interface DialogActionsProps {
  onCancel(): void;
  busy: boolean;
  confirmLabel: string;
  confirmTestId?: string;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?(): void;
  confirmColor?: MantineColor;
  /** Focus Annuleren first, for dialogs whose confirm button cannot be undone. */
  focusCancel?: boolean;
  /** The confirm button waits for the dialog to be filled in. */
  confirmDisabled?: boolean;
}

/** Annuleren and the confirming button at the bottom right of every dialog. */
export function DialogActions({ onCancel, busy, confirmLabel, confirmTestId, onConfirm, confirmColor, focusCancel = false, confirmDisabled = false }: DialogActionsProps) {
  const t = useT();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus={focusCancel || undefined}>
        {t('dialog.cancel')}
      </Button>
      <Button type={onConfirm ? 'button' : 'submit'} color={confirmColor} onClick={onConfirm} loading={busy} disabled={confirmDisabled} data-testid={confirmTestId}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
