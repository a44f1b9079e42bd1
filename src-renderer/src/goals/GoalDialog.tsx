/**
 * Defines a goal from the active filter (name, optional target and minimum reach), or edits one:
 * name, target, minimum reach, and optionally its filter replaced by the active one. Main's sentence
 * is shown in the dialog when it refuses (a name taken, a name too long).
 */
import { Alert, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { GoalResult } from '../../../src-shared/surveys-model';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useApiMutation } from '../api/query';
import { translate, useI18n } from '../i18n';
import { DialogActions, DialogFrame } from '../ui/DialogFrame';
import { optionalCount } from './goalStatus';
import { ErrorAlert } from '../ui/ErrorAlert';

interface GoalDialogProps {
  onClose(): void;
  /** The active filter: a new goal's filter, or an edited goal's replacement. */
  filter: Filter;
  describe(filter: Filter): string;
  existing?: GoalResult;
  onSaved(goal: GoalResult): void;
}

const isEmpty = (f: Filter) => f.conditions.every((c) => c.values.length === 0) && f.text.trim() === '' && !f.reach && !f.startYear;

export function GoalDialog({ onClose, filter, describe, existing, onSaved }: GoalDialogProps) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(existing?.name ?? '');
  const [target, setTarget] = useState<string | number>(existing?.target ?? '');
  const [minReach, setMinReach] = useState<string | number>(existing?.minReach ?? '');
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<LocalisedMessage | null>(null);
  const add = useApiMutation('goals.add');
  const update = useApiMutation('goals.update');
  const goalFilter = existing && !replace ? existing.filter : filter;
  const targetValue = optionalCount(target);
  const reachValue = optionalCount(minReach);
  const valid = name.trim() !== '' && targetValue !== undefined && reachValue !== undefined;

  const save = async () => {
    if (!valid) {
      setError({ nl: translate('nl', 'goals.dialog.needName'), en: translate('en', 'goals.dialog.needName') });
      return;
    }
    setError(null);
    try {
      const saved = existing
        ? await update.run({ id: existing.id, name: name.trim(), filter: goalFilter, target: targetValue, minReach: reachValue })
        : await add.run({ name: name.trim(), filter: goalFilter, ...(targetValue !== null ? { target: targetValue } : {}), ...(reachValue !== null ? { minReach: reachValue } : {}) });
      onSaved(saved);
      onClose();
    } catch (cause) {
      setError(toApiError(cause).userMessage);
    }
  };

  return (
    <DialogFrame opened onClose={onClose} title={t(existing ? 'goals.dialog.edit' : 'goals.dialog.add')} testId="goal-dialog" size="lg">
      <Stack gap="sm">
        <TextInput label={t('goals.dialog.name')} placeholder={t('goals.dialog.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} required data-autofocus data-testid="goal-name" />
        <Group grow>
          <NumberInput label={t('goals.dialog.target')} value={target} onChange={setTarget} min={0} max={1_000_000} allowDecimal={false} allowNegative={false} data-testid="goal-target" />
          <NumberInput label={t('goals.dialog.minReach')} value={minReach} onChange={setMinReach} min={0} max={1_000_000_000} allowDecimal={false} allowNegative={false} thousandSeparator={lang === 'nl' ? '.' : ','} decimalSeparator={lang === 'nl' ? ',' : '.'} data-testid="goal-min-reach" />
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {t('goals.dialog.filter')}
          </Text>
          <Text size="sm" data-testid="goal-dialog-filter">
            {describe(goalFilter)}
          </Text>
        </div>
        {existing && <Checkbox label={t('goals.dialog.replaceFilter')} checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} data-testid="goal-replace-filter" />}
        {isEmpty(goalFilter) && (
          <Alert color="yellow" variant="light" p="xs">
            {t('goals.dialog.noFilter')}
          </Alert>
        )}
        <ErrorAlert error={error} data-testid="goal-dialog-error" />
        <DialogActions onCancel={onClose} busy={add.busy || update.busy} confirmLabel={t('goals.dialog.save')} confirmTestId="goal-save" onConfirm={() => void save()} />
      </Stack>
    </DialogFrame>
  );
}
