/**
 * Layout positions per set of scans (`graph.positions.get` / `.save`), so the map looks the same the
 * next time and after a filter change. Places of nodes that are filtered away are kept too.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Point } from './graphSync';

export interface StoredPlaces {
  /** The sorted scan ids, joined: which set of scans these places belong to. */
  key: string;
  scans: number[];
  /** Node key → place; the map adds to it as nodes move. */
  places: Map<string, Point>;
}

/** The stored places for `scans` (sorted ids), or null while they load; an error gives an empty set. */
export function useStoredPlaces(scans: readonly number[]): StoredPlaces | null {
  const key = scans.join(',');
  const [loaded, setLoaded] = useState<StoredPlaces | null>(null);

  useEffect(() => {
    let cancelled = false;
    const ids = key ? key.split(',').map(Number) : [];
    const done = (positions: Record<string, [number, number]>) => {
      if (!cancelled) setLoaded({ key, scans: ids, places: new Map(Object.entries(positions)) });
    };
    api.invoke('graph.positions.get', { scans: ids }).then(
      (value) => done(value.positions),
      () => done({}),
    );
    return () => {
      cancelled = true;
    };
  }, [key]);

  return loaded?.key === key ? loaded : null;
}

/** Stores the places; a read-only database refuses, which only means the layout is not remembered. */
export function savePlaces(stored: StoredPlaces): void {
  if (stored.places.size === 0) return;
  api.invoke('graph.positions.save', { scans: stored.scans, positions: Object.fromEntries(stored.places) }).catch(() => undefined);
}
