/**
 * A dialog that says what will be removed and asks for confirmation; it calls main, closes on
 * success and shows main's sentence on failure. Shared by scan and saved-filter deletion.
 */
import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { DialogActions, DialogFrame } from './DialogFrame';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDeleteDialogProps {
  opened: boolean;
  onClose(): void;
  title: string;
  testId: string;
  confirmLabel: string;
  confirmTestId: string;
  /** The call to main that deletes. */
  remove(): Promise<unknown>;
  /** After main deleted (before the dialog closes); the lists follow main's announcement by themselves. */
  onDone?(): void;
  children: ReactNode;
}

export function ConfirmDeleteDialog({ opened, onClose, title, testId, confirmLabel, confirmTestId, remove, onDone, children }: ConfirmDeleteDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalisedMessage | null>(null);

  const confirm = () => {
    setBusy(true);
    remove().then(
      () => {
        setBusy(false);
        onDone?.();
        onClose();
      },
      (cause: unknown) => {
        setBusy(false);
        setError(toApiError(cause).userMessage);
      },
    );
  };

  return (
    <DialogFrame opened={opened} onClose={onClose} title={title} testId={testId}>
      <Stack gap="md">
        {children}
        <ErrorAlert error={error} />
        <DialogActions onCancel={onClose} busy={busy} confirmLabel={confirmLabel} confirmTestId={confirmTestId} onConfirm={confirm} confirmColor="red.9" focusCancel />
      </Stack>
    </DialogFrame>
  );
}
