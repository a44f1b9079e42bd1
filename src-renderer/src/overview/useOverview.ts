/** The Overzicht's data for the active filter (overview.build), kept while a newer answer loads. */
import type { OverviewResult } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';

export interface OverviewState {
  result: OverviewResult | null;
  loading: boolean;
  error: LocalisedMessage | null;
}

export function useOverview(minInitiatives: number): OverviewState {
  const { filter } = useFilter();
  const { lang } = useI18n();
  const { value, loading, error } = useApiQuery('overview.build', { filter, minInitiatives, language: lang }, { keepPrevious: true });
  return { result: value, loading, error };
}
