import { PublishView } from '../publish/PublishView';
import { useData } from '../state/DataProvider';
import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Publiceren: the Ecosysteemkaart as a static website (parts in `src/publish/`). */
export function PublishScreen() {
  const { scans } = useData();
  if (scans.items.length === 0) return <ScreenPlaceholder route="publiceren" />;
  return <PublishView />;
}
