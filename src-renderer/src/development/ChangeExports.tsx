/** The change report as .xlsx for a meeting, and the GEXF timeline for Gephi (both made by main). */
import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconTimeline } from '@tabler/icons-react';
import type { Filter } from '../../../src-shared/filter';
import { useI18n } from '../i18n';
import { useFileExport } from '../ui/useDeliverFile';

export function ChangeExports({ from, to, filter }: { from: number; to: number; filter: Filter }) {
  const { t, lang } = useI18n();
  const xlsx = useFileExport('export.changes');
  const gexf = useFileExport('links.gexf');
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" loading={xlsx.busy} leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} onClick={() => void xlsx.run({ from, to, filter, language: lang })} data-testid="dev-export-xlsx">
        {t('development.export.xlsx')}
      </Button>
      <Button size="xs" variant="default" loading={gexf.busy} leftSection={<IconTimeline size={16} aria-hidden="true" />} onClick={() => void gexf.run({ from, to, filter })} data-testid="dev-export-gexf">
        {t('development.export.gexf')}
      </Button>
    </Group>
  );
}
