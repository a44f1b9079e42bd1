/**
 * Dubbel werk: groups of activities of different initiatives with the same type, knelpunten, sectors
 * and geography (main's `nextdoor.overlap`), each with its activities, initiatives and funders side
 * by side. An activity opens the detail panel.
 */
import { Loader, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useApiQuery } from '../api/query';
import { codeLabel, useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

export function OverlapList({ onOpen }: { onOpen(target: DetailTarget): void }) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const { value, error, loading } = useApiQuery('nextdoor.overlap', { filter }, { keepPrevious: true });
  const labels = (dim: 'type' | 'sector' | 'geography', codes: readonly string[]) => codes.map((c) => codeLabel(dim, c, lang)).join(', ');

  return (
    <Stack gap="sm" data-testid="overlap">
      <Text size="sm" c="dimmed">
        {t('overlap.lead')}
      </Text>
      {loading && <Loader size="sm" aria-label={t('overlap.loading')} />}
      <ErrorAlert error={error} />
      {value && value.length === 0 && <Text size="sm">{t('overlap.none')}</Text>}
      {value && value.length > 0 && (
        <Text fw={600} data-testid="overlap-count">
          {t('overlap.count', { count: value.length })}
        </Text>
      )}
      {value?.map((group, g) => (
        <Paper key={g} withBorder p="sm" radius="md" data-testid="overlap-group">
          <Title order={3} className="rs-overlap-title">
            {t('overlap.group', { type: group.type.split(', ').map((c) => codeLabel('type', c, lang)).join(', '), bottlenecks: group.bottlenecks.join(', '), sectors: labels('sector', group.sectors), geography: labels('geography', group.geography) })}
          </Title>
          <Table withTableBorder striped mt={6} layout="fixed">
            <TableHead columns={[t('overlap.activity'), t('overlap.initiative'), t('overlap.funders')]} />
            <Table.Tbody>
              {group.activities.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <UnstyledButton className="rs-overlap-link" onClick={() => onOpen({ kind: 'activity', id: a.id })}>
                      {a.name}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton className="rs-overlap-link" onClick={() => onOpen({ kind: 'initiative', id: a.initiativeId })}>
                      {a.initiative}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{a.funders.length > 0 ? a.funders.join(', ') : <Text span size="sm" c="dimmed">{t('overlap.noFunder')}</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
