/** Dialogs of the saved filters: save (new, or rename with the same id) and confirm delete. */
import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { NOTE_MAX, type Filter } from '../../../src-shared/filter';
import type { SavedFilter } from '../../../src-shared/model';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { DialogActions, DialogFrame } from '../ui/DialogFrame';
import { locale } from '../i18n/format';

interface SaveFilterDialogProps {
  opened: boolean;
  onClose(): void;
  /** The filter to save: the active one for a new saved filter, the stored one when renaming. */
  filter: Filter;
  /** Renaming an existing saved filter (same id). */
  existing?: SavedFilter;
  /** The filter in words, shown so the user sees what is saved. */
  words: string;
  onSaved(saved: SavedFilter): void;
}

export function SaveFilterDialog({ opened, onClose, filter, existing, words, onSaved }: SaveFilterDialogProps) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(existing?.name ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const save = useApiMutation('filters.save');
  const [error, setError] = useState<string | null>(null);
  // The cap main enforces on every path; a longer note stays in the box as typed (never cut off) and is not saved.
  const noteTooLong = note.trim().length > NOTE_MAX;
  const number = (n: number) => n.toLocaleString(locale(lang));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('explore.saved.nameEmpty'));
      return;
    }
    if (noteTooLong) return;
    const args = { name: name.trim(), note: note.trim() === '' ? null : note.trim(), filter, ...(existing ? { id: existing.id } : {}) };
    save.run(args).then(
      (saved) => {
        onSaved(saved);
        onClose();
      },
      () => undefined,
    );
  };

  return (
    <DialogFrame opened={opened} onClose={onClose} title={existing ? t('explore.saved.renameTitle') : t('explore.saved.saveTitle')} testId="filter-save-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" className="rs-dialog-words">
            {words}
          </Text>
          <TextInput
            label={t('explore.saved.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(null);
              save.reset();
            }}
            maxLength={200}
            required
            withAsterisk
            error={error ?? save.error?.[lang]}
            data-autofocus
            data-testid="filter-save-name"
          />
          <Textarea
            label={t('explore.saved.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            description={noteTooLong ? undefined : t('explore.saved.noteCap', { max: number(NOTE_MAX) })}
            error={noteTooLong ? t('explore.saved.noteTooLong', { max: number(NOTE_MAX), n: number(note.trim().length) }) : undefined}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="filter-save-note"
          />
          <DialogActions onCancel={onClose} busy={save.busy} confirmLabel={t('dialog.save')} confirmTestId="filter-save-confirm" />
        </Stack>
      </form>
    </DialogFrame>
  );
}

export function DeleteFilterDialog({ saved, opened, onClose }: { saved: SavedFilter; opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  const remove = useApiMutation('filters.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('explore.saved.deleteTitle')}
      testId="filter-delete-dialog"
      confirmLabel={t('explore.saved.delete')}
      confirmTestId="saved-filter-delete-confirm"
      remove={() => remove.run({ id: saved.id })}
    >
      <Text size="sm">{t('explore.saved.deleteWhat', { name: saved.name })}</Text>
    </ConfirmDeleteDialog>
  );
}
