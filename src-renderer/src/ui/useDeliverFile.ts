/**
 * Hands a file main produced to the user: on the desktop main has saved it already ("Opgeslagen in …"
 * with "Toon in map"); in a browser it is downloaded here ("… is gedownload").
 */
import { useCallback } from 'react';
import type { ExportedFile } from '../../../src-shared/model';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { downloadBase64 } from './download';
import { useToast } from './Toast';

export function useDeliverFile(): (file: ExportedFile, type?: string) => void {
  const { t } = useI18n();
  const notify = useToast();
  const { run: showInFolder } = useApiMutation('app.showInFolder');
  return useCallback(
    (file: ExportedFile, type?: string) => {
      const savedTo = file.savedTo;
      if (savedTo) {
        notify(t('explore.export.savedTo', { path: savedTo }), 'success', {
          label: t('explore.export.showInFolder'),
          run: () => void showInFolder({ path: savedTo }).catch(() => undefined),
        });
      } else if (file.data) {
        downloadBase64(file.fileName, file.data, type);
        notify(t('explore.export.downloaded', { file: file.fileName }));
      }
    },
    [notify, t, showInFolder],
  );
}
