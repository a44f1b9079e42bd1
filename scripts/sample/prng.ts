/**
 * A small seeded PRNG (mulberry32) so the sample scan is the same on every run. Never Math.random.
 */
import type { Rng } from '../../src-shared/prng';

export { mulberry32, type Rng } from '../../src-shared/prng';

/** A deterministic shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
