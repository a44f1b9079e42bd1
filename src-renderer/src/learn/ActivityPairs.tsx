/** An expanded initiative pair: the activity pairs behind it, each with its score and reason. */
import { Loader, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { PairSide } from '../../../src-shared/model';
import { describeShared, type PairingLens } from '../../../src-shared/pairing';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import type { PairScope } from './learnState';
import { SideCell } from './PairTable';

interface Props {
  lens: PairingLens;
  filter: Filter;
  scope: PairScope;
  a: PairSide;
  b: PairSide;
  onOpen(target: DetailTarget): void;
}

export function ActivityPairs({ lens, filter, scope, a, b, onOpen }: Props) {
  const { t, lang } = useI18n();
  const args = useMemo(() => ({ filter, lens, a: a.initiativeId, b: b.initiativeId, scope }), [filter, lens, a.initiativeId, b.initiativeId, scope]);
  const { value, error, loading } = useApiQuery('pairings.activityPairs', args);
  if (loading) return <Loader size="xs" aria-label={t('learn.detail.loading')} />;
  if (error) return <Text size="sm" c="red">{error[lang]}</Text>;
  return (
    <Table withRowBorders={false} verticalSpacing={4} className="rs-pair-subtable" data-testid="activity-pairs" aria-label={t('learn.detail.label', { a: a.initiative, b: b.initiative })}>
      <Table.Tbody>
        {(value ?? []).map((p) => (
          <Table.Tr key={`${p.a.activityId}:${p.b.activityId}`} data-testid="activity-pair">
            <Table.Td w="26%">
              <SideCell side={{ initiativeId: p.a.initiativeId, initiative: p.a.activity ?? '', scanId: p.a.scanId, scan: p.a.scan }} onOpen={() => onOpen({ kind: 'activity', id: p.a.activityId! })} showScan={false} />
            </Table.Td>
            <Table.Td w="26%">
              <SideCell side={{ initiativeId: p.b.initiativeId, initiative: p.b.activity ?? '', scanId: p.b.scanId, scan: p.b.scan }} onOpen={() => onOpen({ kind: 'activity', id: p.b.activityId! })} showScan={false} />
            </Table.Td>
            <Table.Td w={60}>{p.score}</Table.Td>
            <Table.Td>
              <Text size="xs">{describeShared(lens, p.shared, lang)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
