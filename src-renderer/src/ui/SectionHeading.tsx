/**
 * A section's heading with, where it has one, the dimmed line below it that says what the section is
 * for. The heading takes Mantine's Title props (order, id for aria-labelledby, size, margins).
 */
import { Text, Title, type MantineSpacing, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionHeadingProps extends Omit<TitleProps, 'children' | 'title'> {
  title: ReactNode;
  lead?: ReactNode;
  /** Space below the lead. */
  leadMb?: MantineSpacing | number;
}

export function SectionHeading({ title, lead, leadMb, ...heading }: SectionHeadingProps) {
  return (
    <>
      <Title {...heading}>{title}</Title>
      {lead !== undefined && lead !== '' && (
        <Text size="sm" c="dimmed" mb={leadMb}>
          {lead}
        </Text>
      )}
    </>
  );
}
