/**
 * An import report as a table: sortable by every column (aria-sort on the sorted header), filtered
 * by severity, and shown 200 rows at a time once it is longer than 500 rows.
 */
import { Badge, Button, Group, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ImportIssueView, IssueSeverity } from '../../../src-shared/model';
import { useI18n, type MessageKey } from '../i18n';
import {
  countBySeverity,
  DEFAULT_ISSUE_SORT,
  filterIssueRows,
  issueRows,
  nextSort,
  SEVERITIES,
  SEVERITY_COLORS,
  sortIssueRows,
  type IssueSort,
  type IssueSortKey,
  type SeverityFilter,
} from './issues';

/** Up to this many rows are shown at once; longer reports are shown PAGE rows at a time. */
const SHOW_ALL_UP_TO = 500;
const PAGE = 200;

const COLUMNS: readonly { key: IssueSortKey; label: MessageKey; width?: number }[] = [
  { key: 'severity', label: 'import.issues.severity', width: 145 },
  { key: 'sheet', label: 'import.issues.sheet', width: 120 },
  { key: 'row', label: 'import.issues.row', width: 70 },
  { key: 'column', label: 'import.issues.column', width: 150 },
  { key: 'value', label: 'import.issues.value', width: 170 },
  { key: 'message', label: 'import.issues.message' },
];

export function SeverityBadge({ severity }: { severity: IssueSeverity }) {
  const { t } = useI18n();
  return (
    <Badge
      color={SEVERITY_COLORS[severity]}
      variant="light"
      radius="sm"
      tt="none"
      c={`var(--rs-severity-${severity})`}
      className="rs-severity"
      data-severity={severity}
    >
      {t(`import.severity.${severity}`)}
    </Badge>
  );
}

interface IssuesTableProps {
  issues: readonly ImportIssueView[];
  /** The table's accessible name. */
  label: string;
  testId?: string;
}

export function IssuesTable({ issues, label, testId = 'import-issues-table' }: IssuesTableProps) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<IssueSort>(DEFAULT_ISSUE_SORT);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [limit, setLimit] = useState(PAGE);

  const counts = useMemo(() => countBySeverity(issues), [issues]);
  const rows = useMemo(() => issueRows(issues, lang), [issues, lang]);
  const shown = useMemo(() => sortIssueRows(filterIssueRows(rows, filter), sort), [rows, filter, sort]);
  const paged = shown.length > SHOW_ALL_UP_TO;
  const visible = paged ? shown.slice(0, limit) : shown;

  const onSort = (key: IssueSortKey) => {
    setSort((current) => nextSort(current, key));
    setLimit(PAGE);
  };
  const onFilter = (value: SeverityFilter) => {
    setFilter(value);
    setLimit(PAGE);
  };

  const filterData = (['all', ...SEVERITIES] as const).map((value) => ({
    value,
    label: `${value === 'all' ? t('import.issues.all') : t(`import.severity.${value}.plural`)} (${counts[value]})`,
  }));

  return (
    <div className="rs-issues" data-testid={testId}>
      <Group justify="space-between" align="center" gap="sm" mb="xs" wrap="wrap">
        <SegmentedControl<SeverityFilter>
          size="xs"
          value={filter}
          onChange={onFilter}
          data={filterData}
          aria-label={t('import.issues.filter')}
          data-testid={`${testId}-filter`}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {paged
            ? t('import.issues.shownOf', { shown: visible.length, total: shown.length })
            : t('import.issues.shown', { count: shown.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table
          aria-label={label}
          striped
          highlightOnHover
          withTableBorder
          verticalSpacing={6}
          fz="sm"
          layout="fixed"
          className="rs-issues-table"
        >
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => {
                const active = sort.key === column.key;
                const Icon = !active ? IconArrowsSort : sort.direction === 'ascending' ? IconSortAscending : IconSortDescending;
                return (
                  <Table.Th key={column.key} scope="col" w={column.width} aria-sort={active ? sort.direction : undefined}>
                    <UnstyledButton className="rs-sort-button" onClick={() => onSort(column.key)} data-active={active || undefined}>
                      <span>{t(column.label)}</span>
                      <Icon size={14} aria-hidden="true" className="rs-sort-icon" />
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={COLUMNS.length}>
                  <Text size="sm" c="dimmed" py="xs">
                    {issues.length === 0 ? t('import.issues.none') : t('import.issues.noneInFilter')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {visible.map(({ index, issue, text }) => (
              <Table.Tr key={index} data-severity={issue.severity}>
                <Table.Td>
                  <SeverityBadge severity={issue.severity} />
                </Table.Td>
                <Table.Td className="rs-cell-wrap">{issue.sheet ?? '–'}</Table.Td>
                <Table.Td className="rs-num">{issue.row ?? '–'}</Table.Td>
                <Table.Td className="rs-cell-wrap">{issue.column ?? '–'}</Table.Td>
                <Table.Td className="rs-cell-wrap rs-cell-value">{issue.value === null || issue.value === '' ? '–' : issue.value}</Table.Td>
                <Table.Td className="rs-cell-wrap">{text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paged && visible.length < shown.length && (
        <Group justify="center" mt="sm">
          <Button variant="default" size="xs" onClick={() => setLimit((n) => n + PAGE)} data-testid={`${testId}-more`}>
            {t('import.issues.more', { count: Math.min(PAGE, shown.length - visible.length), rest: shown.length - visible.length })}
          </Button>
        </Group>
      )}
    </div>
  );
}
