/**
 * Vergelijken: pick two or more scans (by default the header's selection), and see per dimension
 * the counts and shares per 100 activities side by side, as small-multiple bar charts and a table.
 * The active filter applies to each scan; export to .xlsx (one sheet per dimension and a summary).
 */
import { Badge, Group, Loader, MultiSelect, Paper, Switch, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { scanShortLabel } from '../state/scans';
import { CompareCharts } from './CompareCharts';
import { CompareTable } from './CompareTable';
import { BIG_DIFFERENCE, differing } from './format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { InfoNote } from '../ui/InfoNote';
import { TwoScansScreen } from '../ui/TwoScansScreen';
import { XlsxExportButton } from '../ui/XlsxExportButton';

export function CompareView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const scans = useScans();
  const { selectedScanIds } = useAppState();
  const [picked, setPicked] = useState<number[] | null>(null);
  const [dimension, setDimension] = useState<string>('type');
  const [showEmpty, setShowEmpty] = useState(false);

  const known = new Set(scans.items.map((s) => s.id));
  const fallback = selectedScanIds.length >= 2 ? selectedScanIds : scans.items.map((s) => s.id);
  const chosen = (picked ?? fallback).filter((id) => known.has(id));
  const chosenKey = chosen.join(',');
  const args = useMemo(
    () => (chosenKey.split(',').filter(Boolean).length >= 2 ? { scans: chosenKey.split(',').map(Number), filter, language: lang } : null),
    [chosenKey, filter, lang],
  );
  const { value: result, error, loading } = useApiQuery('compare.build', args);
  const dim = result?.dimensions.find((d) => d.key === dimension) ?? result?.dimensions[0];
  const values = dim ? dim.values.filter((v) => showEmpty || v.presence !== 'none') : [];

  return (
    <TwoScansScreen route="vergelijken" lead={t('compare.lead')} className="rs-compare-screen" onlyOne={{ text: t('compare.onlyOne'), testId: 'compare-only-one' }}>
      <Group gap="sm" align="flex-end" wrap="wrap" className="rs-compare-bar">
        <MultiSelect<number>
          label={t('compare.scans.label')}
          placeholder={chosen.length < 2 ? t('compare.scans.placeholder') : undefined}
          data={scans.items.map((s) => ({ value: s.id, label: scanShortLabel(s) }))}
          value={chosen}
          onChange={setPicked}
          searchable
          clearable
          maw={640}
          className="rs-compare-scans"
          data-testid="compare-scans"
          comboboxProps={{ withinPortal: false }}
        />
        <XlsxExportButton channel="export.compare" args={args} label={t('compare.export')} testId="compare-export" />
        {loading && <Loader size="sm" aria-label={t('compare.loading')} />}
      </Group>
      {chosen.length < 2 && <InfoNote>{t('compare.needTwo')}</InfoNote>}
      <ErrorAlert error={error} title={t('compare.error')} />
      {result && args && (
        <>
          <Group gap="xs" wrap="wrap" data-testid="compare-totals">
            {result.scans.map((s) => (
              <Paper key={s.id} withBorder radius="md" px="sm" py={6}>
                <Text size="sm" fw={600}>
                  {s.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('compare.scanTotal', { activities: s.total, initiatives: s.initiatives })}
                </Text>
              </Paper>
            ))}
          </Group>
          <Tabs value={dim?.key ?? null} onChange={(v) => v && setDimension(v)} variant="pills" keepMounted={false} className="rs-compare-tabs">
            <Tabs.List aria-label={t('compare.dimensions')}>
              {result.dimensions.map((d) => (
                <Tabs.Tab key={d.key} value={d.key} data-testid={`compare-tab-${d.key}`} rightSection={differing(d) > 0 ? <Badge size="xs" variant="light" color="blue">{differing(d)}</Badge> : undefined}>
                  {d.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {dim && (
              <Tabs.Panel value={dim.key} pt="sm">
                <Group justify="space-between" mb="xs" wrap="wrap">
                  <Text size="xs" c="dimmed" maw={820}>
                    {t('compare.legend', { threshold: BIG_DIFFERENCE })}
                  </Text>
                  <Switch size="sm" label={t('compare.showEmpty')} checked={showEmpty} onChange={(e) => setShowEmpty(e.currentTarget.checked)} data-testid="compare-show-empty" />
                </Group>
                {values.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('compare.noValues')}
                  </Text>
                ) : (
                  <div className="rs-compare-body">
                    <CompareCharts dim={dim} scans={result.scans} values={values} />
                    <CompareTable dim={dim} scans={result.scans} values={values} />
                  </div>
                )}
              </Tabs.Panel>
            )}
          </Tabs>
        </>
      )}
    </TwoScansScreen>
  );
}
