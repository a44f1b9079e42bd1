/**
 * The two scans the Ontwikkeling screen starts with (pure): two scans of one region, earlier →
 * later — the newest two of the region that has most scans among those selected (else all scans);
 * without a region with two scans, the two oldest scans by year.
 */
export interface PickableScan {
  id: number;
  region: string;
  year: number | null;
}

const byTime = (a: PickableScan, b: PickableScan) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id - b.id;

export function defaultScanPair(scans: readonly PickableScan[], selected: readonly number[]): { from: number; to: number } | null {
  const chosen = new Set(selected);
  const pool = scans.filter((s) => chosen.has(s.id)).length >= 2 ? scans.filter((s) => chosen.has(s.id)) : [...scans];
  if (pool.length < 2) return null;
  const regions = new Map<string, PickableScan[]>();
  for (const s of pool) {
    const key = s.region.toLowerCase();
    regions.set(key, [...(regions.get(key) ?? []), s]);
  }
  const best = [...regions.values()]
    .filter((list) => list.length >= 2)
    .sort((a, b) => b.length - a.length || Math.max(...b.map((s) => s.year ?? 0)) - Math.max(...a.map((s) => s.year ?? 0)))[0];
  const ordered = (best ?? pool).slice().sort(byTime);
  const pair = best ? ordered.slice(-2) : ordered.slice(0, 2);
  return { from: pair[0]!.id, to: pair[1]!.id };
}
