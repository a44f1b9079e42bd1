/**
 * Why a screen shows no results yet (what to pick or import first), as a blue note.
 */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function InfoNote({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <Alert icon={<IconInfoCircle size={18} aria-hidden="true" />} color="blue" variant="light" data-testid={testId}>
      {children}
    </Alert>
  );
}
