/**
 * One part of Importeren below the drop zone (Geïmporteerde scans, Geografie, Back-ups): a section
 * with its `<h2>` and, where it has one, a line that says what it is for.
 */
import type { ReactNode } from 'react';
import { SectionHeading } from '../ui/SectionHeading';

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
      <SectionHeading order={2} id={id} fz="h2" mb={4} title={title} lead={lead} leadMb="md" />
      {children}
    </section>
  );
}
