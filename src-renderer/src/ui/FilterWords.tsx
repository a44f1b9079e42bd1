/**
 * The active filter in words with the number of matching activities and initiatives, as a quiet
 * bar above a view, with *Rapport* (the factsheet of this filter) at its end. Any screen can show
 * it; it loads the facet counts it needs itself.
 */
import { Group, Loader, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useT } from '../i18n';
import { useFacets, useFilter } from '../state/FilterProvider';
import { AddSlideButton } from './AddSlideButton';
import { ReportButton } from './ReportButton';
import { useDescribeFilter } from './useDescribeFilter';

export function FilterWords() {
  const t = useT();
  const { filter } = useFilter();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  // Counts only when they belong to this filter (no stale numbers while new ones load).
  const counts = facets.result && !facets.loading ? { activities: facets.result.total, initiatives: facets.result.initiatives } : undefined;

  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" className="rs-filter-words" data-testid="filter-words-bar">
      <IconFilter size={18} aria-hidden="true" className="rs-filter-words-icon" />
      <Text size="sm" className="rs-filter-words-text" role="status" aria-live="polite" data-testid="filter-words">
        {describe(filter, counts)}
      </Text>
      {facets.loading && <Loader size={14} aria-label={t('explore.loading')} className="rs-filter-words-loader" />}
      <ReportButton />
      <AddSlideButton />
    </Group>
  );
}
