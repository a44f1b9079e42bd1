/**
 * An activity's edit form in the detail panel: name, description, start year, reach with unit and
 * source, its initiative (moving it to another of its scan), a codebook picker per dimension, the
 * organisations per provider role and its extra fields. Saving sends only what changed, as one
 * `edits.activity` call: one change group, one Ctrl+Z.
 */
import { NumberInput, Select, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { emptyFilter } from '../../../../src-shared/filter';
import type { ActivityDetail } from '../../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { DimensionPicker } from './DimensionPicker';
import { EditFormFrame } from './EditFormFrame';
import { ExtraFieldsEditor } from './ExtraFieldsEditor';
import { ProvidersEditor } from './ProvidersEditor';
import { activityChanges, activityForm, EDITED_DIMENSIONS, listOptions, pickerOptions, type ActivityForm } from './editModel';

const numberOrNull = (v: string | number) => (v === '' || v === null ? null : Number(v));

export function ActivityEditForm({ activity, onDone }: { activity: ActivityDetail; onDone(): void }) {
  const { t, lang } = useI18n();
  const before = useMemo(() => activityForm(activity), [activity]);
  const [form, setForm] = useState<ActivityForm>(before);
  const save = useApiMutation('edits.activity');
  const set = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const scanFilter = useMemo(() => emptyFilter([activity.scanId]), [activity.scanId]);
  // The codes each dimension offers: the codebook's and what this scan's workbooks added.
  const facets = useApiQuery('query.facets', useMemo(() => ({ filter: scanFilter, language: lang }), [scanFilter, lang]));
  const initiatives = useApiQuery('query.initiatives', useMemo(() => ({ filter: scanFilter }), [scanFilter]));
  const organisations = useMemo(() => [...new Set((facets.value?.facets.organisation ?? []).map((o) => o.label))].sort((a, b) => a.localeCompare(b, lang)), [facets.value, lang]);

  const initiativeOptions = (initiatives.value ?? []).map((i) => ({ value: String(i.id), label: i.name }));
  if (!initiativeOptions.some((o) => o.value === String(activity.initiativeId))) initiativeOptions.unshift({ value: String(activity.initiativeId), label: activity.initiative });

  return (
    <EditFormFrame save={{ ...save, run: (set) => save.run({ id: activity.id, set }) }} title={t('edit.formTitle.activity')} testId="activity-edit-form" changes={() => activityChanges(before, form)} onDone={onDone}>
      <TextInput label={t('edit.field.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required maxLength={500} data-testid="edit-name" />
      <Textarea label={t('edit.field.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={10_000} data-testid="edit-description" />
      <Select label={t('edit.field.moveTo')} data={initiativeOptions} value={String(form.initiative)} onChange={(v) => v !== null && set('initiative', Number(v))} searchable allowDeselect={false} data-testid="edit-initiative" comboboxProps={{ withinPortal: true }} />
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput label={t('explore.col.startYear')} value={form.startYear ?? ''} onChange={(v) => set('startYear', numberOrNull(v))} min={1900} max={2100} allowDecimal={false} allowNegative={false} data-testid="edit-startYear" />
        <NumberInput label={t('explore.col.reach')} value={form.reach ?? ''} onChange={(v) => set('reach', numberOrNull(v))} min={0} max={1_000_000_000} allowDecimal={false} allowNegative={false} thousandSeparator={lang === 'nl' ? '.' : ','} decimalSeparator={lang === 'nl' ? ',' : '.'} data-testid="edit-reach" />
        <Select label={t('edit.field.reachUnit')} data={listOptions('reachUnit', lang)} value={form.reachUnit} onChange={(v) => set('reachUnit', v)} clearable data-testid="edit-reachUnit" comboboxProps={{ withinPortal: true }} />
        <Select label={t('explore.detail.reachSource')} data={listOptions('reachSource', lang)} value={form.reachSource} onChange={(v) => set('reachSource', v)} clearable data-testid="edit-reachSource" comboboxProps={{ withinPortal: true }} />
      </SimpleGrid>
      <ExtraFieldsEditor rows={form.extras} onChange={(extras) => set('extras', extras)} />
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
      <ProvidersEditor value={form.providers} known={organisations} onChange={(providers) => set('providers', providers)} />
    </EditFormFrame>
  );
}
