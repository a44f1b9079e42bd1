/** An initiative's edit form: name, website, description, start year and home region; one save is one change group. */
import { Alert, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { InitiativeDetail } from '../../../../src-shared/model';
import { useApiMutation } from '../../api/query';
import { useI18n } from '../../i18n';
import { DialogActions } from '../DialogFrame';
import { useToast } from '../Toast';
import { initiativeChanges, initiativeForm, type InitiativeForm } from './editModel';

export function InitiativeEditForm({ initiative, onDone }: { initiative: InitiativeDetail; onDone(): void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const before = useMemo(() => initiativeForm(initiative), [initiative]);
  const [form, setForm] = useState<InitiativeForm>(before);
  const set = <K extends keyof InitiativeForm>(key: K, value: InitiativeForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useApiMutation('edits.initiative');

  const submit = () => {
    const changes = initiativeChanges(before, form);
    if (Object.keys(changes).length === 0) {
      notify(t('edit.nothingChanged'));
      onDone();
      return;
    }
    save.run({ id: initiative.id, set: changes }).then(
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
      data-testid="initiative-edit-form"
      aria-labelledby="edit-form-title"
    >
      <Stack gap="sm">
        <Title order={3} id="edit-form-title" className="rs-detail-section">{t('edit.formTitle.initiative')}</Title>
        <TextInput label={t('edit.field.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required maxLength={500} data-testid="edit-name" />
        <TextInput label={t('explore.detail.website')} value={form.website} onChange={(e) => set('website', e.currentTarget.value)} maxLength={2000} data-testid="edit-website" />
        <Textarea label={t('edit.field.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={10_000} data-testid="edit-description" />
        <NumberInput label={t('explore.col.startYear')} value={form.startYear ?? ''} onChange={(v) => set('startYear', v === '' ? null : Number(v))} min={1900} max={2100} allowDecimal={false} allowNegative={false} data-testid="edit-startYear" />
        <TextInput label={t('explore.detail.homeRegion')} value={form.homeRegion} onChange={(e) => set('homeRegion', e.currentTarget.value)} maxLength={500} data-testid="edit-homeRegion" />
        {save.error && <Alert color="red" variant="light" data-testid="edit-error">{save.error[lang]}</Alert>}
        <DialogActions onCancel={onDone} busy={save.busy} confirmLabel={t('edit.save')} confirmTestId="edit-save" />
      </Stack>
    </form>
  );
}
