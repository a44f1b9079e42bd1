/**
 * "Lijst als PDF": the initiatives under the filter as a printable list for handing out, with the
 * Doorverwijzen text naming the region and each initiative's contact organisation (main draws it:
 * report.initiatives), delivered as every export is.
 */
import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { useFailureToast } from '../ui/Toast';
import { useDeliverFile } from '../ui/useDeliverFile';

export function PrintInitiatives({ disabled }: { disabled: boolean }) {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const fail = useFailureToast();
  const deliver = useDeliverFile();
  const printer = useApiMutation('report.initiatives');

  const run = async () => {
    try {
      deliver(await printer.run({ filter, language: lang }), 'application/pdf');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Button variant="default" size="xs" leftSection={<IconPrinter size={16} aria-hidden="true" />} loading={printer.busy} onClick={() => void run()} disabled={disabled} data-testid="print-initiatives">
      {t('explore.print')}
    </Button>
  );
}
