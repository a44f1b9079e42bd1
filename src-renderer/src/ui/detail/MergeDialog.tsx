/** Merges another initiative of the same scan into this one, after the user picked it and confirmed (one `edits.merge` call). */
import { Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { emptyFilter } from '../../../../src-shared/filter';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { DialogActions, DialogFrame } from '../DialogFrame';
import { ErrorAlert } from '../ErrorAlert';

interface MergeDialogProps {
  keep: { id: number; name: string; scanId: number } | null;
  onClose(): void;
}

export function MergeDialog({ keep, onClose }: MergeDialogProps) {
  const { t } = useI18n();
  const [other, setOther] = useState<string | null>(null);
  const merge = useApiMutation('edits.merge');
  const args = useMemo(() => (keep ? { filter: emptyFilter([keep.scanId]) } : null), [keep]);
  const initiatives = useApiQuery('query.initiatives', args);
  const options = (initiatives.value ?? []).filter((i) => i.id !== keep?.id).map((i) => ({ value: String(i.id), label: i.name }));
  const otherName = options.find((o) => o.value === other)?.label;

  const close = () => {
    setOther(null);
    merge.reset();
    onClose();
  };
  const confirm = () => {
    if (!keep || other === null) return;
    merge.run({ keep: keep.id, other: Number(other) }).then(close, () => undefined);
  };

  return (
    <DialogFrame opened={keep !== null} onClose={close} title={t('edit.merge.title')} testId="merge-dialog">
      <Stack gap="sm">
        <Text size="sm">{t('edit.merge.lead', { name: keep?.name ?? '' })}</Text>
        <Select label={t('edit.merge.other')} data={options} value={other} onChange={setOther} searchable data-testid="merge-other" comboboxProps={{ withinPortal: true }} />
        {otherName && keep && <Text size="sm" fw={600} data-testid="merge-confirm-text">{t('edit.merge.confirmText', { other: otherName, keep: keep.name })}</Text>}
        <ErrorAlert error={merge.error} data-testid="merge-error" />
        <DialogActions onCancel={close} busy={merge.busy} confirmLabel={t('edit.merge.confirm')} confirmTestId="merge-confirm" onConfirm={confirm} confirmColor="red.9" confirmDisabled={other === null} focusCancel />
      </Stack>
    </DialogFrame>
  );
}
