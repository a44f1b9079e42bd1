/** "Geïmporteerde scans": every scan in the database, with rename, delete and its import report. */
import { Alert, Button, Group, Table, Text,  } from '@mantine/core';
import { IconDatabaseExport,  } from '@tabler/icons-react';
import { useState,  } from 'react';
import type { ScanSummary } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useReadOnly, useScans } from '../state/appData';
import { ImportPart } from './ImportPart';
import { useAppState } from '../state/AppStateProvider';
import { useApiMutation } from '../api/query';
import { toApiError } from '../api/errors';
import { downloadBase64 } from '../ui/download';
import { DeleteScanDialog, RenameScanDialog, ReportDialog } from './ScanDialogs';
import { ScanRow } from './ScanRow';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

type DialogKind = 'rename' | 'delete' | 'report';

interface DialogState {
  kind: DialogKind;
  scan: ScanSummary;
  /** New for every opening, so the dialog starts afresh. */
  key: number;
}

export function ScansSection() {
  const { t, lang } = useI18n();
  const scans = useScans();
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [opened, setOpened] = useState(false);

  const open = (kind: DialogKind, scan: ScanSummary) => {
    setDialog((current) => ({ kind, scan, key: (current?.key ?? 0) + 1 }));
    setOpened(true);
  };
  const close = () => setOpened(false);
  const exportWorkbook = useApiMutation('export.scan');
  const exportDb = useApiMutation('dbmerge.export');
  const { selectedScanIds } = useAppState();
  /** Scans as a Regioscan database (.sqlite) to send: main's save dialog in the desktop app, a download in a browser. */
  const exportDatabase = async (ids: number[]) => {
    try {
      const file = await exportDb.run({ scans: ids });
      if (file.data) downloadBase64(file.fileName, file.data);
      if (file.savedTo || file.data) setExported({ text: t('dbmerge.exported', { file: file.savedTo ?? file.fileName }), savedTo: file.savedTo, error: false });
    } catch (error) {
      setExported({ text: toApiError(error).userMessage[lang], savedTo: null, error: true });
    }
  };
  const showInFolder = useApiMutation('app.showInFolder');
  const [exported, setExported] = useState<{ text: string; savedTo: string | null; error: boolean } | null>(null);

  /** The scan as the canonical workbook: main's save dialog in the desktop app, a download in a browser. */
  const exportScan = async (scan: ScanSummary) => {
    try {
      const file = await exportWorkbook.run({ id: scan.id });
      if (file.data) downloadBase64(file.fileName, file.data);
      if (file.savedTo || file.data) setExported({ text: t('scansList.exported', { file: file.savedTo ?? file.fileName }), savedTo: file.savedTo, error: false });
    } catch (error) {
      setExported({ text: toApiError(error).userMessage[lang], savedTo: null, error: true });
    }
  };

  return (
    <ImportPart id="scans-list-title" title={t('scansList.title')} lead={t('scansList.lead')} className="rs-scans-section">

      <ErrorAlert error={scans.status === 'error' ? scans.error : null} mb="sm" />

      {exported && (
        <Alert color={exported.error ? 'red' : 'teal'} variant="light" mb="sm" withCloseButton onClose={() => setExported(null)} closeButtonLabel={t('notice.dismiss')} data-testid="scan-export-result">
          {exported.text}
          {exported.savedTo && (
            <Button size="compact-xs" variant="light" ml="sm" onClick={() => void showInFolder.run({ path: exported.savedTo! })}>
              {t('scansList.showInFolder')}
            </Button>
          )}
        </Alert>
      )}

      {scans.items.length > 0 && (
        <Group justify="flex-end" mb="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDatabaseExport size={16} aria-hidden="true" />}
            disabled={selectedScanIds.length === 0 || exportDb.busy}
            onClick={() => void exportDatabase(selectedScanIds)}
            data-testid="scans-export-database"
          >
            {t('dbmerge.export.selected')}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={900} type="native">
        <Table data-testid="scans-table" aria-labelledby="scans-list-title" striped highlightOnHover withTableBorder verticalSpacing="xs" fz="sm">
          <TableHead columns={[t('scansList.col.region'), t('scansList.col.year'), { label: t('scansList.col.title'), miw: 200 }, { label: t('import.count.initiatives'), ta: 'right' }, { label: t('import.count.activities'), ta: 'right' }, { label: t('import.count.organisations'), ta: 'right' }, t('scansList.col.importedAt'), { label: t('scansList.col.actions'), hidden: true }]} />
          <Table.Tbody>
            {scans.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text size="sm" c="dimmed" py="xs">
                    {scans.status === 'loading' ? t('scans.loading') : t('scans.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {scans.items.map((scan) => (
              <ScanRow key={scan.id} scan={scan} readOnly={readOnly} onOpen={(kind) => open(kind, scan)} onExport={() => void exportScan(scan)} onExportDatabase={() => void exportDatabase([scan.id])} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {dialog?.kind === 'rename' && (
        <RenameScanDialog key={dialog.key} scan={dialog.scan} opened={opened} onClose={close} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteScanDialog key={dialog.key} scan={dialog.scan} opened={opened} onClose={close} />
      )}
      {dialog?.kind === 'report' && <ReportDialog key={dialog.key} scan={dialog.scan} opened={opened} onClose={close} />}
    </ImportPart>
  );
}
