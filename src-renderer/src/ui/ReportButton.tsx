/**
 * *Rapport*: the region factsheet (PDF) for the active filter, in the app's language, delivered as
 * every export is (desktop: saved by main, "Opgeslagen in …"; browser: downloaded). What main left
 * out, if anything, is said in a message after it.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { useScans } from '../state/appData';
import { useFilter } from '../state/FilterProvider';
import { useToast } from './Toast';
import { useFileExport } from './useDeliverFile';

export function ReportButton() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const scans = useScans();
  const notify = useToast();
  const builder = useFileExport('report.build');
  if (scans.items.length === 0) return null;

  const run = async () => {
    const file = await builder.run({ filter, language: lang });
    const omitted = file?.omitted.map((o) => o[lang]).join(' ');
    if (omitted) notify(omitted);
  };

  return (
    <Tooltip label={t('explore.report.hint')} withArrow openDelay={400}>
      <Button size="xs" variant="default" loading={builder.busy} onClick={() => void run()} leftSection={<IconFileTypePdf size={16} aria-hidden="true" />} className="rs-report-button" data-testid="report-build">
        {t('explore.report')}
      </Button>
    </Tooltip>
  );
}
