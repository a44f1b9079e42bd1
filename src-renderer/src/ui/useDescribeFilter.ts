/** The active filter in words (src-shared/filter-words.ts), with the UI language, scan names and facet labels. */
import { useCallback } from 'react';
import type { DimensionKey } from '../../../src-shared/codebook';
import type { Filter } from '../../../src-shared/filter';
import { describeFilter } from '../../../src-shared/filter-words';
import type { FacetsResult } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useScans } from '../state/appData';
import { scanShortLabel } from '../state/scans';

export type DescribeFilter = (filter: Filter, counts?: { activities: number; initiatives: number }) => string;

/** A function that puts a filter in words; labels of open-list values come from the facet counts. */
export function useDescribeFilter(facets: FacetsResult | null): DescribeFilter {
  const { lang } = useI18n();
  const scans = useScans();
  return useCallback(
    (filter, counts) => {
      const scanLabel = (id: number) => {
        const scan = scans.items.find((s) => s.id === id);
        return scan ? scanShortLabel(scan) : `#${id}`;
      };
      const resolve = (dim: DimensionKey, value: string) => facets?.facets[dim]?.find((f) => f.code === value)?.label;
      return describeFilter(filter, { lang, scanLabel, resolve, ...(counts ? { counts } : {}) });
    },
    [lang, scans.items, facets],
  );
}
