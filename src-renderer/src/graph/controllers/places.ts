/**
 * Layout positions per set of scans (`graph.positions.get` / `.save`), so the map looks the same the
 * next time and after a filter change. Places of nodes that are filtered away are kept too.
 */
import { callApi, fetchApi } from '../../api/query';
import { currentPlaces, type MapGraph, type Point } from '../graphSync';

export interface StoredPlaces {
  /** The sorted scan ids, joined: which set of scans these places belong to. */
  key: string;
  scans: number[];
  /** Node key → place; the map adds to it as nodes move. */
  places: Map<string, Point>;
}

/** The key of a set of scans: sorted ids, joined by commas. */
export function scansKey(scans: readonly number[]): string {
  return [...scans].sort((a, b) => a - b).join(',');
}

export class PlacesController {
  private stored: StoredPlaces | null = null;

  constructor(private readonly graph: MapGraph) {}

  /** The places of the set of scans loaded last (null before the first). */
  current(): StoredPlaces | null {
    return this.stored;
  }

  /** The stored places of `scans` (read through the query cache); an error gives an empty set. */
  async load(scans: readonly number[]): Promise<StoredPlaces> {
    const key = scansKey(scans);
    if (this.stored?.key === key) return this.stored;
    const ids = key ? key.split(',').map(Number) : [];
    let positions: Record<string, [number, number]> = {};
    try {
      positions = (await fetchApi('graph.positions.get', { scans: ids })).positions;
    } catch {
      // Not remembered: the map lays itself out.
    }
    const loaded = { key, scans: ids, places: new Map(Object.entries(positions)) };
    // Another set asked for meanwhile wins: the caller checks which is current.
    this.stored = loaded;
    return loaded;
  }

  /** Stores the places as they are now; a read-only database refuses, which only means the layout is not remembered. */
  save(): void {
    const stored = this.stored;
    if (!stored) return;
    for (const [key, place] of currentPlaces(this.graph)) stored.places.set(key, place);
    if (stored.places.size === 0) return;
    callApi('graph.positions.save', { scans: stored.scans, positions: Object.fromEntries(stored.places) }).catch(() => undefined);
  }
}
