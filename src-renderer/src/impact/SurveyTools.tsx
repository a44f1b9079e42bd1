/**
 * The questionnaire from the Impact screen: create the response workbook (surveys.template) or the
 * printable A4 pages (surveys.pages) for one of the selected scans or one initiative in it,
 * delivered like every export; and
 * import filled workbooks, one or more at once (surveys.import). Each file's outcome is one line —
 * imported, already imported before (nothing changed), or refused — and a refused file's bad cells
 * are shown in the import report's table.
 */
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { emptyFilter } from '../../../src-shared/filter';
import type { SurveyImportReport } from '../../../src-shared/surveys-model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { scanLabel } from '../state/scans';
import { fileToBase64 } from '../ui/base64';
import { IssuesTable } from '../ui/IssuesTable';
import { useFilePicker } from '../ui/useFilePicker';
import { useFileExport } from '../ui/useDeliverFile';
import { surveyIssueViews } from './impactFormat';


function ImportOutcome({ report, onClose }: { report: SurveyImportReport; onClose(): void }) {
  const { t } = useI18n();
  const refused = report.files.filter((f) => f.status === 'refused');
  return (
    <Alert
      color={refused.length > 0 ? 'red' : 'teal'}
      variant="light"
      title={t('impact.import.title', { count: report.files.length })}
      withCloseButton
      closeButtonLabel={t('impact.import.close')}
      onClose={onClose}
      data-testid="impact-import-report"
    >
      <Stack gap={6}>
        {report.files.map((f, i) => (
          <Text key={i} size="sm" data-testid="impact-import-file" data-status={f.status}>
            {f.status === 'unchanged'
              ? t('impact.import.unchanged', { file: f.file })
              : f.status === 'refused'
                ? t('impact.import.refused', { file: f.file, count: f.issues.length })
                : t('impact.import.imported', { file: f.file, responses: f.responses, round: f.round ? t('impact.import.roundSuffix', { round: f.round }) : '' })}
          </Text>
        ))}
        {refused.length > 0 && <Text size="sm" fw={600}>{t('impact.import.nothing')}</Text>}
        {refused.map((f, i) => (
          <IssuesTable key={i} issues={surveyIssueViews(f)} label={t('impact.import.issues', { file: f.file })} testId={`impact-import-issues-${i}`} />
        ))}
      </Stack>
    </Alert>
  );
}

export function SurveyTools() {
  const { t, lang } = useI18n();
  const { selectedScanIds } = useAppState();
  const scans = useScans().items.filter((s) => selectedScanIds.includes(s.id));
  const [scan, setScan] = useState<string | null>(null);
  const [initiative, setInitiative] = useState<string | null>(null);
  const [newRound, setNewRound] = useState('');
  const [importRound, setImportRound] = useState('');
  const [report, setReport] = useState<SurveyImportReport | null>(null);
  const template = useFileExport('surveys.template');
  const pages = useFileExport('surveys.pages');
  const importer = useApiMutation('surveys.import');
  const chosen = Number(scan ?? scans[0]?.id ?? NaN);
  const initiativeArgs = useMemo(() => (Number.isNaN(chosen) ? null : { filter: emptyFilter([chosen]) }), [chosen]);
  const initiatives = useApiQuery('query.initiatives', initiativeArgs).value ?? [];
  const which = { scan: chosen, ...(initiative ? { initiative: Number(initiative) } : {}), ...(newRound.trim() === '' ? {} : { round: newRound.trim() }) };

  const importFiles = async (files: File[]) => {
    const encoded = await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
    setReport(await importer.run({ files: encoded, ...(importRound.trim() === '' ? {} : { round: importRound.trim() }), language: lang }));
  };
  const picker = useFilePicker({ accept: '.xlsx,.xlsm,.xls,.ods,.csv', multiple: true, onFiles: importFiles, testId: 'impact-import-input', label: t('impact.surveys.import') });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="impact-surveys-title" data-testid="impact-surveys">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="impact-surveys-title">{t('impact.surveys.title')}</Title>
          <Text size="sm" c="dimmed">{t('impact.surveys.lead')}</Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('impact.surveys.scan')}
            data={scans.map((s) => ({ value: String(s.id), label: scanLabel(s) }))}
            value={Number.isNaN(chosen) ? null : String(chosen)}
            onChange={(v) => {
              setScan(v);
              setInitiative(null);
            }}
            allowDeselect={false}
            w={300}
            data-testid="impact-survey-scan"
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('impact.surveys.initiative')}
            placeholder={t('impact.surveys.initiative.all')}
            data={initiatives.map((i) => ({ value: String(i.id), label: i.name }))}
            value={initiative}
            onChange={setInitiative}
            clearable
            searchable
            w={260}
            data-testid="impact-survey-initiative"
            comboboxProps={{ withinPortal: false }}
          />
          <TextInput label={t('impact.surveys.roundNew')} placeholder={t('impact.surveys.roundNew.placeholder')} value={newRound} onChange={(e) => setNewRound(e.currentTarget.value)} maxLength={100} w={220} data-testid="impact-survey-round" />
          <Button size="xs" variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} loading={template.busy} disabled={Number.isNaN(chosen)} onClick={() => void template.run(which)} data-testid="impact-survey-workbook">
            {t('impact.surveys.workbook')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden="true" />} loading={pages.busy} disabled={Number.isNaN(chosen)} onClick={() => void pages.run({ ...which, language: lang })} data-testid="impact-survey-pages">
            {t('impact.surveys.pages')}
          </Button>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('impact.surveys.roundImport')} placeholder={t('impact.surveys.roundImport.placeholder')} value={importRound} onChange={(e) => setImportRound(e.currentTarget.value)} maxLength={100} w={260} data-testid="impact-import-round" />
          <Button size="xs" leftSection={<IconUpload size={16} aria-hidden="true" />} loading={importer.busy} onClick={picker.open} data-testid="impact-import">
            {importer.busy ? t('impact.surveys.importing') : t('impact.surveys.import')}
          </Button>
          {picker.input}
        </Group>
        {report && <ImportOutcome report={report} onClose={() => setReport(null)} />}
      </Stack>
    </Paper>
  );
}
