/** How an import ended (done, failed, cancelled), and errors from main, above the drop zone. */
import { Button, Group } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { importPhase, importTotals } from './importFlow';
import { useAppActions } from '../state/AppStateProvider';
import { useImport } from './ImportProvider';
import { AppliedRules } from './AppliedRules';
import { OutcomeAlert } from './OutcomeAlert';
import { locale } from '../i18n/format';

export function ImportOutcome() {
  const { t, lang } = useI18n();
  const { state, actions } = useImport();
  const { navigate } = useAppActions();
  const phase = importPhase(state);
  const status = state.status;

  if (phase === 'done') {
    const totals = importTotals(state);
    const numberLocale = locale(lang);
    const vars = {
      activities: totals.activities.toLocaleString(numberLocale),
      initiatives: totals.initiatives.toLocaleString(numberLocale),
      count: totals.scans,
    };
    return (
      <OutcomeAlert color="green" icon={<IconCircleCheck aria-hidden="true" />} title={totals.scans > 1 ? t('import.done.titleMany', vars) : t('import.done.title', vars)} onClose={actions.reset} testId="import-done">
        {t('import.done.body')}
        {(status?.preview?.scans ?? []).some((s) => (s.rules ?? []).length > 0) && (
          <div style={{ marginTop: 8 }}>
            <AppliedRules rules={(status?.preview?.scans ?? []).flatMap((s) => s.rules ?? [])} headingId="import-done-rules" />
          </div>
        )}
        <Group gap="sm" mt="sm">
          <Button size="xs" rightSection={<IconArrowRight size={16} aria-hidden="true" />} onClick={() => navigate('activiteiten')} data-testid="import-open-activities">
            {t('import.done.openActivities')}
          </Button>
          <Button size="xs" variant="default" onClick={() => navigate('overzicht')} data-testid="import-open-overview">
            {t('import.done.openOverview')}
          </Button>
        </Group>
      </OutcomeAlert>
    );
  }

  if (phase === 'failed') {
    return (
      <OutcomeAlert color="red" icon={<IconAlertTriangle aria-hidden="true" />} title={t('import.failed.title')} onClose={actions.reset} testId="import-error">
        {status?.error?.[lang] ?? t('import.failed.unknown')}
      </OutcomeAlert>
    );
  }

  if (phase === 'cancelled') {
    return (
      <OutcomeAlert color="gray" icon={<IconInfoCircle aria-hidden="true" />} title={t('import.cancelled.title')} onClose={actions.reset} testId="import-cancelled">
        {t('import.nothingChanged')}
      </OutcomeAlert>
    );
  }

  return null;
}

/** A failed call to main (or a file refused before it was sent), in the user's language. */
export function ImportErrorAlert() {
  const { t, lang } = useI18n();
  const { state, actions } = useImport();
  if (!state.error || importPhase(state) === 'failed') return null;
  return (
    <OutcomeAlert color="red" icon={<IconAlertTriangle aria-hidden="true" />} title={t('import.error.title')} onClose={actions.dismissError} testId="import-error">
      {state.error[lang]}
    </OutcomeAlert>
  );
}
