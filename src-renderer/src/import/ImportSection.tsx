/** The upper half of Importeren: choose a file, follow its progress, check the preview, commit. */
import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { importPhase } from './importFlow';
import { DropZone } from './DropZone';
import { DatabaseMergePanel } from './DatabaseMergePanel';
import { ImportErrorAlert, ImportOutcome } from './ImportOutcome';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProgress } from './ImportProgress';
import { useImport } from './ImportProvider';
import { RoundtripOutcome, RoundtripPanel } from './RoundtripPanel';
import { RoundtripTarget } from './RoundtripTarget';

export function ImportSection() {
  const { t } = useI18n();
  const { state, roundtrip } = useImport();
  const roundtripPreview = roundtrip.state.preview;
  const phase = importPhase(state);
  const preview = state.status?.preview ?? null;
  const working = phase === 'sending' || phase === 'reading' || phase === 'writing';

  // The control the user was on (drop zone, Importeren) goes away when the phase changes: move
  // focus to what replaced it, unless the user is busy elsewhere on the page.
  const sectionRef = useRef<HTMLDivElement>(null);
  const shownPhase = useRef(phase);
  useEffect(() => {
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    const section = sectionRef.current;
    const active = document.activeElement;
    if (!section || (active && active !== document.body && !section.contains(active))) return;
    section.querySelector<HTMLElement>('[data-import-focus]')?.focus();
  }, [phase]);

  return (
    <Stack gap="md" data-testid="import-section" data-phase={phase} ref={sectionRef}>
      <DatabaseMergePanel />
      <ImportErrorAlert />
      <ImportOutcome />
      {state.ignoredFiles > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />} data-testid="import-ignored-files">
          {t('import.ignoredFiles', { count: state.ignoredFiles, file: state.fileName ?? '' })}
        </Alert>
      )}
      <RoundtripOutcome />
      {working && <ImportProgress />}
      {phase === 'ready' && preview && <ImportPreviewPanel preview={preview} />}
      {phase === 'ready' && !preview && <Text>{t('import.preview.empty')}</Text>}
      {roundtripPreview && phase === 'idle' && <RoundtripPanel preview={roundtripPreview} />}
      {!roundtripPreview && (phase === 'idle' || phase === 'done' || phase === 'failed' || phase === 'cancelled') && (
        <>
          <RoundtripTarget />
          <DropZone />
        </>
      )}
    </Stack>
  );
}
