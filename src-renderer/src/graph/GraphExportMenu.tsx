/**
 * Export menu of the map (`graph-export`): PNG at 2× with legend, title and the filter in words;
 * SVG built from the positions; GEXF of the visible graph for Gephi. Each one downloads a file
 * named `regioscan-ecosysteemkaart-<date>.<ext>`.
 */
import { Button, Menu } from '@mantine/core';
import { IconChartDots3, IconChevronDown, IconDownload, IconPhoto, IconVector } from '@tabler/icons-react';
import { useState } from 'react';
import { useToast } from '../ui/Toast';
import { useI18n, type MessageKey } from '../i18n';
import { downloadBlob, fileDate } from '../ui/download';
import { renderGexf, type GexfNames } from './exportGexf';
import { renderPng } from './exportPng';
import { renderSvg } from './exportSvg';
import type { Figure } from './figure';
import type { MapGraph } from './graphSync';
import type { MapRenderer } from './renderer';

type Format = 'png' | 'svg' | 'gexf';
const CHOICES: readonly { format: Format; label: MessageKey; icon: typeof IconPhoto }[] = [
  { format: 'png', label: 'graph.export.png', icon: IconPhoto },
  { format: 'svg', label: 'graph.export.svg', icon: IconVector },
  { format: 'gexf', label: 'graph.export.gexf', icon: IconChartDots3 },
];

interface GraphExportMenuProps {
  graph: MapGraph;
  renderer: MapRenderer | null;
  figure(): Figure;
  /** Names for the GEXF's label attributes, and every dimension's codes per node (asked of main when exporting). */
  gexf: { names: GexfNames; codes(): Promise<Map<string, Record<string, string[]>>> };
  disabled: boolean;
}

export function GraphExportMenu({ graph, renderer, figure, gexf, disabled }: GraphExportMenuProps) {
  const { t } = useI18n();
  const notify = useToast();
  const [busy, setBusy] = useState(false);

  const run = async (format: Format) => {
    const fileName = `regioscan-ecosysteemkaart-${fileDate()}.${format}`;
    setBusy(true);
    try {
      let blob: Blob;
      if (format === 'png') {
        if (!renderer) throw new Error('map not ready');
        blob = await renderPng(graph, renderer, figure(), 2);
      } else if (format === 'svg') blob = new Blob([renderSvg(graph, figure())], { type: 'image/svg+xml;charset=utf-8' });
      else blob = new Blob([renderGexf(graph, gexf.names, await gexf.codes())], { type: 'application/gexf+xml;charset=utf-8' });
      downloadBlob(fileName, blob);
      notify(t('graph.export.done', { file: fileName }));
    } catch (error) {
      notify(t('graph.export.failed', { reason: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" shadow="md" width={250}>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          disabled={disabled}
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          data-testid="graph-export"
        >
          {t('graph.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('graph.export.label')}</Menu.Label>
        {CHOICES.map(({ format, label, icon: Icon }) => (
          <Menu.Item key={format} leftSection={<Icon size={16} aria-hidden="true" />} onClick={() => void run(format)} data-testid={`graph-export-${format}`}>
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
