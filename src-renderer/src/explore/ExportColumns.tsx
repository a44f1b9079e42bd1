/**
 * Which columns the activities export writes, chosen in a dialog and remembered on this computer.
 * ID, Activiteit and Type activiteit are always written (the round trip reads them) and shown
 * checked and disabled. Columns no activity fills are left out unless "Lege kolommen meenemen".
 */
import { Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isDimensionKey, ROLES } from '../../../src-shared/codebook';
import { EXPORT_COLUMNS, REQUIRED_EXPORT_COLUMNS } from '../../../src-shared/export-columns';
import { dimensionLabel, useI18n, type MessageKey } from '../i18n';
import { DialogFrame } from '../ui/DialogFrame';
import { readStored, writeStored } from './storage';

export interface ExportColumnChoice {
  /** Keys of src-shared/export-columns.ts. */
  columns: readonly string[];
  allColumns: boolean;
}

const STORAGE_KEY = 'regioscan.export.columns';
const DEFAULT_CHOICE: ExportColumnChoice = { columns: EXPORT_COLUMNS, allColumns: false };
const isChoice = (v: unknown) => {
  const c = v as Partial<ExportColumnChoice> | null;
  return typeof c === 'object' && c !== null && typeof c.allColumns === 'boolean' && Array.isArray(c.columns) && c.columns.every((k) => EXPORT_COLUMNS.includes(k as string));
};

export function useExportColumns(): [ExportColumnChoice, (next: ExportColumnChoice) => void] {
  const [choice, setChoice] = useState<ExportColumnChoice>(() => readStored(STORAGE_KEY, DEFAULT_CHOICE, isChoice));
  const set = (next: ExportColumnChoice) => {
    setChoice(next);
    writeStored(STORAGE_KEY, next);
  };
  return [choice, set];
}

/** The export's arguments for a choice: `columns` only when some are left out. */
export function exportColumnArgs(choice: ExportColumnChoice): { columns?: string[]; allColumns: boolean } {
  const all = EXPORT_COLUMNS.every((k) => choice.columns.includes(k));
  return { ...(all ? {} : { columns: EXPORT_COLUMNS.filter((k) => choice.columns.includes(k)) }), allColumns: choice.allColumns };
}

const FIXED_LABELS: Partial<Record<string, MessageKey>> = {
  id: 'explore.exportColumns.col.id',
  initiative: 'explore.exportColumns.col.initiative',
  activity: 'explore.exportColumns.col.activity',
  scan: 'explore.exportColumns.col.scan',
  description: 'explore.exportColumns.col.description',
  startYear: 'explore.exportColumns.col.startYear',
  reach: 'explore.exportColumns.col.reach',
  reachUnit: 'explore.exportColumns.col.reachUnit',
  reachSource: 'explore.exportColumns.col.reachSource',
  website: 'explore.exportColumns.col.website',
  extra: 'explore.exportColumns.col.extra',
};

export function ExportColumnsDialog({ opened, onClose, value, onChange }: { opened: boolean; onClose(): void; value: ExportColumnChoice; onChange(next: ExportColumnChoice): void }) {
  const { t, lang } = useI18n();
  const label = (key: string): string => {
    if (isDimensionKey(key)) return dimensionLabel(key, lang);
    if (key.startsWith('role:')) return ROLES.find((r) => `role:${r.code}` === key)?.[lang] ?? key;
    const fixed = FIXED_LABELS[key];
    return fixed ? t(fixed) : key;
  };
  const toggle = (key: string) => onChange({ ...value, columns: value.columns.includes(key) ? value.columns.filter((k) => k !== key) : [...value.columns, key] });

  return (
    <DialogFrame opened={opened} onClose={onClose} title={t('explore.exportColumns.title')} size="lg" testId="export-columns-dialog">
      <Stack gap="md">
        <Text size="sm">{t('explore.exportColumns.lead')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} role="group" aria-label={t('explore.exportColumns.title')}>
          {EXPORT_COLUMNS.map((key) => {
            const required = REQUIRED_EXPORT_COLUMNS.includes(key);
            return (
              <Checkbox
                key={key}
                size="sm"
                label={label(key)}
                checked={required || value.columns.includes(key)}
                disabled={required}
                onChange={() => toggle(key)}
                data-testid={`export-column-${key}`}
              />
            );
          })}
        </SimpleGrid>
        <Checkbox
          label={t('explore.exportColumns.empty')}
          description={t('explore.exportColumns.emptyHint')}
          checked={value.allColumns}
          onChange={(e) => onChange({ ...value, allColumns: e.currentTarget.checked })}
          data-testid="export-columns-empty"
        />
        <Group justify="space-between">
          <Button variant="subtle" size="xs" onClick={() => onChange(DEFAULT_CHOICE)} data-testid="export-columns-reset">
            {t('explore.exportColumns.reset')}
          </Button>
          <Button onClick={onClose} data-testid="export-columns-done">
            {t('explore.exportColumns.done')}
          </Button>
        </Group>
      </Stack>
    </DialogFrame>
  );
}
