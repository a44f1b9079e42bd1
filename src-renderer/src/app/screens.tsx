/**
 * The screen of each route, and the frame around it: a screen that shows scans waits for a scan and a
 * selection (until then the empty state says what it will show and how to get there), and each screen
 * has its own toasts.
 */
import { useEffect, type ComponentType } from 'react';
import { BackupsScreen } from '../backups/BackupsScreen';
import { CompareView } from '../compare/CompareView';
import { ActivitiesScreen } from '../explore/ActivitiesScreen';
import { GraphView } from '../graph/GraphView';
import { ImportScreen } from '../import/ImportScreen';
import { LearnView } from '../learn/LearnView';
import { OverviewView } from '../overview/OverviewView';
import { PublishView } from '../publish/PublishView';
import type { Route } from '../routes';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useExportRequest } from '../state/ExportRequest';
import { ChangeUndoKeys } from '../ui/ChangeUndoKeys';
import { ToastProvider } from '../ui/Toast';
import { WhiteSpotsView } from '../whitespots/WhiteSpotsView';
import { GoalsView } from '../goals/GoalsView';
import { DemandView } from '../demand/DemandView';
import { MappingsScreen } from '../mappings/MappingsScreen';
import { ScreenPlaceholder } from './ScreenPlaceholder';

interface ScreenDef {
  component: ComponentType;
  /** Shows the selected scans: without any, the empty state instead. */
  showsScans: boolean;
}

const SCREENS: Readonly<Record<Route, ScreenDef>> = {
  overzicht: { component: OverviewView, showsScans: true },
  activiteiten: { component: ActivitiesScreen, showsScans: true },
  ecosysteemkaart: { component: GraphView, showsScans: true },
  'leer-van-elkaar': { component: LearnView, showsScans: true },
  vergelijken: { component: CompareView, showsScans: true },
  'witte-vlekken': { component: WhiteSpotsView, showsScans: true },
  publiceren: { component: PublishView, showsScans: true },
  importeren: { component: ImportScreen, showsScans: false },
  'back-ups': { component: BackupsScreen, showsScans: false },
  beleidsdoelen: { component: GoalsView, showsScans: true },
  'vraag-en-aanbod': { component: DemandView, showsScans: true },
  'te-koppelen': { component: MappingsScreen, showsScans: false },
};

export function Screen({ route }: { route: Route }) {
  const { selectedScanIds } = useAppState();
  const scans = useScans();
  const exportRequest = useExportRequest();
  const { component: Component, showsScans } = SCREENS[route];
  const empty = showsScans && (scans.items.length === 0 || selectedScanIds.length === 0);
  // Nothing to export: drop a menu "Exporteren…" request instead of opening the menu much later.
  useEffect(() => {
    if (empty && exportRequest.pending) exportRequest.consume();
  }, [empty, exportRequest]);
  if (empty) return <ScreenPlaceholder route={route} />;
  return (
    <ToastProvider key={route}>
      <ChangeUndoKeys />
      <Component />
    </ToastProvider>
  );
}
