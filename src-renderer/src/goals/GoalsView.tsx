/**
 * Beleidsdoelen: the region's goals, each a named filter with an optional target and minimum reach,
 * measured in the scans selected in the header. Define a goal from the active filter, edit or delete
 * it (each an undoable change group in main), open what serves it, compare goals across scans, export
 * them as .xlsx, and share them as a `.regioscan-goals.json` another database imports.
 */
import { ActionIcon, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileImport, IconShare, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalResult } from '../../../src-shared/surveys-model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useFacets, useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useToast } from '../ui/Toast';
import { useDescribeFilter } from '../ui/useDescribeFilter';
import { useFileExport } from '../ui/useDeliverFile';
import { JSON_FILES, useFilePicker } from '../ui/useFilePicker';
import { XlsxExportButton } from '../ui/XlsxExportButton';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';
import { GoalsCompare } from './GoalsCompare';
import './goals.css';
import { useDetailStack } from '../ui/detail/useDetailStack';

type Dialog = { kind: 'add' } | { kind: 'edit'; goal: GoalResult } | { kind: 'delete'; goal: GoalResult } | null;

export function GoalsView() {
  const { t, lang } = useI18n();
  const { filter, dispatch } = useFilter();
  useFilterShortcuts();
  const { selectedScanIds } = useAppState();
  const { navigate } = useAppActions();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  const notify = useToast();
  const [dialog, setDialog] = useState<Dialog>(null);
  const details = useDetailStack();
  const goals = useApiQuery('goals.list', { scans: [...selectedScanIds] }, { keepPrevious: true });
  const remove = useApiMutation('goals.delete');
  const share = useFileExport('goals.exportFile');
  const importFile = useApiMutation('goals.importFile');

  const words = (goal: GoalResult) => describe({ ...goal.filter, scans: [...selectedScanIds] });
  const apply = (goal: GoalResult) => {
    dispatch({ type: 'replace', filter: { ...goal.filter, scans: [...selectedScanIds] } });
    notify(t('goals.applied', { name: goal.name }));
    navigate('activiteiten');
  };
  const readFile = async (file: File) => {
    const result = await importFile.run({ text: await file.text() });
    notify(t('goals.imported', { count: result.imported }), 'success');
    if (result.missingScans.length > 0) notify(t('goals.missingScans', { scans: result.missingScans.join(', ') }), 'error');
  };
  const picker = useFilePicker({ accept: JSON_FILES, testId: 'goals-import-input', onFile: readFile });

  return (
    <section data-testid="screen-beleidsdoelen" aria-labelledby="screen-title-beleidsdoelen" className="rs-goals-screen">
      <ScreenHeading route="beleidsdoelen" lead={t('goals.lead')} />
      <Group gap="sm" wrap="wrap">
        <Button leftSection={<IconTargetArrow size={16} aria-hidden="true" />} onClick={() => setDialog({ kind: 'add' })} data-testid="goal-add">
          {t('goals.add')}
        </Button>
        <XlsxExportButton channel="export.goals" args={selectedScanIds.length > 0 ? { scans: [...selectedScanIds], language: lang } : null} label={t('goals.export')} testId="goals-export" />
        <Button size="xs" variant="default" leftSection={<IconShare size={16} aria-hidden="true" />} loading={share.busy} onClick={() => void share.run({})} data-testid="goals-share">
          {t('goals.share')}
        </Button>
        <Tooltip label={t('goals.import')} withArrow openDelay={300}>
          <ActionIcon variant="default" size="lg" aria-label={t('goals.import')} onClick={picker.open} data-testid="goals-import">
            <IconFileImport size={16} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
        {picker.input}
        {goals.loading && <Loader size="sm" aria-label={t('goals.loading')} />}
      </Group>
      <ErrorAlert error={goals.error} title={t('goals.error')} />
      {goals.value && goals.value.length === 0 && (
        <Text size="sm" data-testid="goals-none">
          {t('goals.none')}
        </Text>
      )}
      {goals.value && goals.value.length > 0 && (
        <Stack component="ul" gap="sm" className="rs-goal-cards" aria-label={t('goals.list.label')} data-testid="goals-list">
          {goals.value.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              scans={selectedScanIds}
              words={words(goal)}
              onEdit={() => setDialog({ kind: 'edit', goal })}
              onDelete={() => setDialog({ kind: 'delete', goal })}
              onApply={() => apply(goal)}
              onOpen={details.show}
            />
          ))}
        </Stack>
      )}
      {goals.value && goals.value.length > 0 && <GoalsCompare />}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <GoalDialog
          onClose={() => setDialog(null)}
          filter={filter}
          describe={(f) => describe({ ...f, scans: [] })}
          {...(dialog.kind === 'edit' ? { existing: dialog.goal } : {})}
          onSaved={(goal) => notify(t('goals.saved', { name: goal.name }), 'success')}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDeleteDialog
          opened
          onClose={() => setDialog(null)}
          title={t('goals.deleteTitle')}
          testId="goal-delete-dialog"
          confirmLabel={t('goals.delete')}
          confirmTestId="goal-delete-confirm"
          remove={() => remove.run({ id: dialog.goal.id })}
          onDone={() => notify(t('goals.deleted', { name: dialog.goal.name }))}
        >
          <Text size="sm">{t('goals.deleteWhat', { name: dialog.goal.name })}</Text>
        </ConfirmDeleteDialog>
      )}
      <DetailDrawer {...details.drawer} />
    </section>
  );
}
