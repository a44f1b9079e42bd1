/** Applies a click on a bar or cell to the filter (one undo step), optionally opening the Activiteiten list. */
import { useCallback } from 'react';
import { dimension } from '../../../src-shared/codebook';
import { useToast } from '../ui/Toast';
import { useI18n } from '../i18n';
import { useAppActions } from '../state/AppStateProvider';
import { useFilter } from '../state/FilterProvider';
import { refineFilter, type Pick } from '../state/refine';

export function usePick(): (picks: readonly Pick[], openList?: boolean) => void {
  const { filter, dispatch } = useFilter();
  const { navigate } = useAppActions();
  const { t, lang } = useI18n();
  const notify = useToast();
  return useCallback(
    (picks, openList = false) => {
      const next = refineFilter(filter, picks);
      dispatch({ type: 'replace', filter: next.filter });
      if (!next.exact) {
        const loose = picks.map((p) => dimension(p.dimension)[lang].toLowerCase()).join(', ');
        notify(t('overview.inexact', { dimension: loose }), 'error');
      }
      if (openList) navigate('activiteiten');
    },
    [filter, dispatch, navigate, notify, t, lang],
  );
}
