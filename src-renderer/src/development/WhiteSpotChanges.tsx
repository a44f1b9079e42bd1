/**
 * White spots that closed or opened between the two scans, from the white-spot matrix (the report's
 * sector × digitaliseringsvorm × knelpunt under the filter), each combination in words.
 */
import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Filter } from '../../../src-shared/filter';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { whiteSpotShift, type ShiftedSpot } from './whiteSpotShift';

const LISTED = 12;

function SpotList({ spots, testId, title, empty }: { spots: ShiftedSpot[]; testId: string; title: string; empty: string }) {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" p="xs" data-testid={testId}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {spots.length === 0 ? (
        <Text size="sm" c="dimmed">{empty}</Text>
      ) : (
        <ul className="rs-dev-spots">
          {spots.slice(0, LISTED).map((s, i) => (
            <li key={i}>
              {s.parts.join(' × ')} <span className="rs-dev-muted">({s.from} → {s.to})</span>
            </li>
          ))}
          {spots.length > LISTED && <li className="rs-dev-muted">{t('development.spots.more', { count: spots.length - LISTED })}</li>}
        </ul>
      )}
    </Paper>
  );
}

export function WhiteSpotChanges({ from, to, filter }: { from: number; to: number; filter: Filter }) {
  const { t, lang } = useI18n();
  const before = useApiQuery('whitespots.build', { filter: { ...filter, scans: [from] }, language: lang });
  const after = useApiQuery('whitespots.build', { filter: { ...filter, scans: [to] }, language: lang });
  const shift = useMemo(() => (before.value && after.value ? whiteSpotShift(before.value, after.value) : null), [before.value, after.value]);
  return (
    <section className="rs-dev-section" aria-labelledby="dev-spots-title" data-testid="dev-whitespots">
      <h2 id="dev-spots-title" className="rs-dev-title">
        {t('development.spots.title')}
      </h2>
      {shift && (
        <>
          <Group gap="md" mb="xs">
            <Text size="sm" data-testid="dev-spots-summary">
              {t('development.spots.summary', { closed: shift.closed.length, opened: shift.opened.length, emptyFrom: shift.emptyFrom, emptyTo: shift.emptyTo, combinations: shift.combinations })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
            <SpotList spots={shift.closed} testId="dev-spots-closed" title={t('development.spots.closed')} empty={t('development.spots.noneClosed')} />
            <SpotList spots={shift.opened} testId="dev-spots-opened" title={t('development.spots.opened')} empty={t('development.spots.noneOpened')} />
          </SimpleGrid>
        </>
      )}
    </section>
  );
}
