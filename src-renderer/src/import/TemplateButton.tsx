/** "Download het lege sjabloon": `import.template`, saved through a temporary download link. */
import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { downloadBase64 } from '../ui/download';
import { ErrorAlert } from '../ui/ErrorAlert';

export function TemplateButton() {
  const { t } = useI18n();
  const template = useApiMutation('import.template');
  const download = () => template.run({}).then((file) => downloadBase64(file.fileName, file.data), () => undefined);

  return (
    <Stack gap="xs" align="flex-end">
      <Button
        variant="subtle"
        leftSection={<IconDownload size={18} aria-hidden="true" />}
        onClick={download}
        loading={template.busy}
        data-testid="import-template"
      >
        {t('import.template')}
      </Button>
      <ErrorAlert error={template.error} withCloseButton closeButtonLabel={t('import.done.close')} onClose={template.reset} py="xs" />
    </Stack>
  );
}
