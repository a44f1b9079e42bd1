/** One scan in the scans list: region, year, title (sample, source file), counts, when, and what can be done with it. */
import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconDatabaseExport, IconFileExport, IconFileText, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ScanSummary } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { formatDateTime, formatNumber } from '../i18n/format';

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

interface ScanRowProps {
  scan: ScanSummary;
  readOnly: boolean;
  /** Open one of the scan's dialogs. */
  onOpen(kind: 'report' | 'rename' | 'delete'): void;
  onExport(): void;
  onExportDatabase(): void;
}

export function ScanRow({ scan, readOnly, onOpen, onExport, onExportDatabase }: ScanRowProps) {
  const { t, lang } = useI18n();
  return (
    <Table.Tr data-testid={`scan-row-${scan.id}`}>
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
          <RowAction label={t('scansList.action.report', { title: scan.title })} onClick={() => onOpen('report')} testId={`scan-report-${scan.id}`}>
            <IconFileText size={18} aria-hidden="true" />
          </RowAction>
          <RowAction label={t('scansList.action.export', { title: scan.title })} onClick={onExport} testId={`scan-export-${scan.id}`}>
            <IconFileExport size={18} aria-hidden="true" />
          </RowAction>
          <RowAction label={t('dbmerge.export.one', { title: scan.title })} onClick={onExportDatabase} testId={`scan-export-database-${scan.id}`}>
            <IconDatabaseExport size={18} aria-hidden="true" />
          </RowAction>
          {!readOnly && (
            <>
              <RowAction
                label={t('scansList.action.rename', { title: scan.title })}
                onClick={() => onOpen('rename')}
                testId={`scan-rename-${scan.id}`}
              >
                <IconPencil size={18} aria-hidden="true" />
              </RowAction>
              <RowAction
                label={t('scansList.action.delete', { title: scan.title })}
                onClick={() => onOpen('delete')}
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
  );
}
