import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Overzicht: key figures of the selected scans. */
export function OverviewScreen() {
  return <ScreenPlaceholder route="overzicht" />;
}
