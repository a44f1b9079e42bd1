/**
 * Te koppelen, the rules: every stored rule (value → code, header → field) with remove, and the rules
 * as a file — export, and import from another database (every rule checked first; a bad one changes nothing).
 */
import { ActionIcon, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport, IconTrash } from '@tabler/icons-react';
import { isDimensionKey } from '../../../src-shared/codebook';
import { useApiMutation, useApiQuery } from '../api/query';
import { dimensionLabel, useI18n } from '../i18n';
import { useFileExport } from '../ui/useDeliverFile';
import { useFailureToast, useToast } from '../ui/Toast';
import { JSON_FILES, useFilePicker } from '../ui/useFilePicker';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

export function MappingRules({ readOnly }: { readOnly: boolean }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const { value: rules, error } = useApiQuery('mappings.rules', { language: lang }, { keepPrevious: true });
  const unmap = useApiMutation('mappings.unmap');
  const exportRules = useFileExport('mappings.export');
  const importRules = useApiMutation('mappings.import');
  const fail = useFailureToast();

  const importFile = async (file: File) => {
    const result = await importRules.run({ fileName: file.name, text: await file.text() });
    notify(t('koppelen.rules.imported', { stored: result.stored, changed: result.changed }));
  };
  const picker = useFilePicker({ accept: JSON_FILES, testId: 'rules-import-input', onFile: importFile });

  return (
    <section aria-labelledby="koppelen-rules-title" data-testid="mapping-rules">
      <Group justify="space-between" align="center" mb="xs">
        <Title order={2} id="koppelen-rules-title" size="h3">
          {t('koppelen.rules.title')}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconFileExport size={16} aria-hidden="true" />} onClick={() => void exportRules.run({})} data-testid="rules-export">
            {t('koppelen.rules.export')}
          </Button>
          {!readOnly && (
            <Button size="xs" variant="default" leftSection={<IconFileImport size={16} aria-hidden="true" />} onClick={picker.open} data-testid="rules-import">
              {t('koppelen.rules.import')}
            </Button>
          )}
          {picker.input}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm" maw={760}>
        {t('koppelen.rules.lead')}
      </Text>
      <ErrorAlert error={error} />
      {rules && rules.length === 0 && <Text size="sm" data-testid="rules-none">{t('koppelen.rules.none')}</Text>}
      {rules && rules.length > 0 && (
        <Table withTableBorder striped verticalSpacing={6} fz="sm" data-testid="rules-table" aria-labelledby="koppelen-rules-title">
          <TableHead columns={[t('koppelen.col.kind'), t('koppelen.col.source'), t('koppelen.col.target'), { label: t('koppelen.col.actions'), hidden: true }]} />
          <Table.Tbody>
            {rules.map((r) => (
              <Table.Tr key={r.id} data-testid={`rule-${r.dimension ?? 'column'}-${r.value}`}>
                <Table.Td>{r.kind === 'column' ? t('koppelen.kind.column') : r.dimension && isDimensionKey(r.dimension) ? dimensionLabel(r.dimension, lang) : r.dimension}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray" tt="none" fw={500}>
                    {r.value}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.targetLabel}
                  {r.kind === 'value' && r.targetLabel !== r.target && <Text span c="dimmed" size="xs">{` (${r.target})`}</Text>}
                </Table.Td>
                <Table.Td ta="right">
                  {!readOnly && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('koppelen.rules.remove', { value: r.value })}
                      onClick={() => unmap.run({ id: r.id }).then(() => notify(t('koppelen.rules.removed', { value: r.value })), fail)}
                      data-testid={`rule-remove-${r.dimension ?? 'column'}-${r.value}`}
                    >
                      <IconTrash size={16} aria-hidden="true" />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
