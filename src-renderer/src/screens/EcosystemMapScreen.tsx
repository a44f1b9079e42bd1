import { ToastProvider } from '../explore/Toast';
import { GraphView } from '../graph/GraphView';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Ecosysteemkaart: initiatives as a network, linked by shared target sectors (parts in `src/graph/`). */
export function EcosystemMapScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  if (scans.items.length === 0 || selectedScanIds.length === 0) return <ScreenPlaceholder route="ecosysteemkaart" />;
  return (
    <ToastProvider>
      <GraphView />
    </ToastProvider>
  );
}
