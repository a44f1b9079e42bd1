/**
 * Activiteiten: the filter panel on the left, the filter in words on top, and the matching
 * activities (or the initiatives that run them) in a virtualised table, with a detail drawer,
 * referral, saved filters and export.
 */
import { Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { ActivitiesTable } from '../explore/ActivitiesTable';
import { DetailDrawer, type DetailTarget } from '../explore/DetailDrawer';
import { ExportMenu } from '../explore/ExportMenu';
import { useExportRequest } from '../explore/ExportRequest';
import { FilterPanel } from '../explore/FilterPanel';
import { FilterWords } from '../explore/FilterWords';
import { InitiativesTable } from '../explore/InitiativesTable';
import { ReferralMenu } from '../explore/ReferralMenu';
import { ToastProvider } from '../explore/Toast';
import { useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { useFacets, useFilterShortcuts } from '../state/FilterProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

type View = 'activities' | 'initiatives';

function ViewSwitch({ view, onChange }: { view: View; onChange(view: View): void }) {
  const { t, lang } = useI18n();
  const facets = useFacets();
  const n = (count: number | undefined) => (count === undefined ? '' : ` (${count.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')})`);
  return (
    <SegmentedControl<View>
      size="xs"
      value={view}
      onChange={onChange}
      data={[
        { value: 'activities', label: `${t('explore.view.activities')}${n(facets.result?.total)}` },
        { value: 'initiatives', label: `${t('explore.view.initiatives')}${n(facets.result?.initiatives)}` },
      ]}
      aria-label={t('explore.view.label')}
      data-testid="view-switch"
    />
  );
}

function Explore() {
  const { t } = useI18n();
  useFilterShortcuts();
  const [view, setView] = useState<View>('activities');
  const [stack, setStack] = useState<DetailTarget[]>([]);
  const open = useCallback((target: DetailTarget) => setStack([target]), []);
  const push = useCallback((target: DetailTarget) => setStack((s) => [...s, target]), []);
  const detail = stack[stack.length - 1] ?? null;


  return (
    <section data-testid="screen-activiteiten" aria-labelledby="screen-title-activiteiten" className="rs-explore">
      <div className="rs-explore-head">
        <Title order={1} id="screen-title-activiteiten" tabIndex={-1} className="rs-screen-title">
          {t('route.activiteiten')}
        </Title>
        <Text size="sm" c="dimmed" className="rs-explore-lead">
          {t('explore.lead')}
        </Text>
      </div>
      <FilterWords />
      <div className="rs-explore-body">
        <FilterPanel />
        <div className="rs-results">
          {/* The toolbar stays mounted across views, so a menu can hand the focus back to its button. */}
          <Group justify="space-between" gap="sm" wrap="wrap" className="rs-results-bar">
            <ViewSwitch view={view} onChange={setView} />
            <Group gap="xs" wrap="nowrap">
              <ReferralMenu onChosen={() => setView('initiatives')} />
              <ExportMenu />
            </Group>
          </Group>
          {view === 'activities' ? <ActivitiesTable detail={detail} onOpen={open} /> : <InitiativesTable detail={detail} onOpen={open} />}
        </div>
      </div>
      <DetailDrawer stack={stack} onOpen={push} onBack={() => setStack((s) => s.slice(0, -1))} onClose={() => setStack([])} />
    </section>
  );
}

/** Activiteiten: filter activities on the codebook dimensions. */
export function ActivitiesScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  const exportRequest = useExportRequest();
  const empty = scans.items.length === 0 || selectedScanIds.length === 0;
  // Nothing to export: drop a menu "Exporteren…" request instead of opening the menu much later.
  useEffect(() => {
    if (empty && exportRequest.pending) exportRequest.consume();
  }, [empty, exportRequest]);
  if (empty) return <ScreenPlaceholder route="activiteiten" />;
  return (
    <ToastProvider>
      <Explore />
    </ToastProvider>
  );
}
