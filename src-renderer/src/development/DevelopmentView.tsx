/**
 * Ontwikkeling: what changed between two scans (docs/links.md). Pick the earlier and the later scan
 * (by default two scans of one region, earlier → later); the active filter applies to both. The
 * summary with the link review table (accept or reject each proposal, with its evidence), dimension
 * shifts as paired bars, white spots that closed or opened, reach, and the Ecosysteemkaart coloured by
 * change (drawn by the graph domain; the app frame hands it in as `ChangeMap`), with the exports.
 */
import { Alert, Group, Loader, Select } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type ComponentType } from 'react';
import type { ChangeMapProps } from '../../../src-shared/change-map';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { scanShortLabel } from '../state/scans';
import { ScreenHeading } from '../ui/ScreenHeading';
import { ChangeExports } from './ChangeExports';
import { ChangeSummary } from './ChangeSummary';
import { DimensionShifts } from './DimensionShifts';
import { LinkReview } from './LinkReview';
import { defaultScanPair } from './pickScans';
import { WhiteSpotChanges } from './WhiteSpotChanges';

export function DevelopmentView({ ChangeMap }: { ChangeMap: ComponentType<ChangeMapProps> }) {
  const { t, lang } = useI18n();
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
    <section data-testid="screen-ontwikkeling" aria-labelledby="screen-title-ontwikkeling" className="rs-dev-screen">
      <ScreenHeading route="ontwikkeling" lead={t('development.lead')} />
      {scans.items.length < 2 ? (
        <Alert icon={<IconInfoCircle size={18} aria-hidden="true" />} color="blue" variant="light" data-testid="dev-only-one">
          {t('development.onlyOne')}
        </Alert>
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select label={t('development.from')} data={options} value={from === null ? null : String(from)} onChange={(v) => v && setPicked((p) => ({ ...p, from: Number(v) }))} allowDeselect={false} comboboxProps={{ withinPortal: false }} data-testid="dev-from" w={240} />
            <Select label={t('development.to')} data={options} value={to === null ? null : String(to)} onChange={(v) => v && setPicked((p) => ({ ...p, to: Number(v) }))} allowDeselect={false} comboboxProps={{ withinPortal: false }} data-testid="dev-to" w={240} />
            {pair && <ChangeExports from={pair.from} to={pair.to} filter={filter} />}
            {loading && <Loader size="sm" aria-label={t('development.loading')} />}
          </Group>
          {!pair && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden="true" />} data-testid="dev-pick-two">
              {t('development.pickTwo')}
            </Alert>
          )}
          {error && (
            <Alert color="red" variant="light" title={t('development.error')}>
              {error[lang]}
            </Alert>
          )}
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
        </>
      )}
    </section>
  );
}
