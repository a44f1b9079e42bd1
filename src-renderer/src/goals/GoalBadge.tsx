/** A goal's status as a clear badge with the numbers beside it: "Gehaald · 4 van 3 activiteiten · bereik 350 (minimaal 200)". */
import { Badge, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { GoalResult } from '../../../src-shared/surveys-model';
import { useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { goalStatus } from './goalStatus';

export function GoalBadge({ goal }: { goal: GoalResult }) {
  const { t, lang } = useI18n();
  const status = goalStatus(goal);
  const n = (x: number) => formatNumber(x, lang);
  const counts = goal.target !== null ? t('goals.countOfTarget', { count: n(goal.count), target: goal.target }) : t('goals.count', { count: goal.count });
  const reach = goal.minReach !== null ? t('goals.reachOfMin', { reach: n(goal.reach), min: n(goal.minReach) }) : t('goals.reach', { reach: n(goal.reach) });
  const short = [status.countShort > 0 ? t('goals.short', { n: n(status.countShort) }) : null, status.reachShort > 0 ? t('goals.shortReach', { n: n(status.reachShort) }) : null].filter((x) => x !== null);
  return (
    <Group gap="xs" wrap="wrap" data-testid="goal-status" data-status={status.kind}>
      {status.kind === 'met' && (
        <Badge color="#1b6e2d" size="lg" tt="none" leftSection={<IconCircleCheck size={16} aria-hidden="true" />}>
          {t('goals.met')}
        </Badge>
      )}
      {status.kind === 'not-met' && (
        <Badge color="red.9" size="lg" tt="none" leftSection={<IconCircleX size={16} aria-hidden="true" />}>
          {t('goals.notMet')}
        </Badge>
      )}
      {status.kind === 'none' && (
        <Badge color="gray" variant="light" size="lg" tt="none">
          {t('goals.noTarget')}
        </Badge>
      )}
      <Text size="sm" data-testid="goal-numbers">
        {[counts, t('goals.initiatives', { count: goal.initiatives }), reach].join(' · ')}
        {short.length > 0 && (
          <Text span size="sm" fw={600} className="rs-goal-danger">
            {' '}
            ({short.join(', ')})
          </Text>
        )}
      </Text>
    </Group>
  );
}
