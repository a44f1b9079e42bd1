/** One scan of the preview: what it is, how much is in it, how it maps, its report and its conflict. */
import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ImportMapping } from '../../../src-shared/import-mapping';
import type { GeographyOption, ImportPreviewScan } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import type { ImportDecision } from './importFlow';
import { scanShortLabel } from '../state/scans';
import { FacetSummary } from './FacetSummary';
import { formatNumber } from '../i18n/format';
import { countBySeverity, SEVERITIES, SEVERITY_COLORS } from '../ui/issues';
import { IssuesTable } from '../ui/IssuesTable';
import { MappingSection } from './MappingSection';
import { AppliedRules } from './AppliedRules';
import { ScanDetailsFields } from './ScanDetailsFields';

interface PreviewScanCardProps {
  scan: ImportPreviewScan;
  decision: ImportDecision | undefined;
  onDecide(decision: ImportDecision): void;
  disabled: boolean;
  /** Several scans in one file: ids and headings get the group as suffix. */
  index: number;
  mapping: ImportMapping;
  regionOptions: readonly GeographyOption[];
}

function Count({ value, label, testId }: { value: number; label: string; testId: string }) {
  const { lang } = useI18n();
  return (
    <div className="rs-stat">
      <Text component="span" className="rs-stat-value" data-testid={testId}>
        {formatNumber(value, lang)}
      </Text>
      <Text component="span" className="rs-stat-label">
        {label}
      </Text>
    </div>
  );
}

export function PreviewScanCard({ scan, decision, onDecide, disabled, index, mapping, regionOptions }: PreviewScanCardProps) {
  const { t } = useI18n();
  const headingId = `import-scan-${index}`;
  const counts = countBySeverity(scan.issues);
  const where = scanShortLabel(scan);

  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={headingId} className="rs-preview-scan">
      <Stack gap="lg">
        <div>
          <Group gap="xs" align="baseline" wrap="wrap">
            <Title order={3} id={headingId} fz="h3">
              {where}
            </Title>
            {scan.year === null && (
              <Badge variant="outline" color="gray" c="dimmed" tt="none" size="sm" radius="sm">
                {t('scans.noYear')}
              </Badge>
            )}
          </Group>
          <Text c="dimmed" mt={2}>
            {scan.title}
          </Text>
        </div>

        <ScanDetailsFields scan={scan} index={index} disabled={disabled} />

        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Count value={scan.counts.initiatives} label={t('import.count.initiatives')} testId="import-count-initiatives" />
          <Count value={scan.counts.activities} label={t('import.count.activities')} testId="import-count-activities" />
          <Count value={scan.counts.organisations} label={t('import.count.organisations')} testId="import-count-organisations" />
        </SimpleGrid>

        {scan.existing && (
          <Paper className="rs-conflict" p="md" radius="sm" data-testid="import-conflict">
            <Radio.Group<ImportDecision>
              value={decision ?? null}
              onChange={onDecide}
              name={`import-decision-${index}`}
              label={t('import.conflict.title', { scan: where })}
              description={t('import.conflict.description')}
              withAsterisk
              required
              disabled={disabled}
            >
              <Stack gap="xs" mt="sm">
                <Radio
                  value="replace"
                  label={t('import.conflict.replace', { title: scan.existing.title })}
                  data-testid="import-decision-replace"
                />
                <Radio value="keep-both" label={t('import.conflict.keepBoth')} data-testid="import-decision-keep-both" />
              </Stack>
            </Radio.Group>
          </Paper>
        )}

        <MappingSection scan={scan} mapping={mapping} regionOptions={regionOptions} headingId={`${headingId}-mapping`} disabled={disabled} />

        <AppliedRules rules={scan.rules ?? []} headingId={`${headingId}-rules`} />

        {Object.keys(scan.facets).length > 0 && (
          <section aria-labelledby={`${headingId}-facets`}>
            <Title order={4} id={`${headingId}-facets`} fz="md" mb="xs">
              {t('import.facets.title')}
            </Title>
            <FacetSummary facets={scan.facets} label={t('import.facets.title')} />
          </section>
        )}

        <section aria-labelledby={`${headingId}-issues`}>
          <Group justify="space-between" align="baseline" mb="xs" wrap="wrap" gap="xs">
            <Title order={4} id={`${headingId}-issues`} fz="md">
              {t('import.issues.title')}
            </Title>
            <Group gap={6}>
              {SEVERITIES.map((severity) => (
                <Badge
                  key={severity}
                  color={SEVERITY_COLORS[severity]}
                  variant="light"
                  radius="sm"
                  size="md"
                  tt="none"
                  c={`var(--rs-severity-${severity})`}
                >
                  {t(`import.severity.${severity}.count`, { count: counts[severity] })}
                </Badge>
              ))}
            </Group>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {t('import.issues.lead')}
          </Text>
          <IssuesTable issues={scan.issues} label={t('import.issues.tableLabel', { scan: where })} />
        </section>
      </Stack>
    </Paper>
  );
}
