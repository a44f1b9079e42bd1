/**
 * One of the two result lists of Activiteiten (activities, initiatives): its count as the heading
 * (loading while unknown), its tools, main's sentence when the list did not load, and the table or,
 * when nothing matches, the way out of the filter.
 */
import { Group, Loader, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import type { DetailTarget } from '../ui/detail/DetailDrawer';
import { ErrorAlert } from '../ui/ErrorAlert';
import { NoMatches } from '../ui/NoMatches';

/** What both lists get from the screen: the row whose detail is open, and the way to open one. */
export interface ResultListProps {
  detail: DetailTarget | null;
  onOpen(target: DetailTarget): void;
}

interface ResultsViewProps {
  what: 'activities' | 'initiatives';
  /** How many match; null while unknown. */
  count: number | null;
  error: LocalisedMessage | null;
  /** Beside the heading (columns, print, copy). */
  tools: ReactNode;
  /** The table. */
  children: ReactNode;
}

export function ResultsView({ what, count, error, tools, children }: ResultsViewProps) {
  const { t } = useI18n();
  return (
    <div className="rs-results-view" data-testid={`${what}-view`}>
      <Group justify="space-between" gap="sm" className="rs-results-head" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Title order={2} className="rs-results-title" data-testid={`${what}-count`} aria-live="polite">
            {count === null ? t(`explore.${what}.loading`) : t(`explore.${what}.count`, { count })}
          </Title>
          {count === null && !error && <Loader size="xs" aria-hidden="true" />}
        </Group>
        {tools}
      </Group>
      <ErrorAlert error={error} title={t(`explore.${what}.error`)} />
      {count === 0 ? <NoMatches what={what} /> : children}
    </div>
  );
}
