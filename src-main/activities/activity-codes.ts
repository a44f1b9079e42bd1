/**
 * The codes of one dimension per activity, read from the index's bitsets (no SQL): for surveys,
 * impact, goals and the next door, which need each activity's knelpunten, sectors, forms and type.
 */
import type { DimensionKey } from '../../src-shared/codebook';
import type { ActivityIndex } from './activity-index';
import * as B from './bitsets';

const cache = new WeakMap<ActivityIndex, Map<DimensionKey, string[][]>>();

/** Per activity position, the codebook codes it has in the dimension (sorted as the index holds the values). */
export function codesByPosition(index: ActivityIndex, dimension: DimensionKey): readonly (readonly string[])[] {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  const hit = perIndex.get(dimension);
  if (hit) return hit;
  const out: string[][] = Array.from({ length: index.n }, () => []);
  for (const info of index.values.values()) {
    if (info.dimension !== dimension || info.code === null) continue;
    const bits = index.valueBits.get(info.id);
    if (bits) B.forEachAnd(bits, bits, (p) => out[p]!.push(info.code!));
  }
  perIndex.set(dimension, out);
  return out;
}
