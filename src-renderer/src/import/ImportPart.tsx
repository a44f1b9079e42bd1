/**
 * One part of Importeren below the drop zone (Geïmporteerde scans, Geografie, Back-ups): a section
 * with its `<h2>` and, where it has one, a line that says what it is for.
 */
import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ImportPartProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  lead?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
}

export function ImportPart({ id, title, lead, testId, className, children }: ImportPartProps) {
  return (
    <section aria-labelledby={id} data-testid={testId} className={className}>
      <Title order={2} id={id} fz="h2" mb={4}>
        {title}
      </Title>
      {lead && (
        <Text c="dimmed" size="sm" mb="md">
          {lead}
        </Text>
      )}
      {children}
    </section>
  );
}
