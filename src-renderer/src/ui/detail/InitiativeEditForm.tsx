/** An initiative's edit form: name, website, description, start year, home region and its extra fields; one save is one change group. */
import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { InitiativeDetail } from '../../../../src-shared/model';
import { useApiMutation } from '../../api/query';
import { useI18n } from '../../i18n';
import { EditFormFrame } from './EditFormFrame';
import { ExtraFieldsEditor } from './ExtraFieldsEditor';
import { initiativeChanges, initiativeForm, type InitiativeForm } from './editModel';

export function InitiativeEditForm({ initiative, onDone }: { initiative: InitiativeDetail; onDone(): void }) {
  const { t } = useI18n();
  const before = useMemo(() => initiativeForm(initiative), [initiative]);
  const [form, setForm] = useState<InitiativeForm>(before);
  const save = useApiMutation('edits.initiative');
  const set = <K extends keyof InitiativeForm>(key: K, value: InitiativeForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <EditFormFrame save={{ ...save, run: (set) => save.run({ id: initiative.id, set }) }} title={t('edit.formTitle.initiative')} testId="initiative-edit-form" changes={() => initiativeChanges(before, form)} onDone={onDone}>
      <TextInput label={t('edit.field.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required maxLength={500} data-testid="edit-name" />
      <TextInput label={t('explore.detail.website')} value={form.website} onChange={(e) => set('website', e.currentTarget.value)} maxLength={2000} data-testid="edit-website" />
      <Textarea label={t('edit.field.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={10_000} data-testid="edit-description" />
      <NumberInput label={t('explore.col.startYear')} value={form.startYear ?? ''} onChange={(v) => set('startYear', v === '' ? null : Number(v))} min={1900} max={2100} allowDecimal={false} allowNegative={false} data-testid="edit-startYear" />
      <TextInput label={t('explore.detail.homeRegion')} value={form.homeRegion} onChange={(e) => set('homeRegion', e.currentTarget.value)} maxLength={500} data-testid="edit-homeRegion" />
      <ExtraFieldsEditor rows={form.extras} onChange={(extras) => set('extras', extras)} />
    </EditFormFrame>
  );
}
