/**
 * Impact: per knelpunt, the activities under the filter that target it against what participants
 * reported (mean 1–5 with the number of responses beside it, and the distribution); scores on
 * knelpunten an activity does not target apart; per activity type and per initiative, with the
 * initiatives that sent nothing back yet named. One round or all; the filter applies as on every
 * screen; the tables export for a meeting. Above them, the questionnaire: create it, import it.
 */
import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FEW_RESPONSES } from '../../../src-shared/surveys-model';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { XlsxExportButton } from '../ui/XlsxExportButton';
import { BottleneckTable, GroupTable, UntargetedTable } from './ImpactTables';
import { SurveyTools } from './SurveyTools';
import './impact.css';

const ALL = '';

export function ImpactView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const [round, setRound] = useState(ALL);
  const { value: rounds } = useApiQuery('surveys.rounds', {});
  const args = useMemo(() => ({ filter, ...(round === ALL ? {} : { round }), language: lang }), [filter, round, lang]);
  const { value: result, error, loading } = useApiQuery('surveys.impact', args);

  const roundOptions = [
    { value: ALL, label: t('impact.round.all') },
    ...(rounds ?? []).filter((r) => r.round !== null).map((r) => ({ value: r.round!, label: t('impact.round.option', { round: r.round!, responses: r.responses }) })),
  ];
  const responses = result ? result.bottlenecks.reduce((n, b) => n + b.responses, 0) : 0;
  const silent = result ? result.byInitiative.filter((i) => i.responses === 0) : [];

  return (
    <section data-testid="screen-impact" aria-labelledby="screen-title-impact" className="rs-impact-screen">
      <ScreenHeading route="impact" lead={t('impact.lead')} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select label={t('impact.round')} data={roundOptions} value={round} onChange={(v) => setRound(v ?? ALL)} allowDeselect={false} w={280} data-testid="impact-round" comboboxProps={{ withinPortal: false }} />
        <XlsxExportButton channel="export.impact" args={args} label={t('impact.export')} testId="impact-export" />
        {loading && <Loader size="sm" aria-label={t('impact.loading')} />}
      </Group>
      <SurveyTools />
      <ErrorAlert error={error} title={t('impact.error')} />
      {result && (
        <Stack gap="lg">
          <Text fw={600} data-testid="impact-summary">
            {t('impact.summary', { activities: result.activities, responses, round: round === ALL ? t('impact.round.all').toLowerCase() : `${t('impact.round').toLowerCase()} ${round}` })}
          </Text>
          {responses === 0 && result.bottlenecks.every((b) => b.untargeted.responses === 0) && (
            <Alert color="blue" variant="light" data-testid="impact-empty">{t('impact.noResponses')}</Alert>
          )}
          {silent.length > 0 && (
            <Alert color="orange" variant="light" title={t('impact.silent.title', { count: silent.length })} data-testid="impact-silent">
              <Text size="sm">{silent.map((i) => i.name).join(' · ')}</Text>
            </Alert>
          )}
          <div>
            <BottleneckTable rows={result.bottlenecks} />
            <Text size="xs" c="dimmed" mt={6} data-testid="impact-legend">
              {t('impact.reading')} {t('impact.fewLegend', { min: FEW_RESPONSES })}
            </Text>
          </div>
          <UntargetedTable rows={result.bottlenecks} />
          <div className="rs-impact-groups">
            <GroupTable title={t('impact.table.types')} nameHeader={t('impact.col.type')} rows={result.byType.map((g) => ({ ...g, key: g.code, name: g.label }))} testId="impact-type" />
            <GroupTable title={t('impact.table.initiatives')} nameHeader={t('impact.col.initiative')} rows={result.byInitiative.map((g) => ({ ...g, key: String(g.id), name: g.name }))} testId="impact-initiative" />
          </div>
        </Stack>
      )}
    </section>
  );
}
