/** Every goal in each chosen scan on its own (default: every scan), e.g. an earlier and a later scan side by side. */
import { Badge, MultiSelect, Stack, Table } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useScans } from '../state/appData';
import { scanShortLabel } from '../state/scans';
import { TableHead } from '../ui/TableHead';
import { SectionHeading } from '../ui/SectionHeading';

export function GoalsCompare() {
  const { t, lang } = useI18n();
  const scans = useScans();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const all = useMemo(() => scans.items.map((s) => String(s.id)), [scans.items]);
  const picked = (chosen ?? all).filter((id) => all.includes(id));
  const args = picked.length > 0 ? { scans: picked.map(Number) } : null;
  const { value } = useApiQuery('goals.compare', args, { keepPrevious: true });
  const n = (x: number) => formatNumber(x, lang);

  return (
    <Stack gap="xs" component="section" aria-labelledby="goals-compare-title" data-testid="goals-compare">
      <SectionHeading order={2} id="goals-compare-title" className="rs-goal-section-title" title={t('goals.compare.title')} lead={t('goals.compare.lead')} />
      <MultiSelect
        label={t('goals.compare.scans')}
        data={scans.items.map((s) => ({ value: String(s.id), label: scanShortLabel(s) }))}
        value={picked}
        onChange={setChosen}
        maw={640}
        data-testid="goals-compare-scans"
        comboboxProps={{ withinPortal: false }}
      />
      {value && value.goals.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder data-testid="goals-compare-table">
            <TableHead columns={[t('goals.compare.goal'), ...value.scans.map((s) => s.label)]} />
            <Table.Tbody>
              {value.goals.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Th scope="row">{g.name}</Table.Th>
                  {g.perScan.map((s) => (
                    <Table.Td key={s.scan}>
                      {t('goals.compare.cell', { count: n(s.count), reach: n(s.reach) })}{' '}
                      {s.met !== null && (
                        <Badge size="sm" tt="none" color={s.met ? '#1b6e2d' : 'red.9'}>
                          {t(s.met ? 'goals.met' : 'goals.notMet')}
                        </Badge>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
