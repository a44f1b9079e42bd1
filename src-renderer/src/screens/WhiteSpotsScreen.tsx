import { ToastProvider } from '../explore/Toast';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { WhiteSpotsView } from '../whitespots/WhiteSpotsView';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Witte vlekken: combinations of two or three dimensions with few or no activities (parts in `src/whitespots/`). */
export function WhiteSpotsScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  if (scans.items.length === 0 || selectedScanIds.length === 0) return <ScreenPlaceholder route="witte-vlekken" />;
  return (
    <ToastProvider>
      <WhiteSpotsView />
    </ToastProvider>
  );
}
