/**
 * The extra fields (workbook columns the importer did not know) in an edit form: each value edited
 * or cleared, and a new field added by name. Sent as `extras` of edits.activity / edits.initiative.
 */
import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { ExtraRow } from './editModel';

export function ExtraFieldsEditor({ rows, onChange }: { rows: readonly ExtraRow[]; onChange(rows: ExtraRow[]): void }) {
  const t = useT();
  const put = (i: number, row: Partial<ExtraRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <section aria-labelledby="edit-extra-title" data-testid="edit-extras">
      <Title order={4} id="edit-extra-title" className="rs-detail-section">{t('explore.detail.extra')}</Title>
      <Stack gap="xs">
        {rows.length === 0 && <Text size="sm" c="dimmed">{t('edit.extra.none')}</Text>}
        {rows.map((row, i) => (
          <Group key={row.added ? `new-${i}` : row.name} gap="xs" align="flex-end" wrap="nowrap">
            {row.added && (
              <TextInput label={t('edit.extra.name')} value={row.name} onChange={(e) => put(i, { name: e.currentTarget.value })} maxLength={200} w="40%" data-testid={`edit-extra-name-${i}`} />
            )}
            <TextInput
              label={row.added ? t('edit.extra.value') : row.name}
              value={row.value}
              onChange={(e) => put(i, { value: e.currentTarget.value })}
              maxLength={10_000}
              style={{ flex: 1 }}
              data-testid={row.added ? `edit-extra-value-${i}` : `edit-extra-${row.name}`}
            />
            <ActionIcon variant="default" size="lg" onClick={() => put(i, { value: '' })} aria-label={t('edit.extra.clear', { name: row.name || t('edit.extra.new') })} data-testid={`edit-extra-clear-${i}`}>
              <IconX size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={() => onChange([...rows, { name: '', value: '', added: true }])} data-testid="edit-extra-add">
            {t('edit.extra.add')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
