/** The scans list's dialogs: rename, delete (with what goes), and the stored import report. */
import { Center, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { generatedScanTitle } from '../../../src-shared/import-mapping';
import type { ScanSummary } from '../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { scanLabel, scanShortLabel } from '../state/scans';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { DialogActions, DialogFrame } from '../ui/DialogFrame';
import { formatNumber } from '../i18n/format';
import { IssuesTable } from '../ui/IssuesTable';
import { ErrorAlert } from '../ui/ErrorAlert';

interface ScanDialogProps {
  scan: ScanSummary;
  opened: boolean;
  onClose(): void;
}

/** A scan's region, year and title; a region or year changed without the title renews a title Regioscan generated. */
export function RenameScanDialog({ scan, opened, onClose }: ScanDialogProps) {
  const { t } = useI18n();
  const [region, setRegion] = useState(scan.region);
  const [year, setYear] = useState(scan.year === null ? '' : String(scan.year));
  const [title, setTitle] = useState(scan.title);
  const rename = useApiMutation('scans.rename');
  const [errors, setErrors] = useState<{ region?: string; year?: string; title?: string }>({});
  const yearOf = (text: string) => (text.trim() === '' || !Number.isInteger(Number(text.trim())) ? null : Number(text.trim()));
  /** The region or year as typed; a title Regioscan generated follows them. */
  const follow = ({ region: nextRegion = region, year: nextYear = year }: { region?: string; year?: string }) => {
    if (title.trim() === generatedScanTitle(region.trim(), yearOf(year))) setTitle(generatedScanTitle(nextRegion.trim(), yearOf(nextYear)));
    setRegion(nextRegion);
    setYear(nextYear);
  };

  /** Typing in a field clears what the last try said was wrong. */
  const typed = (set: (value: string) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    set(event.currentTarget.value);
    setErrors({});
    rename.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nextRegion = region.trim();
    const nextTitle = title.trim();
    const yearText = year.trim();
    const nextYear = yearText === '' ? null : Number(yearText);
    const wrong = {
      ...(nextRegion === '' ? { region: t('import.details.regionEmpty') } : {}),
      ...(nextYear !== null && (!Number.isInteger(nextYear) || nextYear < 1900 || nextYear > 2100) ? { year: t('import.details.yearInvalid') } : {}),
      ...(nextTitle === '' ? { title: t('scansList.rename.empty') } : {}),
    };
    if (Object.keys(wrong).length > 0) {
      setErrors(wrong);
      return;
    }
    const change = {
      ...(nextRegion !== scan.region ? { region: nextRegion } : {}),
      ...(nextYear !== scan.year ? { year: nextYear } : {}),
      ...(nextTitle !== scan.title ? { title: nextTitle } : {}),
    };
    if (Object.keys(change).length === 0) {
      onClose();
      return;
    }
    // The scans list follows main's announcement of the rename.
    rename.run({ id: scan.id, ...change }).then(onClose, () => undefined);
  };

  return (
    <DialogFrame opened={opened} onClose={onClose} title={t('scansList.rename.title')} testId="scan-rename-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('scansList.rename.lead', { scan: scanShortLabel(scan) })}</Text>
          <ErrorAlert error={rename.error} />
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('scansList.rename.region')}
              value={region}
              onChange={typed((value) => follow({ region: value }))}
              maxLength={200}
              required
              withAsterisk
              error={errors.region}
              data-autofocus
              style={{ flex: 1 }}
              data-testid="scan-rename-region"
            />
            <TextInput
              label={t('scansList.rename.year')}
              value={year}
              onChange={typed((value) => follow({ year: value }))}
              inputMode="numeric"
              maxLength={4}
              error={errors.year}
              w={100}
              data-testid="scan-rename-year"
            />
          </Group>
          <TextInput
            label={t('scansList.rename.label')}
            value={title}
            onChange={typed(setTitle)}
            maxLength={200}
            required
            withAsterisk
            error={errors.title}
            data-testid="scan-rename-input"
          />
          <DialogActions onCancel={onClose} busy={rename.busy} confirmLabel={t('dialog.save')} confirmTestId="scan-rename-save" />
        </Stack>
      </form>
    </DialogFrame>
  );
}

export function DeleteScanDialog({ scan, opened, onClose }: ScanDialogProps) {
  const { t, lang } = useI18n();
  const remove = useApiMutation('scans.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('scansList.delete.title')}
      testId="scan-delete-dialog"
      confirmLabel={t('scansList.delete.confirm')}
      confirmTestId="confirm-delete"
      remove={() => remove.run({ id: scan.id })}
    >
      <Text>
        {t('scansList.delete.what', {
          scan: scanLabel(scan),
          initiatives: formatNumber(scan.counts.initiatives, lang),
          activities: formatNumber(scan.counts.activities, lang),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('scansList.delete.kept')}
      </Text>
      <Text size="sm" fw={600}>
        {t('scansList.delete.final')}
      </Text>
    </ConfirmDeleteDialog>
  );
}

function ReportContent({ scan }: { scan: ScanSummary }) {
  const { t } = useI18n();
  const report = useApiQuery('scans.issues', { id: scan.id });

  if (report.error) {
    return <ErrorAlert error={report.error} />;
  }
  if (!report.value) {
    return (
      <Center py="xl" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text ml="sm">{t('scansList.report.loading')}</Text>
      </Center>
    );
  }
  return (
    <Stack gap="sm">
      {scan.sourceFile && <Text size="sm" c="dimmed">{t('scansList.report.source', { file: scan.sourceFile })}</Text>}
      <IssuesTable issues={report.value} label={t('import.issues.tableLabel', { scan: scanShortLabel(scan) })} testId="scan-report-table" />
    </Stack>
  );
}

export function ReportDialog({ scan, opened, onClose }: Omit<ScanDialogProps, 'onChanged'>) {
  const { t } = useI18n();
  return (
    <DialogFrame opened={opened} onClose={onClose} title={t('scansList.report.title', { scan: scanLabel(scan) })} size="80rem" testId="scan-report-dialog">
      <ReportContent key={scan.id} scan={scan} />
    </DialogFrame>
  );
}
