/**
 * A real `<table>` whose body renders only the rows in view (TanStack Virtual), so tens of
 * thousands of rows scroll smoothly: spacer rows above and below keep the scroll height, and
 * `aria-rowcount` / `aria-rowindex` tell assistive technology where a row sits. Rows not loaded yet
 * show a placeholder; `onRange` reports what is in view so the caller can fetch it.
 */
import { Skeleton, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { fitColumns } from './fitColumns';

export const ROW_HEIGHT = 40;

export interface Column<Row> {
  key: string;
  header: string;
  /** Preferred width in pixels. */
  width: number;
  /** The narrowest it may get when space is short (default: two thirds of `width`). */
  minWidth?: number;
  /** Sort key sent back through `onSort`; absent for columns that cannot be sorted. */
  sortKey?: string;
  numeric?: boolean;
  render(row: Row): ReactNode;
}

export interface SortState {
  key: string;
  descending: boolean;
}

interface VirtualTableProps<Row> {
  label: string;
  testId: string;
  columns: readonly Column<Row>[];
  rowCount: number;
  getRow(index: number): Row | undefined;
  rowTestId(row: Row): string;
  onOpen(row: Row): void;
  isActive?(row: Row): boolean;
  sort: SortState | null;
  onSort(key: string): void;
  onRange?(first: number, last: number): void;
  /** Changing it scrolls back to the top (a new filter or sort). */
  resetKey?: unknown;
}

function SortHeader<Row>({ column, sort, onSort }: { column: Column<Row>; sort: SortState | null; onSort(key: string): void }) {
  if (!column.sortKey) return <span className="rs-th-label" title={column.header}>{column.header}</span>;
  const active = sort?.key === column.sortKey;
  const Icon = !active ? IconArrowsSort : sort.descending ? IconSortDescending : IconSortAscending;
  const key = column.sortKey;
  return (
    <UnstyledButton className="rs-sort-button" onClick={() => onSort(key)} data-active={active || undefined} data-testid={`sort-${key}`}>
      <span className="rs-th-label" title={column.header}>{column.header}</span>
      <Icon size={14} aria-hidden="true" className="rs-sort-icon" />
    </UnstyledButton>
  );
}

interface VirtualRowProps<Row> {
  row: Row;
  index: number;
  columns: readonly Column<Row>[];
  active: boolean;
  testId: string;
  onOpen(row: Row): void;
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const VirtualRow = memo(function VirtualRow<Row>({ row, index, columns, active, testId, onOpen }: VirtualRowProps<Row>) {
  return (
    <tr
      aria-rowindex={index + 2}
      className="rs-vtable-row"
      data-active={active || undefined}
      data-odd={index % 2 === 1 || undefined}
      style={{ height: ROW_HEIGHT }}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a,button')) onOpen(row);
      }}
      data-testid={testId}
    >
      {columns.map((c) => (
        <td key={c.key} data-numeric={c.numeric || undefined}>
          {c.render(row)}
        </td>
      ))}
    </tr>
  );
}) as <Row>(props: VirtualRowProps<Row>) => ReactNode;

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { label, testId, columns, rowCount, getRow, rowTestId, onOpen, isActive, sort, onSort, onRange, resetKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are read during render on purpose.
  const virtualizer = useVirtualizer({ count: rowCount, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRange?.(first, last);
  }, [first, last, onRange]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // The table shows as many columns as fit: widths shrink toward their minimum before it scrolls sideways.
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const widths = fitColumns(columns, available);
  const width = widths.reduce((sum, w) => sum + w, 0);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scrollRef} className="rs-vtable-scroll" data-testid={`${testId}-scroll`}>
      <table className="rs-vtable" aria-label={label} aria-rowcount={rowCount + 1} style={{ width, minWidth: '100%' }} data-testid={testId}>
        <colgroup>
          {columns.map((c, i) => (
            <col key={c.key} style={{ width: widths[i] }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sortKey && sort?.key === c.sortKey ? (sort.descending ? 'descending' : 'ascending') : undefined} data-numeric={c.numeric || undefined} data-testid={`column-${c.key}`}>
                <SortHeader column={c} sort={sort} onSort={onSort} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="rs-vtable-spacer" style={{ height: top }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = getRow(item.index);
            if (!row) {
              return (
                <tr key={`loading-${item.index}`} aria-rowindex={item.index + 2} className="rs-vtable-row" style={{ height: ROW_HEIGHT }} data-loading>
                  <td colSpan={columns.length}>
                    <Skeleton height={12} width="60%" radius="sm" />
                  </td>
                </tr>
              );
            }
            return (
              <VirtualRow<Row>
                key={rowTestId(row)}
                row={row}
                index={item.index}
                columns={columns}
                active={isActive?.(row) ?? false}
                testId={rowTestId(row)}
                onOpen={onOpen}
              />
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="rs-vtable-spacer" style={{ height: bottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
