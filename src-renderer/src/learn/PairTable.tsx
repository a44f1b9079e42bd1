/**
 * The ranked pairs: rank, both sides (initiative, or initiative — activity), score, the reason in
 * words and markers (across regions, already share an organisation). Initiative pairs expand to the
 * activity pairs behind them. Names open the detail drawer.
 */
import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { PairSide, PairView } from '../../../src-shared/model';
import { describeShared, type PairingLens } from '../../../src-shared/pairing';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { useI18n } from '../i18n';
import { pairKey, type PairScope } from './learnState';
import { ActivityPairs } from './ActivityPairs';

interface Props {
  lens: PairingLens;
  pairs: readonly PairView[];
  expanded: readonly string[];
  onToggle(key: string): void;
  onOpen(target: DetailTarget): void;
  /** For expanding: the filter and scope the list was made under. */
  filter: Filter;
  scope: PairScope;
  /** Show each side's scan (more than one scan in play). */
  showScans: boolean;
  testId: string;
}

export function SideCell({ side, onOpen, showScan }: { side: PairSide; onOpen(target: DetailTarget): void; showScan: boolean }) {
  const { t } = useI18n();
  return (
    <div className="rs-pair-side">
      <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen({ kind: 'initiative', id: side.initiativeId })} aria-label={t('learn.openDetail', { name: side.initiative })}>
        {side.initiative}
      </Anchor>
      {side.activityId !== undefined && (
        <Anchor component="button" type="button" size="sm" display="block" data-secondary onClick={() => onOpen({ kind: 'activity', id: side.activityId! })} aria-label={t('learn.openDetail', { name: side.activity ?? '' })}>
          {side.activity}
        </Anchor>
      )}
      {showScan && (
        <Text size="xs" c="dimmed">
          {side.scan}
        </Text>
      )}
    </div>
  );
}

export function PairTable({ lens, pairs, expanded, onToggle, onOpen, filter, scope, showScans, testId }: Props) {
  const { t, lang } = useI18n();
  const byInitiative = pairs.some((p) => p.activityPairs !== undefined) && pairs.every((p) => p.a.activityId === undefined);
  return (
    <Table striped highlightOnHover verticalSpacing="xs" className="rs-pair-table" data-testid={testId} aria-label={t('learn.table.label', { lens })}>
      <Table.Thead>
        <Table.Tr>
          {byInitiative && <Table.Th w={36} aria-hidden="true" />}
          <Table.Th className="rs-pair-narrow">{t('learn.col.rank')}</Table.Th>
          <Table.Th>{t('learn.col.a')}</Table.Th>
          <Table.Th>{t('learn.col.b')}</Table.Th>
          <Table.Th className="rs-pair-narrow">{t('learn.col.score')}</Table.Th>
          <Table.Th>{t('learn.col.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pairs.map((p, i) => {
          const key = pairKey(p.a.activityId ?? p.a.initiativeId, p.b.activityId ?? p.b.initiativeId);
          const open = byInitiative && expanded.includes(key);
          const names = { a: p.a.initiative, b: p.b.initiative };
          return (
            <Fragment key={key}>
              <Table.Tr data-testid="pair-row" data-pair={key}>
                {byInitiative && (
                  <Table.Td>
                    <Tooltip label={open ? t('learn.collapse', names) : t('learn.expand', names)} withArrow>
                      <ActionIcon variant="subtle" color="gray" aria-expanded={open} aria-label={open ? t('learn.collapse', names) : t('learn.expand', names)} onClick={() => onToggle(key)} data-testid="pair-expand">
                        {open ? <IconChevronDown size={16} aria-hidden="true" /> : <IconChevronRight size={16} aria-hidden="true" />}
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
                <Table.Td className="rs-pair-narrow">{i + 1}</Table.Td>
                <Table.Td>
                  <SideCell side={p.a} onOpen={onOpen} showScan={showScans} />
                </Table.Td>
                <Table.Td>
                  <SideCell side={p.b} onOpen={onOpen} showScan={showScans} />
                </Table.Td>
                <Table.Td className="rs-pair-narrow">
                  <Badge variant="light" size="lg" className="rs-pair-score" data-testid="pair-score">
                    {p.score}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="pair-why">
                    {describeShared(lens, p.shared, lang)}
                  </Text>
                  <Group gap={6} mt={4}>
                    {p.activityPairs !== undefined && (
                      <Text size="xs" c="dimmed">
                        {t('learn.activityPairs', { n: p.activityPairs })}
                      </Text>
                    )}
                    {p.acrossRegions && (
                      <Badge size="sm" variant="outline" color="grape" data-testid="pair-across">
                        {t('learn.across')}
                      </Badge>
                    )}
                    {p.shareOrganisation && (
                      <Badge size="sm" variant="default">
                        {t('learn.knowEachOther')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
              {open && (
                <Table.Tr>
                  <Table.Td colSpan={6} className="rs-pair-detail">
                    <ActivityPairs lens={lens} filter={filter} scope={scope} a={p.a} b={p.b} onOpen={onOpen} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
