/** While the file is sent, read, matched or written: the phase in words, a progress bar and Annuleren. */
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ImportStatus } from '../../../src-shared/model';
import { useI18n, type MessageKey } from '../i18n';
import { progressPercent } from './importFlow';
import { useImport } from './ImportProvider';

const PHASES: readonly { phase: ImportStatus['progress']['phase']; label: MessageKey }[] = [
  { phase: 'read', label: 'import.phase.read' },
  { phase: 'match', label: 'import.phase.match' },
  { phase: 'write', label: 'import.phase.write' },
];

export function ImportProgress() {
  const { t } = useI18n();
  const { state, actions } = useImport();
  const status = state.status;
  const sending = state.step === 'sending';
  const phase = sending ? 'read' : (status?.progress.phase ?? 'read');
  const writing = status?.state === 'writing';
  const percent = sending ? 0 : progressPercent(status);
  const phaseLabel = sending ? t('import.phase.send') : t(`import.phase.${phase}`);

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="import-progress"
      className="rs-progress-panel"
      tabIndex={-1}
      data-import-focus
      aria-label={t('import.progress.label')}
      role="group"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
          <Text fw={600} className="rs-file-name">
            {state.fileName ?? t('import.progress.fileUnknown')}
          </Text>
          <ol className="rs-phases" aria-label={t('import.progress.steps')}>
            {PHASES.map((p) => {
              const current = !sending && p.phase === phase;
              return (
                <li key={p.phase} aria-current={current ? 'step' : undefined} data-current={current || undefined}>
                  {t(p.label)}
                </li>
              );
            })}
          </ol>
        </Group>
        <Progress
          value={percent}
          animated
          size="lg"
          radius="xl"
          aria-label={phaseLabel}
          data-testid="import-progress-bar"
        />
        <Group justify="space-between" align="center" gap="sm">
          {/* Announces the phase only (not every percent), so a screen reader is not flooded. */}
          <Text size="sm" role="status" data-testid="import-phase">
            {writing ? t('import.progress.writing', { phase: phaseLabel }) : t('import.progress.working', { phase: phaseLabel })}
          </Text>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconX size={16} aria-hidden="true" />}
            onClick={actions.cancel}
            loading={state.pending === 'cancel'}
            data-testid="import-cancel"
          >
            {t('import.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
