/**
 * "Kopieer als tekst": the filter in words on the first line, then one initiative per line
 * ("name — website"), ready to paste into an e-mail to the entrepreneur; under an initiative whose
 * activities have a Volgende deur, the initiatives to go on to afterwards (nextdoor.initiatives).
 */
import { Button } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import type { InitiativeRow } from '../../../src-shared/model';
import { fetchApi } from '../api/query';
import { initiativesText } from './initiativesText';
import { useT } from '../i18n';
import { useFacets, useFilter } from '../state/FilterProvider';
import { useToast } from '../ui/Toast';
import { useDescribeFilter } from '../ui/useDescribeFilter';

export function CopyInitiatives({ rows }: { rows: readonly InitiativeRow[] }) {
  const t = useT();
  const { filter } = useFilter();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  const notify = useToast();

  const copy = async () => {
    // The counts of exactly this list: its initiatives and their matching activities.
    const counts = { activities: rows.reduce((n, r) => n + r.matching, 0), initiatives: rows.length };
    try {
      const doors = await fetchApi('nextdoor.initiatives', { filter });
      const of = new Map(doors.map((d) => [d.initiative, d.next.map((n) => n.name)]));
      await navigator.clipboard.writeText(initiativesText(describe(filter, counts), rows, { label: t('explore.copy.nextDoor'), of }));
      notify(t('explore.copy.done', { count: rows.length }));
    } catch {
      notify(t('explore.copy.failed'), 'error');
    }
  };

  return (
    <Button variant="default" size="xs" leftSection={<IconCopy size={16} aria-hidden="true" />} onClick={() => void copy()} disabled={rows.length === 0} data-testid="copy-initiatives">
      {t('explore.copy')}
    </Button>
  );
}
