/** The Overzicht's data for the active filter (overview.build), kept while a newer answer loads. */
import { useEffect, useMemo, useState } from 'react';
import type { OverviewResult } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { useData } from '../state/DataProvider';
import { useFilter } from '../state/FilterProvider';

export interface OverviewState {
  result: OverviewResult | null;
  loading: boolean;
  error: LocalisedMessage | null;
}

export function useOverview(minInitiatives: number): OverviewState {
  const { filter } = useFilter();
  const { lang } = useI18n();
  const { scans } = useData();
  // One request per filter, language, N and scans list (an import or delete changes the counts).
  const request = useMemo(() => ({ filter, lang, minInitiatives, scans: scans.items }), [filter, lang, minInitiatives, scans.items]);
  const [answer, setAnswer] = useState<{ request: object | null; result: OverviewResult | null; error: LocalisedMessage | null }>({ request: null, result: null, error: null });

  useEffect(() => {
    let cancelled = false;
    api.invoke('overview.build', { filter: request.filter, minInitiatives: request.minInitiatives, language: request.lang }).then(
      (result) => !cancelled && setAnswer({ request, result, error: null }),
      (error: unknown) => !cancelled && setAnswer((a) => ({ request, result: a.result, error: toApiError(error).userMessage })),
    );
    return () => {
      cancelled = true;
    };
  }, [request]);

  return { result: answer.result, loading: answer.request !== request, error: answer.error };
}
