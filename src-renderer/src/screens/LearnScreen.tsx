import { ScreenPlaceholder } from './ScreenPlaceholder';

/** Leer van elkaar: two dimensions set against each other (A, B, C of the method). */
export function LearnScreen() {
  return <ScreenPlaceholder route="leer-van-elkaar" />;
}
