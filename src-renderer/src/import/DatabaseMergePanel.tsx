/**
 * A Regioscan database (.sqlite) to merge, on the import screen: its scans with region, year and
 * counts, for each one that meets a scan of the same region and year the choice to replace it or keep
 * both (as for a workbook), then Samenvoegen. Main checked the file before anything is shown.
 */
import { Alert, Button, Group, Loader, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDatabase } from '@tabler/icons-react';
import { useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { databaseMerge, useDatabaseMerge, type MergeDecision } from './databaseMerge';
import { TableHead } from '../ui/TableHead';

export function DatabaseMergePanel() {
  const { t, lang } = useI18n();
  const s = useDatabaseMerge();
  const { selectedScanIds } = useAppState();
  const { selectScans } = useAppActions();
  if (s.step === 'idle') return null;

  if (s.step === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('dbmerge.failed.title', { file: s.fileName ?? '' })} withCloseButton closeButtonLabel={t('import.done.close')} onClose={databaseMerge.reset} data-testid="dbmerge-error">
        {s.error?.[lang]}
      </Alert>
    );
  }
  if (s.step === 'reading') {
    return (
      <Group gap="sm" data-testid="dbmerge-reading">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('dbmerge.reading', { file: s.fileName ?? '' })}</Text>
      </Group>
    );
  }
  if (s.step === 'done' && s.result) {
    const replaced = s.result.scans.filter((m) => m.replaced !== null).length;
    return (
      <Alert color="teal" variant="light" icon={<IconCheck aria-hidden="true" />} title={t('dbmerge.done.title', { file: s.result.file })} withCloseButton closeButtonLabel={t('import.done.close')} onClose={databaseMerge.reset} data-testid="dbmerge-done">
        {t('dbmerge.done.text', { count: s.result.scans.length, replaced })}
      </Alert>
    );
  }
  const preview = s.preview;
  if (!preview) return null;
  const merging = s.step === 'merging';
  const merge = () =>
    databaseMerge.commit((result) => {
      // The merged scans go first in the header's selection, as after an import.
      const fresh = new Set(result.scans.map((m) => m.id));
      selectScans([...fresh, ...selectedScanIds.filter((id) => !fresh.has(id))]);
    });
  return (
    <Paper withBorder radius="md" p="md" data-testid="dbmerge-preview" aria-labelledby="dbmerge-title">
      <Stack gap="sm">
        <Group gap="xs">
          <IconDatabase size={22} aria-hidden="true" />
          <Title order={2} fz="h3" id="dbmerge-title">
            {t('dbmerge.title', { file: preview.file })}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('dbmerge.lead')}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder>
            <TableHead columns={[t('scansList.col.title'), t('scansList.col.region'), t('scansList.col.year'), { label: t('import.count.initiatives'), ta: 'right' }, { label: t('import.count.activities'), ta: 'right' }, t('dbmerge.col.here')]} />
            <Table.Tbody>
              {preview.scans.map((scan) => (
                <Table.Tr key={scan.id} data-testid={`dbmerge-scan-${scan.id}`}>
                  <Table.Td>{scan.title}</Table.Td>
                  <Table.Td>{scan.region}</Table.Td>
                  <Table.Td>{scan.year ?? '—'}</Table.Td>
                  <Table.Td ta="right" className="rs-num">{formatNumber(scan.initiatives, lang)}</Table.Td>
                  <Table.Td ta="right" className="rs-num">{formatNumber(scan.activities, lang)}</Table.Td>
                  <Table.Td>
                    {scan.existing ? (
                      <Stack gap={4}>
                        <Text size="sm">{t('dbmerge.exists', { title: scan.existing.title })}</Text>
                        <SegmentedControl
                          size="xs"
                          aria-label={t('dbmerge.decision', { title: scan.title })}
                          value={s.decisions[String(scan.id)] ?? ''}
                          onChange={(value) => databaseMerge.decide(scan.id, value as MergeDecision)}
                          data={[
                            { value: 'replace', label: t('dbmerge.replace') },
                            { value: 'keep-both', label: t('dbmerge.keepBoth') },
                          ]}
                          data-testid={`dbmerge-decision-${scan.id}`}
                        />
                      </Stack>
                    ) : (
                      <Text size="sm">{t('dbmerge.new')}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={databaseMerge.reset} disabled={merging} data-testid="dbmerge-cancel">
            {t('dbmerge.cancel')}
          </Button>
          <Button onClick={merge} loading={merging} disabled={!databaseMerge.ready(s)} data-testid="dbmerge-commit">
            {t('dbmerge.commit', { count: preview.scans.length })}
          </Button>
        </Group>
        {!databaseMerge.ready(s) && !merging && (
          <Text size="sm" c="dimmed" ta="right">
            {t('dbmerge.chooseFirst')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
