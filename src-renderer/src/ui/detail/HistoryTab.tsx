/**
 * Geschiedenis: the changes of one activity or initiative, newest first — when, who, by which path,
 * the field, old → new with labels for codes — and "Zet terug" per change (history.revert). The list
 * follows main's data-changed announcements, so an edit, undo or revert shows at once.
 */
import { Button, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { HistoryEntry } from '../../../../src-shared/model';
import { toApiError, type LocalisedMessage } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useI18n, type MessageKey } from '../../i18n';
import { useToast } from '../Toast';
import { fieldWords, valueWords } from './historyWords';
import { useReadOnly } from '../../state/appData';
import { ErrorAlert } from '../ErrorAlert';
import { locale } from '../../i18n/format';

const ORIGINS = ['edit', 'import', 'roundtrip', 'mapping', 'undo', 'redo', 'revert', 'restore', 'merge'];

export function HistoryTab({ target }: { target: { kind: 'activity' | 'initiative'; id: number } }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const args = useMemo(() => (target.kind === 'activity' ? { activity: target.id } : { initiative: target.id }), [target.kind, target.id]);
  const { value: entries, error } = useApiQuery('history.list', args, { keepPrevious: true });
  const revert = useApiMutation('history.revert');
  const editable = !useReadOnly();
  const [failure, setFailure] = useState<LocalisedMessage | null>(null);
  const when = (at: string) => new Date(at).toLocaleString(locale(lang), { dateStyle: 'short', timeStyle: 'short' });
  const origin = (o: string) => (ORIGINS.includes(o) ? t(`edit.origin.${o}` as MessageKey) : o);

  const putBack = (e: HistoryEntry) => {
    setFailure(null);
    revert.run({ change: e.change }).then(
      () => notify(t('edit.history.reverted', { field: fieldWords(e.field, t, lang) })),
      (cause: unknown) => setFailure(toApiError(cause).userMessage),
    );
  };

  if (error) return <ErrorAlert error={error} />;
  if (!entries) return null;
  const newestFirst = [...entries].reverse();
  return (
    <section aria-label={t('edit.history.title')} data-testid="history-tab">
      <ErrorAlert error={failure} mb="sm" data-testid="history-error" />
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">{t('edit.history.empty')}</Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="xs" data-testid="history-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('edit.history.when')}</Table.Th>
              <Table.Th scope="col">{t('edit.history.who')}</Table.Th>
              <Table.Th scope="col">{t('edit.history.origin')}</Table.Th>
              <Table.Th scope="col">{t('edit.history.field')}</Table.Th>
              <Table.Th scope="col">{t('edit.history.change')}</Table.Th>
              <Table.Th scope="col"><span className="rs-visually-hidden">{t('edit.history.revert')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((e) => {
              const field = fieldWords(e.field, t, lang);
              return (
                <Table.Tr key={e.change} data-testid={`history-${e.change}`} data-field={e.field}>
                  <Table.Td>{when(e.at)}</Table.Td>
                  <Table.Td>{e.user}</Table.Td>
                  <Table.Td>{origin(e.origin)}</Table.Td>
                  <Table.Td>{field}</Table.Td>
                  <Table.Td className="rs-history-change">
                    <span className="rs-history-old">{valueWords(e.field, e.old, lang)}</span> → <span>{valueWords(e.field, e.new, lang)}</span>
                  </Table.Td>
                  <Table.Td>
                    {editable && e.origin !== 'import' && e.origin !== 'restore' && (
                      <Button size="compact-xs" variant="light" onClick={() => putBack(e)} loading={revert.busy} aria-label={t('edit.history.revertLabel', { field })} data-testid={`history-revert-${e.change}`}>
                        {t('edit.history.revert')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
