import { ToastProvider } from '../explore/Toast';
import { OverviewView } from '../overview/OverviewView';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Overzicht: the report's figures and a chart per dimension for the active filter (parts in `src/overview/`). */
export function OverviewScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  if (scans.items.length === 0 || selectedScanIds.length === 0) return <ScreenPlaceholder route="overzicht" />;
  return (
    <ToastProvider>
      <OverviewView />
    </ToastProvider>
  );
}
