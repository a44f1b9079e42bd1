import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Ecosysteemkaart: initiatives as a network, linked by shared target sectors. */
export function EcosystemMapScreen() {
  return <ScreenPlaceholder route="ecosysteemkaart" />;
}
