/** "Download het lege sjabloon": `import.template`, saved through a temporary download link. */
import { Alert, Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { downloadBase64 } from '../ui/download';

export function TemplateButton() {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalisedMessage | null>(null);

  const download = () => {
    setBusy(true);
    setError(null);
    api.invoke('import.template', {}).then(
      (file) => {
        setBusy(false);
        downloadBase64(file.fileName, file.data);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(toApiError(cause).userMessage);
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Button
        variant="subtle"
        leftSection={<IconDownload size={18} aria-hidden="true" />}
        onClick={download}
        loading={busy}
        data-testid="import-template"
      >
        {t('import.template')}
      </Button>
      {error && (
        <Alert color="red" variant="light" withCloseButton closeButtonLabel={t('import.done.close')} onClose={() => setError(null)} py="xs">
          {error[lang]}
        </Alert>
      )}
    </Stack>
  );
}
