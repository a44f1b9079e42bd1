/**
 * "Lijst als PDF": the initiatives under the filter as a printable list for handing out, with the
 * Doorverwijzen text naming the region and each initiative's contact organisation (main draws it:
 * report.initiatives), delivered as every export is.
 */
import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { useFileExport } from '../ui/useDeliverFile';

export function PrintInitiatives({ disabled }: { disabled: boolean }) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const printer = useFileExport('report.initiatives');

  return (
    <Button variant="default" size="xs" leftSection={<IconPrinter size={16} aria-hidden="true" />} loading={printer.busy} onClick={() => void printer.run({ filter, language: lang })} disabled={disabled} data-testid="print-initiatives">
      {t('explore.print')}
    </Button>
  );
}
