/** The scans list's dialogs: rename, delete (with what goes), and the stored import report. */
import { Alert, Button, Center, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { generatedScanTitle } from '../../../src-shared/import-mapping';
import type { ImportIssueView, ScanSummary } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { scanLabel, scanShortLabel } from '../state/scans';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { DialogFrame } from '../ui/DialogFrame';
import { formatNumber } from '../i18n/format';
import { IssuesTable } from '../ui/IssuesTable';

interface ScanDialogProps {
  scan: ScanSummary;
  opened: boolean;
  onClose(): void;
  /** Called after main changed the scan, to reload the list. */
  onChanged(): void;
}

/** A scan's region, year and title; a region or year changed without the title renews a title Regioscan generated. */
export function RenameScanDialog({ scan, opened, onClose, onChanged }: ScanDialogProps) {
  const { t, lang } = useI18n();
  const [region, setRegion] = useState(scan.region);
  const [year, setYear] = useState(scan.year === null ? '' : String(scan.year));
  const [title, setTitle] = useState(scan.title);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ region?: string; year?: string; title?: string; call?: string }>({});
  const yearOf = (text: string) => (text.trim() === '' || !Number.isInteger(Number(text.trim())) ? null : Number(text.trim()));
  /** A title Regioscan generated follows the region and year as they are typed. */
  const follow = (nextRegion: string, nextYear: string) => {
    if (title.trim() === generatedScanTitle(region.trim(), yearOf(year))) setTitle(generatedScanTitle(nextRegion.trim(), yearOf(nextYear)));
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
    setBusy(true);
    api.invoke('scans.rename', { id: scan.id, ...change }).then(
      () => {
        onChanged();
        onClose();
      },
      (cause: unknown) => {
        setBusy(false);
        setErrors({ call: toApiError(cause).userMessage[lang] });
      },
    );
  };

  return (
    <DialogFrame opened={opened} onClose={onClose} title={t('scansList.rename.title')} testId="scan-rename-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('scansList.rename.lead', { scan: scanShortLabel(scan) })}</Text>
          {errors.call && (
            <Alert color="red" variant="light">
              {errors.call}
            </Alert>
          )}
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('scansList.rename.region')}
              value={region}
              onChange={(event) => {
                follow(event.currentTarget.value, year);
                setRegion(event.currentTarget.value);
                setErrors({});
              }}
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
              onChange={(event) => {
                follow(region, event.currentTarget.value);
                setYear(event.currentTarget.value);
                setErrors({});
              }}
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
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setErrors({});
            }}
            maxLength={200}
            required
            withAsterisk
            error={errors.title}
            data-testid="scan-rename-input"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('dialog.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="scan-rename-save">
              {t('dialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DialogFrame>
  );
}

export function DeleteScanDialog({ scan, opened, onClose, onChanged }: ScanDialogProps) {
  const { t, lang } = useI18n();
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('scansList.delete.title')}
      testId="scan-delete-dialog"
      confirmLabel={t('scansList.delete.confirm')}
      confirmTestId="confirm-delete"
      remove={() => api.invoke('scans.delete', { id: scan.id })}
      onDone={onChanged}
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

type ReportLoad = { status: 'loading' } | { status: 'ready'; issues: ImportIssueView[] } | { status: 'error'; message: LocalisedMessage };

function ReportContent({ scan }: { scan: ScanSummary }) {
  const { t, lang } = useI18n();
  const [load, setLoad] = useState<ReportLoad>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    api.invoke('scans.issues', { id: scan.id }).then(
      (issues) => !cancelled && setLoad({ status: 'ready', issues }),
      (cause: unknown) => !cancelled && setLoad({ status: 'error', message: toApiError(cause).userMessage }),
    );
    return () => {
      cancelled = true;
    };
  }, [scan.id]);

  if (load.status === 'loading') {
    return (
      <Center py="xl" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text ml="sm">{t('scansList.report.loading')}</Text>
      </Center>
    );
  }
  if (load.status === 'error') {
    return (
      <Alert color="red" variant="light">
        {load.message[lang]}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {scan.sourceFile && <Text size="sm" c="dimmed">{t('scansList.report.source', { file: scan.sourceFile })}</Text>}
      <IssuesTable issues={load.issues} label={t('import.issues.tableLabel', { scan: scanShortLabel(scan) })} testId="scan-report-table" />
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
