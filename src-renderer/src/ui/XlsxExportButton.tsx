/**
 * One button that exports a screen's table as .xlsx through a contract channel: main saves it (desktop
 * save dialog, "Opgeslagen in …" with "Toon in map") or returns the bytes for a browser download.
 */
import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ArgsOf } from '../../../src-shared/contract';
import { useFileExport } from './useDeliverFile';

type XlsxChannel = 'export.compare' | 'export.whitespots' | 'export.pairings' | 'export.goals' | 'export.impact';

interface Props<C extends XlsxChannel> {
  channel: C;
  args: ArgsOf<C> | null;
  label: string;
  testId: string;
}

export function XlsxExportButton<C extends XlsxChannel>({ channel, args, label, testId }: Props<C>) {
  const exporter = useFileExport(channel);

  return (
    <Button size="xs" variant="default" loading={exporter.busy} disabled={!args} leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} onClick={() => args && void exporter.run(args)} data-testid={testId}>
      {label}
    </Button>
  );
}
