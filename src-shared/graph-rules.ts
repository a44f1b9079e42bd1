/**
 * Rules of the Ecosysteemkaart that main (the model, the CLI) and the renderer (layout, legend) must
 * apply alike: how many lines each initiative keeps by default, how strongly a line pulls in the
 * layout and in the clustering, and an initiative's dominant activity type.
 */
import type { EdgeType } from './model';

/**
 * By default each initiative keeps its 3 strongest lines per kind of connection (a line stays when
 * it is among the 3 strongest of either end): every initiative stays connected to its closest
 * partners, and a group that all share one thing (the generic target group) no longer draws as a
 * clique of every pair.
 */
export const DEFAULT_TOP_PER_NODE = 3;
/** The slider's range; "all" lifts the limit. */
export const MAX_TOP_PER_NODE = 10;

/** How strongly a line pulls (layout and clusters): generic lines barely, Leer van elkaar's overlay not at all. */
export function edgePull(type: EdgeType, weight: number): number {
  if (type === 'learn') return 0;
  if (type === 'generic') return 0.08;
  return weight;
}

/**
 * An initiative's activity type: the type most of its activities have (all its activities, as for
 * the focus, so a colour does not jump with the filter); among types tied for most, the one with the
 * largest known reach, then the first in the codebook's order. 'none' without activities.
 * `perType` is in codebook order.
 */
export function dominantType(perType: readonly { code: string; count: number; reach: number }[]): string {
  let best: { code: string; count: number; reach: number } | null = null;
  for (const t of perType) {
    if (t.count === 0) continue;
    if (!best || t.count > best.count || (t.count === best.count && t.reach > best.reach)) best = t;
  }
  return best?.code ?? 'none';
}

/**
 * The map's own ForceAtlas2 settings, laid over graphology's settings for the graph's size: the app's
 * layout worker, the published site and the factsheet all lay the map out with these (LinLog, the
 * pull of edgePull, this spread), so the three draw the same kind of map.
 */
export function mapForceSettings(order: number) {
  return { linLogMode: true, outboundAttractionDistribution: true, gravity: 0.4, scalingRatio: 12, barnesHutOptimize: order > 400 };
}
