/**
 * An activity's edit form in the detail panel: name, description, start year, reach with unit and
 * source, its initiative (moving it to another of its scan) and a codebook picker per dimension.
 * Saving sends only what changed, as one `edits.activity` call: one change group, one Ctrl+Z.
 */
import { Alert, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { emptyFilter } from '../../../../src-shared/filter';
import type { ActivityDetail } from '../../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { DialogActions } from '../DialogFrame';
import { useToast } from '../Toast';
import { DimensionPicker } from './DimensionPicker';
import { activityChanges, activityForm, EDITED_DIMENSIONS, listOptions, pickerOptions, type ActivityForm } from './editModel';

const numberOrNull = (v: string | number) => (v === '' || v === null ? null : Number(v));

export function ActivityEditForm({ activity, onDone }: { activity: ActivityDetail; onDone(): void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const before = useMemo(() => activityForm(activity), [activity]);
  const [form, setForm] = useState<ActivityForm>(before);
  const set = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const scanFilter = useMemo(() => emptyFilter([activity.scanId]), [activity.scanId]);
  // The codes each dimension offers: the codebook's and what this scan's workbooks added.
  const facets = useApiQuery('query.facets', useMemo(() => ({ filter: scanFilter, language: lang }), [scanFilter, lang]));
  const initiatives = useApiQuery('query.initiatives', useMemo(() => ({ filter: scanFilter }), [scanFilter]));
  const save = useApiMutation('edits.activity');

  const submit = () => {
    const set = activityChanges(before, form);
    if (Object.keys(set).length === 0) {
      notify(t('edit.nothingChanged'));
      onDone();
      return;
    }
    save.run({ id: activity.id, set }).then(
      (result) => {
        notify(t('edit.saved', { count: result.entries.length }));
        onDone();
      },
      () => undefined,
    );
  };

  const initiativeOptions = (initiatives.value ?? []).map((i) => ({ value: String(i.id), label: i.name }));
  if (!initiativeOptions.some((o) => o.value === String(activity.initiativeId))) initiativeOptions.unshift({ value: String(activity.initiativeId), label: activity.initiative });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="activity-edit-form"
      aria-labelledby="edit-form-title"
    >
      <Stack gap="sm">
        <Title order={3} id="edit-form-title" className="rs-detail-section">{t('edit.formTitle.activity')}</Title>
        <TextInput label={t('edit.field.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required maxLength={500} data-testid="edit-name" />
        <Textarea label={t('edit.field.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={10_000} data-testid="edit-description" />
        <Select label={t('edit.field.moveTo')} data={initiativeOptions} value={String(form.initiative)} onChange={(v) => v !== null && set('initiative', Number(v))} searchable allowDeselect={false} data-testid="edit-initiative" comboboxProps={{ withinPortal: true }} />
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput label={t('explore.col.startYear')} value={form.startYear ?? ''} onChange={(v) => set('startYear', numberOrNull(v))} min={1900} max={2100} allowDecimal={false} allowNegative={false} data-testid="edit-startYear" />
          <NumberInput label={t('explore.col.reach')} value={form.reach ?? ''} onChange={(v) => set('reach', numberOrNull(v))} min={0} max={1_000_000_000} allowDecimal={false} allowNegative={false} thousandSeparator={lang === 'nl' ? '.' : ','} decimalSeparator={lang === 'nl' ? ',' : '.'} data-testid="edit-reach" />
          <Select label={t('edit.field.reachUnit')} data={listOptions('reachUnit', lang)} value={form.reachUnit} onChange={(v) => set('reachUnit', v)} clearable data-testid="edit-reachUnit" comboboxProps={{ withinPortal: true }} />
          <Select label={t('explore.detail.reachSource')} data={listOptions('reachSource', lang)} value={form.reachSource} onChange={(v) => set('reachSource', v)} clearable data-testid="edit-reachSource" comboboxProps={{ withinPortal: true }} />
        </SimpleGrid>
        <Title order={4} className="rs-detail-section">{t('explore.detail.dimensions')}</Title>
        <Text size="xs" c="dimmed">{t('edit.unmapped.lead')}</Text>
        {EDITED_DIMENSIONS.map((dim) => (
          <DimensionPicker
            key={dim}
            dimension={dim}
            options={pickerOptions(dim, facets.value?.facets[dim], form.values[dim])}
            value={form.values[dim]}
            onChange={(next) => setForm((f) => ({ ...f, values: { ...f.values, [dim]: next } }))}
          />
        ))}
        <Text size="xs" c="dimmed">{t('edit.providersReadOnly')}</Text>
        {save.error && <Alert color="red" variant="light" data-testid="edit-error">{save.error[lang]}</Alert>}
        <DialogActions onCancel={onDone} busy={save.busy} confirmLabel={t('edit.save')} confirmTestId="edit-save" />
      </Stack>
    </form>
  );
}
