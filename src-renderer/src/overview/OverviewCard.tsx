/** The frame of one Overzicht chart or table: heading, a short note, tools (view switch, export) and the content. */
import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  id: string;
  note?: ReactNode;
  tools?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

export function OverviewCard({ title, id, note, tools, children, wide = false }: Props) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${id}-title`} className={wide ? 'rs-ov-card rs-ov-wide' : 'rs-ov-card'} data-testid={id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb="xs">
        <Title order={3} id={`${id}-title`} className="rs-ov-card-title">
          {title}
        </Title>
        {tools && (
          <Group gap="xs" wrap="nowrap">
            {tools}
          </Group>
        )}
      </Group>
      {note && (
        <Text size="sm" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      {children}
    </Paper>
  );
}
