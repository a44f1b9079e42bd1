/** Reach per activity type: activities, how many have a known reach, and the sum of the known reach per unit. */
import { Table, UnstyledButton } from '@mantine/core';
import type { OverviewResult } from '../../../src-shared/model';
import { overviewTable } from '../../../src-shared/overview-format';
import { useI18n } from '../i18n';
import { filterValueOf } from '../state/refine';
import { FigureCell, TotalsFooter } from './TotalsFooter';
import { usePick } from './usePick';
import { locale } from '../i18n/format';

export function ReachTable({ result }: { result: OverviewResult }) {
  const { t, lang } = useI18n();
  const pick = usePick();
  const header = overviewTable(result, 'reach', lang).header;
  const numberLocale = locale(lang);
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table withRowBorders verticalSpacing={4} data-testid="ov-reach-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{header[0]}</Table.Th>
            <Table.Th scope="col" ta="right">{header[1]}</Table.Th>
            <Table.Th scope="col" ta="right">{header[2]}</Table.Th>
            <Table.Th scope="col" ta="right">{header[4]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.reach.rows.map((r) => (
            <Table.Tr key={`${r.type.code ?? ''}|${r.type.label}`}>
              <Table.Th scope="row" fw={400}>
                <UnstyledButton className="rs-ov-link" onClick={() => pick([{ dimension: 'type', value: filterValueOf(r.type) }])} aria-label={t('overview.value.filter', { value: r.type.label, count: r.type.count })}>
                  {r.type.label}
                </UnstyledButton>
              </Table.Th>
              <FigureCell>{r.type.count}</FigureCell>
              <FigureCell>{r.known}</FigureCell>
              <FigureCell>
                {r.sum === null ? (
                  <span className="rs-ov-unknown">{t('overview.reach.unknown')}</span>
                ) : (
                  r.byUnit.map((u) => `${u.sum.toLocaleString(numberLocale)}${u.label ? ` ${u.label}` : ''}`).join(' + ')
                )}
              </FigureCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <TotalsFooter>
          <FigureCell fw={600}>{result.total}</FigureCell>
          <FigureCell fw={600}>{result.reach.known}</FigureCell>
          <Table.Td />
        </TotalsFooter>
      </Table>
    </Table.ScrollContainer>
  );
}
