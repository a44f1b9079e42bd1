/**
 * Hands a file main produced to the user: on the desktop main has saved it already ("Opgeslagen in …"
 * with "Toon in map"); in a browser it is downloaded here ("… is gedownload"). `useFileExport` is
 * the whole round: ask main for the file, hand it over, or say in a toast why there is none.
 */
import { useCallback } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../../src-shared/contract';
import type { ExportedFile } from '../../../src-shared/model';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { downloadBase64 } from './download';
import { useFailureToast, useToast } from './Toast';

export function useDeliverFile(): (file: ExportedFile) => void {
  const { t } = useI18n();
  const notify = useToast();
  const { run: showInFolder } = useApiMutation('app.showInFolder');
  return useCallback(
    (file: ExportedFile) => {
      const savedTo = file.savedTo;
      if (savedTo) {
        notify(t('explore.export.savedTo', { path: savedTo }), 'success', {
          label: t('explore.export.showInFolder'),
          run: () => void showInFolder({ path: savedTo }).catch(() => undefined),
        });
      } else if (file.data) {
        downloadBase64(file.fileName, file.data);
        notify(t('explore.export.downloaded', { file: file.fileName }));
      }
    },
    [notify, t, showInFolder],
  );
}

/** The channels whose answer is a file to hand over. */
type FileChannel = { [C in Channel]: ResultOf<C> extends ExportedFile ? C : never }[Channel];

export interface FileExport<C extends FileChannel> {
  busy: boolean;
  /** The file once handed over; undefined after main refused (the toast said why). */
  run(args: ArgsOf<C>): Promise<ResultOf<C> | undefined>;
}

export function useFileExport<C extends FileChannel>(channel: C): FileExport<C> {
  const { run: ask, busy } = useApiMutation(channel);
  const deliver = useDeliverFile();
  const fail = useFailureToast();
  const run = useCallback(
    async (args: ArgsOf<C>) => {
      try {
        const file = await ask(args);
        deliver(file);
        return file;
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    [ask, deliver, fail],
  );
  return { busy, run };
}
