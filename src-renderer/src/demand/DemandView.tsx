/**
 * Vraag en aanbod: import a demand table (or download its template), then the sector × knelpunt
 * heatmap of demand beside supply under the active filter, demand without supply first; the tab
 * Dubbel werk lists possible overlap with the funders side by side.
 */
import { Loader, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { DemandCell } from '../../../src-shared/surveys-model';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppActions } from '../state/AppStateProvider';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { ScreenHeading } from '../ui/ScreenHeading';
import { DemandHeatmap } from './DemandHeatmap';
import { DemandImport } from './DemandImport';
import { demandFiles, supplyFilter } from './heatmap';
import { OverlapList } from './OverlapList';
import './demand.css';
import { useDetailStack } from '../ui/detail/useDetailStack';
import { ErrorAlert } from '../ui/ErrorAlert';

export function DemandView() {
  const { t, lang } = useI18n();
  const { filter, dispatch } = useFilter();
  useFilterShortcuts();
  const { navigate } = useAppActions();
  const [tab, setTab] = useState<string | null>('demand');
  const details = useDetailStack();
  const { value, error, loading } = useApiQuery('demand.view', { filter, language: lang }, { keepPrevious: true });
  const openSupply = (cell: DemandCell) => {
    dispatch({ type: 'replace', filter: supplyFilter(filter, cell.sector, cell.bottleneck) });
    navigate('activiteiten');
  };

  return (
    <section data-testid="screen-vraag-en-aanbod" aria-labelledby="screen-title-vraag-en-aanbod" className="rs-demand-screen">
      <ScreenHeading route="vraag-en-aanbod" lead={t('demand.lead')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="demand" data-testid="demand-tab">
            {t('demand.tab.demand')}
          </Tabs.Tab>
          <Tabs.Tab value="overlap" data-testid="overlap-tab">
            {t('demand.tab.overlap')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="demand" pt="md">
          <div className="rs-demand-panel">
            <DemandImport />
            {loading && <Loader size="sm" aria-label={t('demand.loading')} />}
            <ErrorAlert error={error} title={t('demand.error')} />
            {value && value.rows.length === 0 && (
              <Text size="sm" data-testid="demand-none">
                {t('demand.none')}
              </Text>
            )}
            {value && value.rows.length > 0 && (
              <>
                <Text size="sm" c="dimmed" data-testid="demand-summary">
                  {t('demand.rows', { rows: value.rows.length, files: demandFiles(value) })}
                </Text>
                <DemandHeatmap result={value} onOpenSupply={openSupply} />
              </>
            )}
          </div>
        </Tabs.Panel>
        <Tabs.Panel value="overlap" pt="md">
          <OverlapList onOpen={details.show} />
        </Tabs.Panel>
      </Tabs>
      <DetailDrawer {...details.drawer} />
    </section>
  );
}
