/**
 * The header row of a data table: one `<th scope="col">` per column, from a list. A column is its
 * label, or the label with a width, alignment or class; `hidden` keeps the label for screen readers
 * only (an actions column), and `null` is a decorative column without a heading (an arrow).
 */
import { Table, type TableThProps } from '@mantine/core';

export type HeadColumn = string | ({ label: string; hidden?: boolean } & Pick<TableThProps, 'w' | 'miw' | 'ta' | 'className'>) | null;

export function TableHead({ columns }: { columns: readonly HeadColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column, i) => {
          if (column === null) return <Table.Th key={i} aria-hidden="true" />;
          if (typeof column === 'string') return <Table.Th key={i} scope="col">{column}</Table.Th>;
          const { label, hidden, ...th } = column;
          return (
            <Table.Th key={i} scope="col" {...th}>
              {hidden ? <span className="rs-visually-hidden">{label}</span> : label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
