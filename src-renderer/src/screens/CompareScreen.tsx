import { CompareView } from '../compare/CompareView';
import { ToastProvider } from '../explore/Toast';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Vergelijken: two or more scans side by side (parts in `src/compare/`). */
export function CompareScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  if (scans.items.length === 0 || selectedScanIds.length === 0) return <ScreenPlaceholder route="vergelijken" />;
  return (
    <ToastProvider>
      <CompareView />
    </ToastProvider>
  );
}
