/**
 * The filtered activities: a count, the column chooser and a virtualised, sortable table that
 * fetches rows as they scroll into view. Clicking a row (or its name) opens the detail drawer.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ActivityRow, ActivitySortKey } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { activityColumns } from './activityColumns';
import { ColumnChooser, useColumnChoice } from './ColumnChooser';
import { useActivityPages, type ActivitySort } from './useActivityPages';
import { VirtualTable } from './VirtualTable';
import { ResultsView, type ResultListProps } from './ResultsView';

export function ActivitiesTable({ detail, onOpen }: ResultListProps) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const [sort, setSort] = useState<ActivitySort | null>(null);
  const [columnKeys, setColumnKeys] = useColumnChoice();
  const pages = useActivityPages(filter, sort, lang, filter.scans.length > 0);

  const onSort = useCallback((key: string) => {
    setSort((s) => (s?.key === key ? { key: s.key, descending: !s.descending } : { key: key as ActivitySortKey, descending: false }));
  }, []);
  const columns = useMemo(
    () =>
      activityColumns(columnKeys, {
        t,
        lang,
        onOpenActivity: (row) => onOpen({ kind: 'activity', id: row.id }),
        onOpenInitiative: (row) => onOpen({ kind: 'initiative', id: row.initiativeId }),
      }),
    [columnKeys, t, lang, onOpen],
  );
  const openRow = useCallback((row: ActivityRow) => onOpen({ kind: 'activity', id: row.id }), [onOpen]);
  const rowTestId = useCallback((row: ActivityRow) => `activity-row-${row.id}`, []);
  const total = pages.total;

  return (
    <ResultsView what="activities" count={total} error={pages.error} tools={<ColumnChooser value={columnKeys} onChange={setColumnKeys} />}>
      <VirtualTable<ActivityRow>
        label={t('explore.activities.tableLabel')}
        testId="activities-table"
        columns={columns}
        rowCount={total ?? 0}
        getRow={pages.getRow}
        rowTestId={rowTestId}
        onOpen={openRow}
        isActive={(row) => detail?.kind === 'activity' && detail.id === row.id}
        sort={sort}
        onSort={onSort}
        onRange={pages.ensureRange}
        resetKey={pages.request}
      />
    </ResultsView>
  );
}
