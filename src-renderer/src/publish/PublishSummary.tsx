/** What a publication will hold, as publish.preview says: counts, scans, the filter in words, the non-public fields, the map's layout. */
import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PublishSummary } from '../../../src-shared/site-model';
import type { LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { ErrorAlert } from '../ui/ErrorAlert';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rs-publish-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function PublishSummaryPanel({ summary, loading, error }: { summary: PublishSummary | null; loading: boolean; error: LocalisedMessage | null }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="publish-summary-title" aria-busy={loading} data-testid="publish-summary">
      <Title order={2} size="h4" id="publish-summary-title" mb="sm">
        {t('publish.summary.title')}
      </Title>
      <ErrorAlert error={error} title={t('publish.error')} role="alert" />
      {!error && !summary && <Loader size="sm" role="status" aria-label={t('publish.summary.loading')} />}
      {!error && summary && (
        <Stack gap="xs">
          <Text fw={600} data-testid="publish-counts">
            {t('publish.summary.counts', { initiatives: summary.counts.initiatives, activities: summary.counts.activities, organisations: summary.counts.organisations })}
          </Text>
          <dl className="rs-publish-summary">
            <Row term={t('publish.summary.scans')}>{summary.scans.map((s) => s.label).join(', ')}</Row>
            <Row term={t('publish.summary.filter')}>{summary.filter[lang]}</Row>
            <Row term={t('publish.summary.fields')}>{summary.fields.optional.length > 0 ? summary.fields.optional.join(', ') : t('publish.summary.noFields')}</Row>
            <Row term={t('publish.summary.map')}>{t(summary.layout === 'stored' ? 'publish.summary.map.stored' : 'publish.summary.map.computed')}</Row>
          </dl>
          <Text size="sm" c="dimmed">
            {t('publish.summary.replaces')}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
