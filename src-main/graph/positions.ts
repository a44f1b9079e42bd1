/** The map's stored layout per set of scans, so the Ecosysteemkaart looks the same next time. */
import { initiativeExists } from '../activities';
import type { Db } from '../db/open';
import { storedPositions, storePositions } from './repository';

/** The key positions are stored under: the scans, sorted ("1,4"); '' for all scans. */
export function scanKey(scans: readonly number[]): string {
  return [...new Set(scans)].sort((a, b) => a - b).join(',');
}

export function graphPositions(db: Db, scans: readonly number[]): Record<string, [number, number]> {
  return Object.fromEntries(storedPositions(db, scanKey(scans)).map((r) => [String(r.initiative_id), [r.x, r.y] as [number, number]]));
}

/** Stores the positions of initiatives that still exist (others would fail the foreign key); how many were stored. */
export function saveGraphPositions(db: Db, scans: readonly number[], positions: Readonly<Record<string, readonly [number, number]>>): number {
  const kept = Object.entries(positions)
    .filter(([id]) => initiativeExists(db, Number(id)))
    .map(([id, [x, y]]) => [Number(id), x, y] as const);
  storePositions(db, scanKey(scans), kept);
  return kept.length;
}
