import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Activiteiten: filter activities on the codebook dimensions. */
export function ActivitiesScreen() {
  return <ScreenPlaceholder route="activiteiten" />;
}
