/**
 * What serves one goal in the selected scans: its initiatives and activities (each opens the detail
 * panel) and the beleidsrationale the activities state, counted per code.
 */
import { Badge, Group, Loader, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import type { Filter } from '../../../src-shared/filter';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import type { DetailTarget } from '../ui/detail/DetailDrawer';

/** At most this many activities are listed; the rest is one click away in Activiteiten. */
const SHOWN = 40;

export function GoalDetails({ goalId, filter, onOpen }: { goalId: number; filter: Filter; onOpen(target: DetailTarget): void }) {
  const { t, lang } = useI18n();
  const initiatives = useApiQuery('query.initiatives', { filter });
  const activities = useApiQuery('query.activities', { filter, sort: 'initiative', limit: SHOWN, language: lang });
  const facets = useApiQuery('query.facets', { filter, language: lang });
  const rationale = useMemo(() => (facets.value?.facets.rationale ?? []).filter((f) => f.count > 0).sort((a, b) => b.count - a.count), [facets.value]);
  const serving = initiatives.value?.filter((i) => i.matching > 0) ?? [];

  return (
    <Stack gap="sm" className="rs-goal-details" data-testid={`goal-details-${goalId}`}>
      {(initiatives.loading || activities.loading) && <Loader size="sm" aria-label={t('goals.loading')} />}
      {activities.value && activities.value.total === 0 && <Text size="sm">{t('goals.serving.none')}</Text>}
      {activities.value && activities.value.total > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <Title order={4} className="rs-goal-subtitle">
              {t('goals.serving.initiatives')} ({serving.length})
            </Title>
            <ul className="rs-goal-list" data-testid="goal-initiatives">
              {serving.map((i) => (
                <li key={i.id}>
                  <UnstyledButton className="rs-goal-link" onClick={() => onOpen({ kind: 'initiative', id: i.id })}>
                    {i.name}
                  </UnstyledButton>{' '}
                  <Text span size="xs" c="dimmed">
                    {t('goals.count', { count: i.matching })} · {i.scan}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <Title order={4} className="rs-goal-subtitle">
              {t('goals.serving.activities')} ({activities.value.total})
            </Title>
            <ul className="rs-goal-list" data-testid="goal-activities">
              {activities.value.rows.map((a) => (
                <li key={a.id}>
                  <UnstyledButton className="rs-goal-link" onClick={() => onOpen({ kind: 'activity', id: a.id })} data-testid="goal-activity">
                    {a.name}
                  </UnstyledButton>{' '}
                  <Text span size="xs" c="dimmed">
                    {a.initiative}
                    {a.reach !== null ? ` · ${a.reach}` : ''}
                  </Text>
                </li>
              ))}
            </ul>
            {activities.value.total > SHOWN && (
              <Text size="xs" c="dimmed">
                {t('goals.serving.more', { n: activities.value.total - SHOWN })}
              </Text>
            )}
          </div>
        </SimpleGrid>
      )}
      <div>
        <Title order={4} className="rs-goal-subtitle">
          {t('goals.rationale')}
        </Title>
        {facets.value && rationale.length === 0 && <Text size="sm">{t('goals.rationale.none')}</Text>}
        <Group gap={6} wrap="wrap" data-testid="goal-rationale">
          {rationale.map((r) => (
            <Badge key={r.code ?? r.label} variant="light" color="gray" size="lg" tt="none">
              {r.label}: {r.count}
            </Badge>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
