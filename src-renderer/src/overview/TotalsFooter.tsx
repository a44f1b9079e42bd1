/**
 * The pieces the Overzicht's tables share: a figure cell (right-aligned, in tabular digits) and the
 * footer row of totals under a table.
 */
import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

export function FigureCell({ children, ...props }: TableTdProps & { children: ReactNode }) {
  return (
    <Table.Td ta="right" className="rs-ov-num" {...props}>
      {children}
    </Table.Td>
  );
}

/** "Totaal" and the table's totals, one cell a column. */
export function TotalsFooter({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Table.Tfoot>
      <Table.Tr>
        <Table.Th scope="row">{t('overview.total')}</Table.Th>
        {children}
      </Table.Tr>
    </Table.Tfoot>
  );
}
