/** Graph handlers: the Ecosysteemkaart model, and its stored layout per set of scans. */
import type { Filter } from '../../src-shared/filter';
import type { Db } from '../db/open';
import { buildGraph } from '../query/graph';
import type { DomainHandlers } from '../rpc/types';

/** The key positions are stored under: the scans, sorted ("1,4"); '' for all scans. */
export function scanKey(scans: readonly number[]): string {
  return [...new Set(scans)].sort((a, b) => a - b).join(',');
}

export function graphPositions(db: Db, scans: readonly number[]): Record<string, [number, number]> {
  const rows = db.prepare('SELECT initiative_id, x, y FROM graph_position WHERE scan_key = ?').all(scanKey(scans)) as { initiative_id: number; x: number; y: number }[];
  return Object.fromEntries(rows.map((r) => [String(r.initiative_id), [r.x, r.y] as [number, number]]));
}

export const graphHandlers: DomainHandlers<'graph.build' | 'graph.positions.get' | 'graph.positions.save'> = {
  'graph.build': (db, args) =>
    buildGraph(db, {
      filter: args.filter as Filter,
      edges: args.edges,
      role: args.role,
      minWeight: args.minWeight,
      ...(args.neighbourCap !== undefined ? { neighbourCap: args.neighbourCap } : {}),
      forceGeneric: args.forceGeneric,
      attributes: args.attributes,
      learnLens: args.learnLens,
    }),
  'graph.positions.get': (db, { scans }) => ({ positions: graphPositions(db, scans) }),
  'graph.positions.save': (db, { scans, positions }) => {
    const key = scanKey(scans);
    const put = db.prepare(`INSERT INTO graph_position (scan_key, initiative_id, x, y) VALUES (?, ?, ?, ?)
      ON CONFLICT (scan_key, initiative_id) DO UPDATE SET x = excluded.x, y = excluded.y`);
    const known = db.prepare('SELECT 1 FROM initiative WHERE id = ?');
    let saved = 0;
    db.transaction(() => {
      for (const [id, [x, y]] of Object.entries(positions)) {
        // Positions of initiatives that no longer exist are not stored (they would fail the foreign key).
        if (!known.get(Number(id))) continue;
        put.run(key, Number(id), x, y);
        saved++;
      }
    })();
    return { saved };
  },
};
