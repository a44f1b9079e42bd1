/** State `ready`: the preview of every scan in the file, and the buttons to import or cancel. */
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ImportPreview } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { canCommit, missingDecisions } from './importFlow';
import { useImport } from './ImportProvider';
import { PreviewScanCard } from './PreviewScanCard';

const FORMAT_NAMES: Readonly<Record<ImportPreview['format'], string>> = {
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel 97–2003 (.xls)',
  ods: 'OpenDocument (.ods)',
  csv: 'CSV',
};

export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { state, actions } = useImport();
  const missing = missingDecisions(state);
  const committing = state.pending === 'commit';
  const cancelling = state.pending === 'cancel';
  const remapping = state.pending === 'remap';
  const scans = preview.scans;
  const mapping = state.mapping ?? preview.mapping;

  return (
    <section aria-labelledby="import-preview-title" data-testid="import-preview" className="rs-preview">
      <Stack gap="lg">
        <div>
          <Title order={2} id="import-preview-title" fz="h2" tabIndex={-1} data-import-focus className="rs-focus-heading">
            {t('import.preview.title')}
          </Title>
          <Group gap={6} mt={4} c="dimmed" wrap="nowrap">
            <IconFileSpreadsheet size={18} aria-hidden="true" />
            <Text size="sm" className="rs-file-name">
              {t('import.preview.file', { file: preview.fileName, format: FORMAT_NAMES[preview.format] })}
            </Text>
          </Group>
          <Text mt="xs" className="rs-screen-lead">
            {scans.length === 1 ? t('import.preview.leadOne') : t('import.preview.leadMany', { count: scans.length })}
          </Text>
        </div>

        {scans.length === 0 && <Text>{t('import.preview.empty')}</Text>}
        {scans.map((scan, index) => (
          <PreviewScanCard
            key={scan.group}
            index={index}
            scan={scan}
            decision={state.decisions[scan.group]}
            onDecide={(decision) => actions.decide(scan.group, decision)}
            disabled={committing || cancelling}
            mapping={mapping}
            regionOptions={preview.regionOptions}
          />
        ))}

        <div className="rs-action-bar">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Group gap={6} wrap="nowrap">
              {remapping && <Loader size="xs" aria-hidden="true" />}
              <Text size="sm" c="dimmed" id="import-commit-hint" aria-live="polite" data-testid="import-commit-hint">
                {remapping ? t('mapping.busy') : missing.length > 0 ? t('import.preview.chooseFirst') : t('import.preview.nothingChanged')}
              </Text>
            </Group>
            <Group gap="sm">
              <Button
                variant="default"
                onClick={actions.cancel}
                loading={cancelling}
                disabled={committing}
                data-testid="import-cancel"
              >
                {t('import.cancel')}
              </Button>
              <Button
                onClick={actions.commit}
                disabled={!canCommit(state)}
                loading={committing}
                leftSection={<IconCheck size={18} aria-hidden="true" />}
                aria-describedby="import-commit-hint"
                data-testid="import-commit"
              >
                {t('import.commit')}
              </Button>
            </Group>
          </Group>
        </div>
      </Stack>
    </section>
  );
}
