import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Vergelijken: two or more scans side by side. */
export function CompareScreen() {
  return <ScreenPlaceholder route="vergelijken" />;
}
