/**
 * The frame both edit forms of the detail panel share (ActivityEditForm, InitiativeEditForm): a form
 * with its title, the fields, main's refusal in words, and Annuleren / Opslaan. Saving sends only
 * what changed, through one edit channel: one change group, one Ctrl+Z; nothing changed says so.
 */
import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { EditOutcome } from '../../../../src-shared/model';
import type { LocalisedMessage } from '../../api/errors';
import { useI18n } from '../../i18n';
import { DialogActions } from '../DialogFrame';
import { useToast } from '../Toast';
import { ErrorAlert } from '../ErrorAlert';

interface EditFormFrameProps<S extends object> {
  title: string;
  testId: string;
  /** The change to send (only what differs from the row as shown). */
  changes(): S;
  /** Sends it through the form's edit channel (its mutation's busy and error shown here). */
  save: { run(set: S): Promise<EditOutcome>; busy: boolean; error: LocalisedMessage | null };
  onDone(): void;
  children: ReactNode;
}

export function EditFormFrame<S extends object>({ title, testId, changes, save, onDone, children }: EditFormFrameProps<S>) {
  const { t } = useI18n();
  const notify = useToast();

  const submit = () => {
    const set = changes();
    if (Object.keys(set).length === 0) {
      notify(t('edit.nothingChanged'));
      onDone();
      return;
    }
    save.run(set).then(
      (result) => {
        notify(t('edit.saved', { count: result.entries.length }));
        onDone();
      },
      () => undefined,
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid={testId}
      aria-labelledby="edit-form-title"
    >
      <Stack gap="sm">
        <Title order={3} id="edit-form-title" className="rs-detail-section">{title}</Title>
        {children}
        <ErrorAlert error={save.error} data-testid="edit-error" />
        <DialogActions onCancel={onDone} busy={save.busy} confirmLabel={t('edit.save')} confirmTestId="edit-save" />
      </Stack>
    </form>
  );
}
