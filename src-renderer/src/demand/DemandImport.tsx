/**
 * Imports a demand table (file picker or drop) and downloads its template; shows main's report: rows
 * imported, unchanged, or refused with every bad cell (then nothing was written).
 */
import { Alert, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import type { DemandImportReport } from '../../../src-shared/surveys-model';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { bytesToBase64 } from '../ui/base64';
import { useFailureToast, useToast } from '../ui/Toast';
import { useFileExport } from '../ui/useDeliverFile';
import { useFilePicker } from '../ui/useFilePicker';
import { TableHead } from '../ui/TableHead';

export function DemandImport() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const fail = useFailureToast();
  const importer = useApiMutation('demand.import');
  const template = useFileExport('demand.template');
  const [report, setReport] = useState<DemandImportReport | null>(null);
  const [over, setOver] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await importer.run({ fileName: file.name, base64, language: lang });
      setReport(result);
      if (result.status === 'imported') notify(t('demand.imported', { file: result.file, rows: result.rows }), 'success');
      if (result.status === 'unchanged') notify(t('demand.unchanged', { file: result.file }), 'success');
    } catch (cause) {
      fail(cause);
    }
  };
  const picker = useFilePicker({ accept: '.xlsx,.xlsm,.xls,.ods,.csv', testId: 'demand-import-input', onFile: read });
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <>
      <Paper
        withBorder
        p="sm"
        radius="md"
        className={`rs-demand-drop${over ? ' rs-demand-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="demand-drop"
      >
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Text size="sm">{t('demand.drop')}</Text>
          <Group gap="sm">
            <Button size="xs" leftSection={<IconFileImport size={16} aria-hidden="true" />} loading={importer.busy} onClick={picker.open} data-testid="demand-import">
              {t('demand.import')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} loading={template.busy} onClick={() => void template.run({ language: lang })} data-testid="demand-template">
              {t('demand.template')}
            </Button>
          </Group>
        </Group>
        {picker.input}
      </Paper>
      {report?.status === 'refused' && (
        <Alert color="red" variant="light" title={t('demand.refused', { file: report.file, count: report.issues.length })} data-testid="demand-refused">
          <Table withTableBorder>
            <TableHead columns={[t('demand.issue.where'), t('demand.issue.value'), t('demand.issue.message')]} />
            <Table.Tbody>
              {report.issues.map((i, n) => (
                <Table.Tr key={n}>
                  <Table.Td>{[i.sheet, i.row, i.column].filter((x) => x !== null).join(' · ')}</Table.Td>
                  <Table.Td>{i.value ?? ''}</Table.Td>
                  <Table.Td>{i.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </>
  );
}
