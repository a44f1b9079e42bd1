import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Witte vlekken: sector × digitalisation form × bottleneck combinations with few or no activities. */
export function WhiteSpotsScreen() {
  return <ScreenPlaceholder route="witte-vlekken" />;
}
