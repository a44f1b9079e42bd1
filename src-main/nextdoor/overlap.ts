/**
 * Possible overlap (dubbel werk): activities of different initiatives in one scan with the same
 * activity type, the same sectors and the same geography that work on the same knelpunten: for each
 * knelpunt, the activities of such a bucket that target it; equal sets of activities are one group,
 * listing every knelpunt they share. Funders side by side, for the coordination the report
 * recommends. Activities missing a type, knelpunt, sector or geography are not grouped.
 */
import type { OverlapGroup } from '../../src-shared/surveys-model';
import type { Filter } from '../../src-shared/filter';
import { activityIndex, activityNames, B, codesByPosition, filterMasks, initiativeRows, providersInRole } from '../activities';
import type { Db } from '../db/open';

export function overlap(db: Db, filter: Filter): OverlapGroup[] {
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, filter);
  const dims = { type: codesByPosition(index, 'type'), bottleneck: codesByPosition(index, 'bottleneck'), sector: codesByPosition(index, 'sector'), geography: codesByPosition(index, 'geography') };
  const buckets = new Map<string, number[]>();
  B.forEachAnd(all, all, (p) => {
    const parts = [dims.type[p]!, dims.sector[p]!, dims.geography[p]!].map((codes) => [...codes].sort());
    if (parts.some((codes) => codes.length === 0) || dims.bottleneck[p]!.length === 0) return;
    // The scan is part of the key: the same offer in two regions is no double work.
    const scan = [...index.scanBits].find(([, bits]) => B.has(bits, p))?.[0] ?? 0;
    const key = JSON.stringify([scan, ...parts]);
    buckets.set(key, [...(buckets.get(key) ?? []), p]);
  });
  /** bucket + activity set → the knelpunten that set shares. */
  const groups = new Map<string, { bucket: string; positions: number[]; codes: string[] }>();
  for (const [bucket, ps] of buckets) {
    const codes = [...new Set(ps.flatMap((p) => dims.bottleneck[p]!))].sort((a, b) => Number(a) - Number(b));
    for (const code of codes) {
      const members = ps.filter((p) => dims.bottleneck[p]!.includes(code));
      if (new Set(members.map((p) => index.initiative[p]!)).size < 2) continue;
      const key = `${bucket}|${members.join(',')}`;
      const group = groups.get(key);
      if (group) group.codes.push(code);
      else groups.set(key, { bucket, positions: members, codes: [code] });
    }
  }
  const overlapping = [...groups.values()];
  const ids = [...new Set(overlapping.flatMap((g) => g.positions.map((p) => index.ids[p]!)))];
  const names = activityNames(db, ids);
  const initiatives = new Map(initiativeRows(db, [...new Set(overlapping.flatMap((g) => g.positions.map((p) => index.initiative[p]!)))]).map((i) => [i.id, i.name]));
  const wanted = new Set(ids);
  const funders = new Map<number, string[]>();
  for (const [activityId, , name] of providersInRole(db, 'financier')) if (wanted.has(activityId)) funders.set(activityId, [...(funders.get(activityId) ?? []), name]);
  return overlapping
    .map(({ bucket, positions: ps, codes }) => {
      const [, type, sectors, geography] = JSON.parse(bucket) as [number, string[], string[], string[]];
      return {
        type: type.join(', '),
        bottlenecks: codes,
        sectors,
        geography,
        activities: ps
          .map((p) => ({ id: index.ids[p]!, name: names.get(index.ids[p]!) ?? '', initiativeId: index.initiative[p]!, initiative: initiatives.get(index.initiative[p]!) ?? '', funders: (funders.get(index.ids[p]!) ?? []).sort((a, b) => a.localeCompare(b, 'nl')) }))
          .sort((a, b) => a.initiative.localeCompare(b.initiative, 'nl') || a.name.localeCompare(b.name, 'nl') || a.id - b.id),
      };
    })
    .sort((a, b) => b.activities.length - a.activities.length || a.type.localeCompare(b.type) || a.activities[0]!.id - b.activities[0]!.id);
}
