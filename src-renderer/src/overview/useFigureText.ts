/** Title, selected scans, the filter in words and a source line for an exported figure. */
import { useCallback } from 'react';
import { fileDate } from '../ui/download';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFacets, useFilter } from '../state/FilterProvider';
import { scanShortLabel } from '../state/scans';
import { useDescribeFilter } from '../ui/useDescribeFilter';
import type { FigureText } from './figureSvg';

export function useFigureText(counts: { activities: number; initiatives: number } | undefined): (title: string) => FigureText {
  const { t } = useI18n();
  const { filter } = useFilter();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  const { selectedScanIds } = useAppState();
  const scans = useScans();
  return useCallback(
    (title) => ({
      title,
      subtitle: scans.items.filter((s) => selectedScanIds.includes(s.id)).map(scanShortLabel).join(', '),
      caption: describe(filter, counts),
      source: t('overview.export.source', { date: fileDate() }),
    }),
    [t, filter, describe, counts, scans.items, selectedScanIds],
  );
}
