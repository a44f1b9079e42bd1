/**
 * Export menu of one Overzicht chart or table: PNG (2×) and SVG drawn here from the same rows as
 * the table (figureSvg.ts), .xlsx written by main (overview.export) and saved or downloaded like
 * the other exports. Files are named `regioscan-<title>-<date>.<ext>`.
 */
import { ActionIcon, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconPhoto, IconVector } from '@tabler/icons-react';
import { useState } from 'react';
import type { DimensionKey } from '../../../src-shared/codebook';
import type { OverviewTableKey } from '../../../src-shared/overview-format';
import { useApiMutation } from '../api/query';
import { toApiError } from '../api/errors';
import { useToast } from '../ui/Toast';
import { useI18n } from '../i18n';
import { downloadBlob, fileDate } from '../ui/download';
import { useDeliverFile } from '../ui/useDeliverFile';
import { canvasMeasure } from '../ui/canvasMeasure';
import { useFilter } from '../state/FilterProvider';
import { figureSvg, type FigureBody, type FigureText } from './figureSvg';
import { svgToPng } from './svgToPng';


export function fileSlug(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

interface Props {
  table: OverviewTableKey;
  dimension?: DimensionKey;
  minInitiatives: number;
  title: string;
  /** The figure for PNG/SVG, built when asked. */
  figure(): { text: FigureText; body: FigureBody };
  testId: string;
}

export function OverviewExportMenu({ table, dimension, minInitiatives, title, figure, testId }: Props) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const { run: exportTable } = useApiMutation('overview.export');
  const deliver = useDeliverFile();

  const image = async (format: 'png' | 'svg') => {
    const { text, body } = figure();
    const { svg, width, height } = figureSvg(text, body, canvasMeasure());
    const fileName = `regioscan-${fileSlug(title)}-${fileDate()}.${format}`;
    downloadBlob(fileName, format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, width, height, 2));
    notify(t('explore.export.downloaded', { file: fileName }));
  };

  // The .xlsx is handed over like every file main makes (saved with "Toon in map", or downloaded).
  const xlsx = async () => deliver(await exportTable({ filter, table, ...(dimension ? { dimension } : {}), minInitiatives, language: lang }));

  const run = async (what: 'png' | 'svg' | 'xlsx') => {
    setBusy(true);
    try {
      if (what === 'xlsx') await xlsx();
      else await image(what);
    } catch (error) {
      const reason = error instanceof Error && !('userMessage' in error) ? error.message : toApiError(error).userMessage[lang];
      notify(t('overview.export.failed', { reason }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon variant="default" size="md" loading={busy} aria-label={t('overview.export.aria', { title })} data-testid={`${testId}-export`}>
          <IconDownload size={16} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('overview.export.label')}</Menu.Label>
        <Menu.Item leftSection={<IconPhoto size={16} aria-hidden="true" />} onClick={() => void run('png')} data-testid={`${testId}-export-png`}>
          {t('overview.export.png')}
        </Menu.Item>
        <Menu.Item leftSection={<IconVector size={16} aria-hidden="true" />} onClick={() => void run('svg')} data-testid={`${testId}-export-svg`}>
          {t('overview.export.svg')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} onClick={() => void run('xlsx')} data-testid={`${testId}-export-xlsx`}>
          {t('overview.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
