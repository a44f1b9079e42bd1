/**
 * The link review table: every proposal between the two scans with its score and its evidence in
 * words, and Bevestigen / Afwijzen; decided links stay listed with their status and can be changed.
 * Automatic links (equal names) are shown on request. A decision is one change in the history (undo).
 */
import { Badge, Button, Group, Switch, Table, Text, useComputedColorScheme } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { LinkStatus, LinkView } from '../../../src-shared/links';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFailureToast, useToast } from '../ui/Toast';
import { reasonWords } from './reasons';

/** Dark shades on the light scheme and light ones on the dark, so the text keeps its contrast on the striped rows. */
const STATUS_HUE: Record<LinkStatus, string> = { auto: 'gray', proposed: 'blue', confirmed: 'teal', rejected: 'red' };

export function LinkReview({ from, to }: { from: number; to: number }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const fail = useFailureToast();
  const [showAuto, setShowAuto] = useState(false);
  const shade = useComputedColorScheme('light') === 'dark' ? '3' : '9';
  const colour = (hue: string) => `${hue}.${hue === 'gray' && shade === '9' ? '7' : shade}`;
  const { value: links, loading, error } = useApiQuery('links.list', { from, to });
  const decide = useApiMutation('links.decide');
  const all = links ?? [];
  const autoCount = all.filter((l) => l.status === 'auto').length;
  const shown = all.filter((l) => showAuto || l.status !== 'auto');
  const open = all.filter((l) => l.status === 'proposed').length;

  const run = async (link: LinkView, decision: 'confirmed' | 'rejected') => {
    try {
      await decide.run({ kind: 'initiative', from: link.from.id, to: link.to.id, decision });
      notify(t(decision === 'confirmed' ? 'development.links.confirmedToast' : 'development.links.rejectedToast', { from: link.from.name, to: link.to.name }), 'success');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="rs-dev-section" aria-labelledby="dev-links-title" data-testid="dev-links">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <h2 id="dev-links-title" className="rs-dev-title">
          {t('development.links.title')}
        </h2>
        <Switch size="sm" checked={showAuto} onChange={(e) => setShowAuto(e.currentTarget.checked)} label={t('development.links.showAuto', { count: autoCount })} data-testid="dev-links-auto" />
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('development.links.lead', { open })}
      </Text>
      {/* A list that failed to load says why, not "no links". */}
      {error ? (
        <ErrorAlert error={error} />
      ) : !loading && shown.length === 0 ? (
        <Text size="sm">{t('development.links.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={6} aria-labelledby="dev-links-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('development.links.col.from')}</Table.Th>
                <Table.Th scope="col">{t('development.links.col.to')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('development.links.col.score')}</Table.Th>
                <Table.Th scope="col">{t('development.links.col.evidence')}</Table.Th>
                <Table.Th scope="col" miw={120}>{t('development.links.col.status')}</Table.Th>
                <Table.Th scope="col">{t('development.links.col.decide')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((l) => {
                const key = `${l.from.id}-${l.to.id}`;
                return (
                  <Table.Tr key={key} data-testid={`dev-link-${key}`} data-status={l.status}>
                    <Table.Td>{l.from.name}</Table.Td>
                    <Table.Td>{l.to.name}</Table.Td>
                    <Table.Td ta="right" className="rs-dev-num">{Math.round(l.score * 100)}%</Table.Td>
                    <Table.Td>
                      <ul className="rs-dev-reasons">
                        {reasonWords(l.reasons, t, lang).map((words, i) => (
                          <li key={i}>{words}</li>
                        ))}
                      </ul>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={colour(STATUS_HUE[l.status])} variant="outline" tt="none" className="rs-dev-badge" data-testid={`dev-link-status-${key}`}>
                        {t(`development.status.${l.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="outline" color={colour('teal')} leftSection={<IconCheck size={14} aria-hidden="true" />} disabled={l.status === 'confirmed' || decide.busy} onClick={() => void run(l, 'confirmed')} aria-label={t('development.links.acceptLabel', { from: l.from.name, to: l.to.name })} data-testid={`dev-link-accept-${key}`}>
                          {t('development.links.accept')}
                        </Button>
                        <Button size="compact-xs" variant="outline" color={colour('red')} leftSection={<IconX size={14} aria-hidden="true" />} disabled={l.status === 'rejected' || decide.busy} onClick={() => void run(l, 'rejected')} aria-label={t('development.links.rejectLabel', { from: l.from.name, to: l.to.name })} data-testid={`dev-link-reject-${key}`}>
                          {t('development.links.reject')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
