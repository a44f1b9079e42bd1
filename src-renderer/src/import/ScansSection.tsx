/** "Geïmporteerde scans": every scan in the database, with rename, delete and its import report. */
import { ActionIcon, Alert, Badge, Button, Group, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDatabaseExport, IconFileExport, IconFileText, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ScanSummary } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { useAppInfo, useScans } from '../state/appData';
import { useAppState } from '../state/AppStateProvider';
import { useApiMutation } from '../api/query';
import { toApiError } from '../api/errors';
import { downloadBase64 } from '../ui/download';
import { formatDateTime, formatNumber } from '../i18n/format';
import { DeleteScanDialog, RenameScanDialog, ReportDialog } from './ScanDialogs';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';

type DialogKind = 'rename' | 'delete' | 'report';

interface DialogState {
  kind: DialogKind;
  scan: ScanSummary;
  /** New for every opening, so the dialog starts afresh. */
  key: number;
}

function RowAction({ label, onClick, testId, color, children }: {
  label: string;
  onClick(): void;
  testId: string;
  color?: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} withArrow openDelay={400}>
      <ActionIcon variant="subtle" color={color ?? 'gray'} size="md" aria-label={label} onClick={onClick} data-testid={testId}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

export function ScansSection() {
  const { t, lang } = useI18n();
  const scans = useScans();
  const appInfo = useAppInfo();
  const readOnly = appInfo?.readOnly ?? false;
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
      if (file.data) downloadBase64(file.fileName, file.data, 'application/vnd.sqlite3');
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
    <section aria-labelledby="scans-list-title" className="rs-scans-section">
      <Title order={2} id="scans-list-title" fz="h2" mb={4}>
        {t('scansList.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('scansList.lead')}
      </Text>

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
              <Table.Tr key={scan.id} data-testid={`scan-row-${scan.id}`}>
                <Table.Td fw={600} className="rs-nowrap">
                  {scan.region}
                </Table.Td>
                <Table.Td className="rs-num">{scan.year ?? '–'}</Table.Td>
                <Table.Td>
                  <span className="rs-scan-title">{scan.title}</span>
                  {scan.isSample && (
                    <Badge variant="outline" color="gray" c="dimmed" tt="none" size="sm" radius="sm" ml={6} data-testid={`scan-sample-${scan.id}`}>
                      {t('scans.sample')}
                    </Badge>
                  )}
                  {scan.isSample && (
                    <Text size="xs" c="dimmed" mt={2} data-testid={`scan-sample-note-${scan.id}`}>
                      {t('scans.sampleNote')}
                    </Text>
                  )}
                  {scan.sourceFile && (
                    <Text size="xs" c="dimmed" className="rs-file-name" mt={2}>
                      {t('scansList.report.source', { file: scan.sourceFile })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" className="rs-num">{formatNumber(scan.counts.initiatives, lang)}</Table.Td>
                <Table.Td ta="right" className="rs-num">{formatNumber(scan.counts.activities, lang)}</Table.Td>
                <Table.Td ta="right" className="rs-num">{formatNumber(scan.counts.organisations, lang)}</Table.Td>
                <Table.Td className="rs-nowrap">{formatDateTime(scan.importedAt, lang)}</Table.Td>
                <Table.Td>
                  <Group gap={0} wrap="nowrap" justify="flex-end">
                    <RowAction label={t('scansList.action.report', { title: scan.title })} onClick={() => open('report', scan)} testId={`scan-report-${scan.id}`}>
                      <IconFileText size={18} aria-hidden="true" />
                    </RowAction>
                    <RowAction label={t('scansList.action.export', { title: scan.title })} onClick={() => void exportScan(scan)} testId={`scan-export-${scan.id}`}>
                      <IconFileExport size={18} aria-hidden="true" />
                    </RowAction>
                    <RowAction label={t('dbmerge.export.one', { title: scan.title })} onClick={() => void exportDatabase([scan.id])} testId={`scan-export-database-${scan.id}`}>
                      <IconDatabaseExport size={18} aria-hidden="true" />
                    </RowAction>
                    {!readOnly && (
                      <>
                        <RowAction
                          label={t('scansList.action.rename', { title: scan.title })}
                          onClick={() => open('rename', scan)}
                          testId={`scan-rename-${scan.id}`}
                        >
                          <IconPencil size={18} aria-hidden="true" />
                        </RowAction>
                        <RowAction
                          label={t('scansList.action.delete', { title: scan.title })}
                          onClick={() => open('delete', scan)}
                          testId={`scan-delete-${scan.id}`}
                          color="red"
                        >
                          <IconTrash size={18} aria-hidden="true" />
                        </RowAction>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
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
    </section>
  );
}
