/** One goal: its name, filter in words, status badge with the numbers, and its actions; details unfold below. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFilter, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalResult } from '../../../src-shared/surveys-model';
import { useI18n } from '../i18n';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { GoalBadge } from './GoalBadge';
import { GoalDetails } from './GoalDetails';
import { goalFilterIn } from './goalStatus';

interface GoalCardProps {
  goal: GoalResult;
  scans: readonly number[];
  words: string;
  onEdit(): void;
  onDelete(): void;
  onApply(): void;
  onOpen(target: DetailTarget): void;
}

export function GoalCard({ goal, scans, words, onEdit, onDelete, onApply, onOpen }: GoalCardProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Paper component="li" withBorder p="md" radius="md" className="rs-goal-card" data-testid={`goal-${goal.id}`} aria-labelledby={`goal-title-${goal.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Title order={3} id={`goal-title-${goal.id}`} className="rs-goal-title">
            {goal.name}
          </Title>
          <Group gap={6} wrap="wrap">
            <Button size="compact-sm" variant="subtle" leftSection={open ? <IconChevronUp size={14} aria-hidden="true" /> : <IconChevronDown size={14} aria-hidden="true" />} onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="goal-toggle">
              {t(open ? 'goals.details.hide' : 'goals.details.show')}
            </Button>
            <Button size="compact-sm" variant="subtle" leftSection={<IconFilter size={14} aria-hidden="true" />} onClick={onApply} data-testid="goal-apply">
              {t('goals.apply')}
            </Button>
            <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={onEdit} data-testid="goal-edit">
              {t('goals.edit')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="gray" className="rs-goal-danger" leftSection={<IconTrash size={14} aria-hidden="true" />} onClick={onDelete} data-testid="goal-delete">
              {t('goals.delete')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" data-testid="goal-filter">
          {t('goals.filter')}: {words}
        </Text>
        <GoalBadge goal={goal} />
        {open && <GoalDetails goalId={goal.id} filter={goalFilterIn(goal.filter, scans)} onOpen={onOpen} />}
      </Stack>
    </Paper>
  );
}
