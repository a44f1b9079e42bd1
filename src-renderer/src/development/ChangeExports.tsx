/** The change report as .xlsx for a meeting, and the GEXF timeline for Gephi (both made by main). */
import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconTimeline } from '@tabler/icons-react';
import type { Filter } from '../../../src-shared/filter';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { useDeliverFile } from '../ui/useDeliverFile';
import { useFailureToast } from '../ui/Toast';

export function ChangeExports({ from, to, filter }: { from: number; to: number; filter: Filter }) {
  const { t, lang } = useI18n();
  const fail = useFailureToast();
  const deliver = useDeliverFile();
  const xlsx = useApiMutation('export.changes');
  const gexf = useApiMutation('links.gexf');
  const run = async (make: () => Promise<Parameters<typeof deliver>[0]>) => {
    try {
      deliver(await make());
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" loading={xlsx.busy} leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} onClick={() => void run(() => xlsx.run({ from, to, filter, language: lang }))} data-testid="dev-export-xlsx">
        {t('development.export.xlsx')}
      </Button>
      <Button size="xs" variant="default" loading={gexf.busy} leftSection={<IconTimeline size={16} aria-hidden="true" />} onClick={() => void run(() => gexf.run({ from, to, filter }))} data-testid="dev-export-gexf">
        {t('development.export.gexf')}
      </Button>
    </Group>
  );
}
