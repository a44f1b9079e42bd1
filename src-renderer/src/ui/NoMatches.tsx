/** Nothing matches the filter: say so, and offer to clear the filter. */
import { Button, EmptyState, Paper } from '@mantine/core';
import { IconFilterOff, IconZoomQuestion } from '@tabler/icons-react';
import { useT } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { isFilterEmpty } from '../state/filters';

export function NoMatches({ what, order = 3 }: { what: 'activities' | 'initiatives'; order?: 2 | 3 }) {
  const t = useT();
  const { filter, dispatch } = useFilter();
  const empty = isFilterEmpty(filter);
  return (
    <Paper withBorder radius="md" className="rs-no-matches" data-testid="no-matches">
      <EmptyState size="md" variant="light">
        <EmptyState.Indicator>
          <IconZoomQuestion size={30} stroke={1.5} aria-hidden="true" />
        </EmptyState.Indicator>
        <EmptyState.Title order={order}>{empty ? t('explore.empty.noData') : t(`explore.empty.${what}`)}</EmptyState.Title>
        <EmptyState.Description>{empty ? t('explore.empty.noDataHint') : t('explore.empty.hint')}</EmptyState.Description>
        {!empty && (
          <EmptyState.Actions>
            <Button leftSection={<IconFilterOff size={16} aria-hidden="true" />} onClick={() => dispatch({ type: 'clear' })} data-testid="empty-filter-clear">
              {t('explore.clear')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Paper>
  );
}
