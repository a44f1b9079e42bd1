/**
 * The initiatives with at least one activity matching the filter — who to approach when referring
 * an entrepreneur. Sorted in the table; "Kopieer als tekst" puts the list on the clipboard.
 */
import { Anchor, Group, UnstyledButton } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { FocusKey } from '../../../src-shared/focus';
import { focusLabel } from '../../../src-shared/focus';
import type { InitiativeRow } from '../../../src-shared/model';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { CopyInitiatives } from './CopyInitiatives';
import { PrintInitiatives } from './PrintInitiatives';
import { sortInitiatives, type InitiativeSortKey } from './sortInitiatives';
import { VirtualTable, type Column, type SortState } from './VirtualTable';
import { ResultsView, type ResultListProps } from './ResultsView';

export function InitiativesTable({ detail, onOpen }: ResultListProps) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const [sort, setSort] = useState<SortState | null>({ key: 'name', descending: false });
  const current = useApiQuery('query.initiatives', filter.scans.length > 0 ? { filter } : null);
  const rows = useMemo(() => sortInitiatives(current.value ?? [], sort, lang), [current.value, sort, lang]);
  const onSort = useCallback((key: string) => setSort((s) => (s?.key === key ? { key, descending: !s.descending } : { key, descending: false })), []);

  const columns = useMemo<Column<InitiativeRow>[]>(() => {
    const col = (key: InitiativeSortKey | 'website', width: number, render: Column<InitiativeRow>['render'], numeric = false): Column<InitiativeRow> => ({
      key, width, render, numeric, header: t(`explore.icol.${key}`), ...(key === 'website' ? {} : { sortKey: key }),
    });
    return [
      col('name', 290, (row) => (
        <UnstyledButton className="rs-row-link" onClick={() => onOpen({ kind: 'initiative', id: row.id })} data-testid={`open-initiative-${row.id}`} title={row.name}>
          {row.name}
        </UnstyledButton>
      )),
      col('matching', 180, (row) => t('explore.matching', { matching: row.matching, total: row.activities }), true),
      col('website', 240, (row) =>
        row.website ? (
          <Anchor href={row.website} target="_blank" rel="noreferrer" size="sm" className="rs-cell-text" title={row.website}>
            {row.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
          </Anchor>
        ) : (
          <span className="rs-cell-empty">–</span>
        ),
      ),
      col('focus', 210, (row) => <span className="rs-cell-text">{focusLabel(row.focus as FocusKey, lang)}</span>),
      col('scan', 160, (row) => <span className="rs-cell-text">{row.scan}</span>),
      col('startYear', 90, (row) => (row.startYear === null ? <span className="rs-cell-empty">–</span> : String(row.startYear)), true),
    ];
  }, [t, lang, onOpen]);

  const openRow = useCallback((row: InitiativeRow) => onOpen({ kind: 'initiative', id: row.id }), [onOpen]);
  const rowTestId = useCallback((row: InitiativeRow) => `initiative-row-${row.id}`, []);
  const getRow = useCallback((i: number) => rows[i], [rows]);
  const count = current.value ? current.value.length : null;
  return (
    <ResultsView
      what="initiatives"
      count={count}
      error={current.error}
      tools={
        <Group gap="xs" wrap="nowrap">
          <PrintInitiatives disabled={rows.length === 0} />
          <CopyInitiatives rows={rows} />
        </Group>
      }
    >
      <VirtualTable<InitiativeRow>
        label={t('explore.initiatives.tableLabel')}
        testId="initiatives-table"
        columns={columns}
        rowCount={rows.length}
        getRow={getRow}
        rowTestId={rowTestId}
        onOpen={openRow}
        isActive={(row) => detail?.kind === 'initiative' && detail.id === row.id}
        sort={sort}
        onSort={onSort}
        resetKey={filter}
      />
    </ResultsView>
  );
}
