import { ToastProvider } from '../explore/Toast';
import { LearnView } from '../learn/LearnView';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Leer van elkaar: explained pairings on three lenses (parts in `src/learn/`). */
export function LearnScreen() {
  const { selectedScanIds } = useAppState();
  const { scans } = useData();
  if (scans.items.length === 0 || selectedScanIds.length === 0) return <ScreenPlaceholder route="leer-van-elkaar" />;
  return (
    <ToastProvider>
      <LearnView />
    </ToastProvider>
  );
}
