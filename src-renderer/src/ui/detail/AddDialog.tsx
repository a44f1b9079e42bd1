/**
 * Adds an activity to an initiative, or a new initiative with its first activity (an initiative is
 * its activities: one without any shows nowhere). One `edits.add` call: one change group.
 */
import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation } from '../../api/query';
import { useI18n } from '../../i18n';
import { DialogActions, DialogFrame } from '../DialogFrame';
import { ErrorAlert } from '../ErrorAlert';

export type AddTarget =
  | { kind: 'activity'; scan: number; initiative: { id: number; name: string } }
  | { kind: 'initiative'; scans: readonly { id: number; label: string }[] };

interface AddDialogProps {
  target: AddTarget | null;
  onClose(): void;
  /** The new activity (the panel opens it). */
  onAdded(activity: number): void;
}

export function AddDialog({ target, onClose, onAdded }: AddDialogProps) {
  const { t } = useI18n();
  const add = useApiMutation('edits.add');
  const [initiativeName, setInitiativeName] = useState('');
  const [name, setName] = useState('');
  const [scan, setScan] = useState<string | null>(null);
  const scans = target?.kind === 'initiative' ? target.scans : [];
  const chosenScan = target?.kind === 'activity' ? target.scan : Number(scan ?? scans[0]?.id ?? 0);

  const close = () => {
    setName('');
    setInitiativeName('');
    add.reset();
    onClose();
  };
  const submit = () => {
    if (!target) return;
    const initiative = target.kind === 'activity' ? target.initiative.id : { name: initiativeName };
    add.run({ scan: chosenScan, initiative, name }).then(
      (result) => {
        close();
        onAdded(result.id);
      },
      () => undefined,
    );
  };
  const title = target?.kind === 'activity' ? t('edit.addActivity.title', { name: target.initiative.name }) : t('edit.addInitiative.title');

  return (
    <DialogFrame opened={target !== null} onClose={close} title={title} testId="add-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {target?.kind === 'initiative' && (
            <>
              <Text size="sm">{t('edit.addInitiative.lead')}</Text>
              {scans.length > 1 && (
                <Select label={t('edit.add.scan')} data={scans.map((s) => ({ value: String(s.id), label: s.label }))} value={scan ?? String(scans[0]!.id)} onChange={setScan} allowDeselect={false} data-testid="add-scan" comboboxProps={{ withinPortal: true }} />
              )}
              <TextInput label={t('edit.add.initiativeName')} value={initiativeName} onChange={(e) => setInitiativeName(e.currentTarget.value)} required maxLength={500} data-autofocus data-testid="add-initiative-name" />
            </>
          )}
          <TextInput label={t('edit.add.activityName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={500} data-autofocus={target?.kind === 'activity' ? true : undefined} data-testid="add-activity-name" />
          <ErrorAlert error={add.error} data-testid="add-error" />
          <DialogActions onCancel={close} busy={add.busy} confirmLabel={t('edit.add.confirm')} confirmTestId="add-confirm" confirmDisabled={name.trim() === '' || (target?.kind === 'initiative' && initiativeName.trim() === '')} />
        </Stack>
      </form>
    </DialogFrame>
  );
}
