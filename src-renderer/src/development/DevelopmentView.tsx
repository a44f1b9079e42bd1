/**
 * Ontwikkeling: what changed between two scans (docs/links.md). Pick the earlier and the later scan
 * (by default two scans of one region, earlier → later); the active filter applies to both. The
 * summary with the link review table (accept or reject each proposal, with its evidence), dimension
 * shifts as paired bars, white spots that closed or opened, reach, and the Ecosysteemkaart coloured by
 * change (drawn by the graph domain; the app frame hands it in as `ChangeMap`), with the exports.
 */
import { Group, Loader } from '@mantine/core';
import { useMemo, useState, type ComponentType } from 'react';
import type { ChangeMapProps } from '../../../src-shared/change-map';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { scanShortLabel } from '../state/scans';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorAlert } from '../ui/ErrorAlert';
import { InfoNote } from '../ui/InfoNote';
import { TwoScansScreen } from '../ui/TwoScansScreen';
import { ChangeExports } from './ChangeExports';
import { ChangeSummary } from './ChangeSummary';
import { DimensionShifts } from './DimensionShifts';
import { LinkReview } from './LinkReview';
import { defaultScanPair } from './pickScans';
import { WhiteSpotChanges } from './WhiteSpotChanges';

export function DevelopmentView({ ChangeMap }: { ChangeMap: ComponentType<ChangeMapProps> }) {
  const { t } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const scans = useScans();
  const { selectedScanIds } = useAppState();
  const [picked, setPicked] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const fallback = useMemo(() => defaultScanPair(scans.items, selectedScanIds), [scans.items, selectedScanIds]);
  const known = new Set(scans.items.map((s) => s.id));
  const from = picked.from !== null && known.has(picked.from) ? picked.from : (fallback?.from ?? null);
  const to = picked.to !== null && known.has(picked.to) ? picked.to : (fallback?.to ?? null);
  const pair = from !== null && to !== null && from !== to ? { from, to } : null;
  const { value: report, error, loading } = useApiQuery('links.changes', pair ? { ...pair, filter } : null, { keepPrevious: true });
  const options = scans.items.map((s) => ({ value: String(s.id), label: scanShortLabel(s) }));

  return (
    <TwoScansScreen route="ontwikkeling" lead={t('development.lead')} className="rs-dev-screen" onlyOne={{ text: t('development.onlyOne'), testId: 'dev-only-one' }}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <ChoiceSelect label={t('development.from')} data={options} value={from === null ? null : String(from)} onChange={(v) => setPicked((p) => ({ ...p, from: Number(v) }))} data-testid="dev-from" w={240} />
        <ChoiceSelect label={t('development.to')} data={options} value={to === null ? null : String(to)} onChange={(v) => setPicked((p) => ({ ...p, to: Number(v) }))} data-testid="dev-to" w={240} />
        {pair && <ChangeExports from={pair.from} to={pair.to} filter={filter} />}
        {loading && <Loader size="sm" aria-label={t('development.loading')} />}
      </Group>
      {!pair && <InfoNote testId="dev-pick-two">{t('development.pickTwo')}</InfoNote>}
      <ErrorAlert error={error} title={t('development.error')} />
      {pair && report && (
        <>
          <ChangeSummary report={report} />
          <LinkReview from={pair.from} to={pair.to} />
          <DimensionShifts report={report} />
          <WhiteSpotChanges from={pair.from} to={pair.to} filter={filter} />
          <section className="rs-dev-section rs-dev-map-section" aria-labelledby="dev-map-title">
            <h2 id="dev-map-title" className="rs-dev-title">
              {t('development.map.title')}
            </h2>
            <ChangeMap from={pair.from} to={pair.to} filter={filter} report={report} />
          </section>
        </>
      )}
    </TwoScansScreen>
  );
}
