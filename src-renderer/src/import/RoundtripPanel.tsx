/**
 * The round trip's diff preview on Importeren (docs/roundtrip.md): changed cells old → new (labels,
 * per cell), new rows, rows missing from the file with the choice to delete them, and the issues;
 * nothing is written until Apply. After Apply, how it went.
 */
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RoundtripPreview } from '../../../src-shared/roundtrip';
import { useI18n } from '../i18n';
import { useImport } from './ImportProvider';
import { roundtripFieldLabel } from './roundtripFields';
import { OutcomeAlert } from './OutcomeAlert';
import { TableHead, type HeadColumn } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

function Cell({ value, empty }: { value: string | null; empty: string }) {
  return value === null ? <Text span c="dimmed" fs="italic">{empty}</Text> : <>{value}</>;
}

interface DiffTableProps<T> {
  title: string;
  testId: string;
  /** Nothing is shown without rows. */
  rows: readonly T[];
  /** No header row where the cells say what they are (the rows missing from the file). */
  columns?: readonly HeadColumn[];
  striped?: boolean;
  /** A line under the title. */
  hint?: string;
  /** What follows the table (the choice to delete the missing rows). */
  after?: ReactNode;
  children(row: T, index: number): ReactNode;
}

/** One part of the preview: its title, a table with a row for each item and what goes with it. */
function DiffTable<T>({ title, testId, rows, columns, striped = true, hint, after, children }: DiffTableProps<T>) {
  if (rows.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{title}</Title>
      {hint && <Text size="sm" c="dimmed">{hint}</Text>}
      <Table striped={striped} withTableBorder data-testid={testId}>
        {columns && <TableHead columns={columns} />}
        <Table.Tbody>{rows.map(children)}</Table.Tbody>
      </Table>
      {after}
    </Stack>
  );
}

export function RoundtripPanel({ preview }: { preview: RoundtripPreview }) {
  const { t, lang } = useI18n();
  const { roundtrip } = useImport();
  const { state, actions } = roundtrip;
  const removing = state.deleteMissing ? preview.removed.length : 0;
  const nothing = preview.added.length + preview.changed.length + removing === 0;
  return (
    <Paper withBorder radius="md" p="md" data-testid="roundtrip-preview">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" tabIndex={-1} data-import-focus>{t('roundtrip.title', { scan: preview.scanLabel })}</Title>
          <Text size="sm" mt={4}>{t('roundtrip.lead', { file: preview.fileName })}</Text>
          <Text size="sm" mt={4} fw={600} data-testid="roundtrip-summary">
            {t('roundtrip.summary', { added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length, issues: preview.issues.length })}
          </Text>
        </div>
        {preview.added.length + preview.changed.length + preview.removed.length === 0 && <Text>{t('roundtrip.nothing')}</Text>}
        <DiffTable title={t('roundtrip.changed.title')} testId="roundtrip-changed" rows={preview.changed} columns={[t('roundtrip.col.row'), t('roundtrip.col.subject'), t('roundtrip.col.field'), t('roundtrip.col.old'), null, t('roundtrip.col.new')]}>
          {(c) => (
            <Table.Tr key={`${c.kind}-${c.id}-${c.field}`} data-testid="roundtrip-change" data-field={c.field}>
              <Table.Td>{`${c.sheet} ${c.row}`}</Table.Td>
              <Table.Td>{c.subject}</Table.Td>
              <Table.Td>{roundtripFieldLabel(c.field, t, lang)}</Table.Td>
              <Table.Td className="rs-roundtrip-old"><Cell value={c.oldLabel} empty={t('roundtrip.empty')} /></Table.Td>
              <Table.Td aria-hidden="true"><IconArrowRight size={14} /></Table.Td>
              <Table.Td fw={600}><Cell value={c.newLabel} empty={t('roundtrip.empty')} /></Table.Td>
            </Table.Tr>
          )}
        </DiffTable>
        <DiffTable title={t('roundtrip.added.title')} testId="roundtrip-added" rows={preview.added} columns={[t('roundtrip.col.row'), t('roundtrip.col.initiative'), t('roundtrip.col.activity')]}>
          {(a) => (
            <Table.Tr key={`${a.sheet}-${a.row}`}>
              <Table.Td>{`${a.sheet} ${a.row}`}</Table.Td>
              <Table.Td>
                {a.initiative} {a.newInitiative && <Badge size="xs" variant="light">{t('roundtrip.newInitiative')}</Badge>}
              </Table.Td>
              <Table.Td>{a.name}</Table.Td>
            </Table.Tr>
          )}
        </DiffTable>
        <DiffTable
          title={t('roundtrip.removed.title')}
          testId="roundtrip-removed"
          rows={preview.removed}
          hint={t('roundtrip.removed.hint')}
          after={<Checkbox label={t('roundtrip.deleteMissing')} checked={state.deleteMissing} onChange={(e) => actions.setDeleteMissing(e.currentTarget.checked)} data-testid="roundtrip-delete-missing" />}
        >
          {(r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.initiative}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
            </Table.Tr>
          )}
        </DiffTable>
        <DiffTable title={t('roundtrip.issues.title')} testId="roundtrip-issues" rows={preview.issues} columns={[t('roundtrip.col.where'), t('roundtrip.col.message')]} striped={false}>
          {(i, n) => (
            <Table.Tr key={n}>
              <Table.Td>{[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}</Table.Td>
              <Table.Td c={i.severity === 'error' ? 'red.8' : undefined}>{i.value ? `${i.message} (${i.value})` : i.message}</Table.Td>
            </Table.Tr>
          )}
        </DiffTable>
        <ErrorAlert error={state.error} icon={<IconAlertTriangle aria-hidden="true" />} data-testid="roundtrip-error" />
        <Group gap="sm">
          <Button onClick={actions.apply} loading={state.applying} disabled={nothing} data-testid="roundtrip-apply">{t('roundtrip.apply')}</Button>
          <Button variant="default" onClick={actions.close} disabled={state.applying} data-testid="roundtrip-cancel">{t('roundtrip.cancel')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function RoundtripOutcome() {
  const { t } = useI18n();
  const { roundtrip } = useImport();
  const applied = roundtrip.state.applied;
  if (!applied) return null;
  return (
    <OutcomeAlert
      color="green"
      icon={<IconCircleCheck aria-hidden="true" />}
      title={applied.group === null ? t('roundtrip.done.nothing') : t('roundtrip.done.title', { changed: applied.changed, added: applied.added, removed: applied.removed })}
      onClose={roundtrip.actions.close}
      closeLabel={t('roundtrip.done.close')}
      testId="roundtrip-done"
    >
      {applied.group !== null && t('roundtrip.done.body')}
    </OutcomeAlert>
  );
}
