/**
 * The filtered activities: a count, the column chooser and a virtualised, sortable table that
 * fetches rows as they scroll into view. Clicking a row (or its name) opens the detail drawer.
 */
import { Group, Loader, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { ActivityRow, ActivitySortKey } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { activityColumns } from './activityColumns';
import { ColumnChooser, useColumnChoice } from './ColumnChooser';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { NoMatches } from '../ui/NoMatches';
import { useActivityPages, type ActivitySort } from './useActivityPages';
import { VirtualTable } from './VirtualTable';
import { ErrorAlert } from '../ui/ErrorAlert';

interface ActivitiesTableProps {
  detail: DetailTarget | null;
  onOpen(target: DetailTarget): void;
}

export function ActivitiesTable({ detail, onOpen }: ActivitiesTableProps) {
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
    <div className="rs-results-view" data-testid="activities-view">
      <Group justify="space-between" gap="sm" className="rs-results-head" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Title order={2} className="rs-results-title" data-testid="activities-count" aria-live="polite">
            {total === null ? t('explore.activities.loading') : t('explore.activities.count', { count: total })}
          </Title>
          {total === null && !pages.error && <Loader size="xs" aria-hidden="true" />}
        </Group>
        <ColumnChooser value={columnKeys} onChange={setColumnKeys} />
      </Group>
      <ErrorAlert error={pages.error} title={t('explore.activities.error')} />
      {total === 0 ? (
        <NoMatches what="activities" />
      ) : (
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
      )}
    </div>
  );
}
