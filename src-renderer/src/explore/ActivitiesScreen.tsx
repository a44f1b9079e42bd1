/**
 * Activiteiten: the filter panel on the left, the filter in words on top, and the matching
 * activities (or the initiatives that run them) in a virtualised table, with a detail drawer,
 * referral, saved filters and export.
 */
import { ActionIcon, Button, Group, SegmentedControl, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { AddDialog, type AddTarget } from '../ui/detail/AddDialog';
import { useAppState } from '../state/AppStateProvider';
import { useReadOnly, useScans } from '../state/appData';
import { ActivitiesTable } from './ActivitiesTable';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { ExportMenu } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { FilterWords } from '../ui/FilterWords';
import { ScreenHead } from '../ui/ScreenHeading';
import { InitiativesTable } from './InitiativesTable';
import { ReferralMenu } from './ReferralMenu';
import { useI18n } from '../i18n';
import { useFacets, useFilterShortcuts } from '../state/FilterProvider';
import { locale } from '../i18n/format';
import { useDetailStack } from '../ui/detail/useDetailStack';

type View = 'activities' | 'initiatives';

function ViewSwitch({ view, onChange }: { view: View; onChange(view: View): void }) {
  const { t, lang } = useI18n();
  const facets = useFacets();
  const n = (count: number | undefined) => (count === undefined ? '' : ` (${count.toLocaleString(locale(lang))})`);
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

/** Activiteiten: filter activities on the codebook dimensions. */
export function ActivitiesScreen() {
  const { t } = useI18n();
  useFilterShortcuts();
  const [view, setView] = useState<View>('activities');
  const details = useDetailStack();
  const open = details.show;
  const detail = details.stack[details.stack.length - 1] ?? null;
  const [adding, setAdding] = useState<AddTarget | null>(null);
  const wideToolbar = useMediaQuery('(min-width: 80em)') ?? true;
  const { selectedScanIds } = useAppState();
  const scans = useScans();
  const addScans = useMemo(() => scans.items.filter((s) => selectedScanIds.includes(s.id)).map((s) => ({ id: s.id, label: s.title })), [scans.items, selectedScanIds]);
  const addInitiative = () => setAdding({ kind: 'initiative', scans: addScans });
  // A read-only database offers no writes (the detail panel hides its edits the same way).
  const readOnly = useReadOnly();

  return (
    <section data-testid="screen-activiteiten" aria-labelledby="screen-title-activiteiten" className="rs-explore">
      <ScreenHead route="activiteiten" lead={t('explore.lead')} />
      <FilterWords />
      <div className="rs-explore-body">
        <FilterPanel />
        <div className="rs-results">
          {/* The toolbar stays mounted across views, so a menu can hand the focus back to its button. */}
          <Group justify="space-between" gap="sm" wrap="wrap" className="rs-results-bar">
            <ViewSwitch view={view} onChange={setView} />
            <Group gap="xs" wrap="nowrap">
              {/* Below 1280 px the label gives way to an icon, so the toolbar stays one row beside the view switch. */}
              {readOnly ? null : wideToolbar ? (
                <Button size="xs" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} disabled={addScans.length === 0} onClick={addInitiative} data-testid="add-initiative">
                  {t('edit.addInitiative')}
                </Button>
              ) : (
                <Tooltip label={t('edit.addInitiative')} openDelay={300}>
                  <ActionIcon size={30} variant="default" disabled={addScans.length === 0} onClick={addInitiative} aria-label={t('edit.addInitiative')} data-testid="add-initiative">
                    <IconPlus size={16} aria-hidden="true" />
                  </ActionIcon>
                </Tooltip>
              )}
              <ReferralMenu onChosen={() => setView('initiatives')} />
              <ExportMenu />
            </Group>
          </Group>
          {view === 'activities' ? <ActivitiesTable detail={detail} onOpen={open} /> : <InitiativesTable detail={detail} onOpen={open} />}
        </div>
      </div>
      <AddDialog target={adding} onClose={() => setAdding(null)} onAdded={(activity) => open({ kind: 'activity', id: activity })} />
      <DetailDrawer {...details.drawer} />
    </section>
  );
}
