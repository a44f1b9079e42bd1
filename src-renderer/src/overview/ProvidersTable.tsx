/** Providers × role: organisations in at least N matching initiatives (N adjustable), per role the number of initiatives. */
import { Group, NumberInput, Table, Text, UnstyledButton } from '@mantine/core';
import type { OverviewResult } from '../../../src-shared/model';
import { overviewTable } from '../../../src-shared/overview-format';
import { useI18n } from '../i18n';
import { TableHead } from '../ui/TableHead';
import { usePick } from './usePick';

interface Props {
  result: OverviewResult;
  minInitiatives: number;
  onMinInitiatives(n: number): void;
}

export function ProvidersTable({ result, minInitiatives, onMinInitiatives }: Props) {
  const { t, lang } = useI18n();
  const pick = usePick();
  const p = result.providers;
  const header = overviewTable(result, 'providers', lang).header;
  return (
    <>
      <Group gap="md" align="flex-end" mb="sm">
        <NumberInput
          label={t('overview.providers.min')}
          value={minInitiatives}
          min={1}
          max={1000}
          step={1}
          allowDecimal={false}
          clampBehavior="strict"
          w={240}
          size="sm"
          onChange={(v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && onMinInitiatives(v)}
          data-testid="ov-providers-min"
        />
        <Text size="sm" c="dimmed" pb={6} data-testid="ov-providers-count">
          {t('overview.providers.count', { shown: p.rows.length, total: p.organisations })}
        </Text>
      </Group>
      {p.rows.length === 0 ? (
        <Text size="sm">{t('overview.providers.none', { n: p.minInitiatives })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table withRowBorders verticalSpacing={4} data-testid="ov-providers-table">
            <TableHead columns={header.map((h, i) => (i >= 2 ? { label: h, ta: 'right' } : h))} />
            <Table.Tbody>
              {p.rows.map((r) => (
                <Table.Tr key={r.organisation}>
                  <Table.Th scope="row" fw={400}>
                    <UnstyledButton className="rs-ov-link" onClick={() => pick([{ dimension: 'organisation', value: r.organisation }])} aria-label={t('overview.providers.filter', { organisation: r.organisation })}>
                      {r.organisation}
                    </UnstyledButton>
                  </Table.Th>
                  <Table.Td>{r.organisationType?.label ?? ''}</Table.Td>
                  <Table.Td ta="right" fw={600} className="rs-ov-num">{r.initiatives}</Table.Td>
                  <Table.Td ta="right" className="rs-ov-num">{r.activities}</Table.Td>
                  {r.roles.map((n, i) => (
                    <Table.Td key={i} ta="right" className="rs-ov-num" data-zero={n === 0 || undefined}>
                      {n}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
