/**
 * Export the filtered activities for a meeting: Excel, or CSV with ";" (Dutch Excel) or ",", with
 * the columns chosen in "Kolommen kiezen…" (remembered).
 * Main either saves the file itself (desktop save dialog: "Opgeslagen in …") or returns it to download.
 */
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconColumns3, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { useExportRequest } from '../state/ExportRequest';
import { exportColumnArgs, ExportColumnsDialog, useExportColumns } from './ExportColumns';
import { useFileExport } from '../ui/useDeliverFile';

type Choice = { id: string; label: MessageKey; format: 'xlsx' | 'csv'; separator?: ';' | ',' };
const CHOICES: readonly Choice[] = [
  { id: 'xlsx', label: 'explore.export.xlsx', format: 'xlsx' },
  { id: 'csv-semicolon', label: 'explore.export.csvSemicolon', format: 'csv', separator: ';' },
  { id: 'csv-comma', label: 'explore.export.csvComma', format: 'csv', separator: ',' },
];

export function ExportMenu() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const exportRequest = useExportRequest();
  const [opened, setOpened] = useState(false);
  const exporter = useFileExport('export.activities');
  const [columns, setColumns] = useExportColumns();
  const [choosing, setChoosing] = useState(false);

  const onChange = (next: boolean) => {
    setOpened(next);
    if (!next) exportRequest.consume();
  };

  const run = (choice: Choice) => exporter.run({ filter, format: choice.format, ...(choice.separator ? { separator: choice.separator } : {}), language: lang, ...exportColumnArgs(columns) });

  return (
    <>
      <Menu opened={opened || exportRequest.pending} onChange={onChange} position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <Button size="xs" variant="default" loading={exporter.busy} leftSection={<IconDownload size={16} aria-hidden="true" />} rightSection={<IconChevronDown size={14} aria-hidden="true" />} data-testid="export-activities">
            {t('explore.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="export-menu">
          <Menu.Label>{t('explore.export.label')}</Menu.Label>
          {CHOICES.map((choice) => (
            <Menu.Item
              key={choice.id}
              leftSection={choice.format === 'xlsx' ? <IconFileSpreadsheet size={16} aria-hidden="true" /> : <IconFileTypeCsv size={16} aria-hidden="true" />}
              onClick={() => void run(choice)}
              data-testid={`export-${choice.id}`}
            >
              {t(choice.label)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconColumns3 size={16} aria-hidden="true" />} onClick={() => setChoosing(true)} data-testid="export-choose-columns">
            {t('explore.export.columns')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ExportColumnsDialog opened={choosing} onClose={() => setChoosing(false)} value={columns} onChange={setColumns} />
    </>
  );
}
