/** The SQL on `graph_position`: the Ecosysteemkaart's layout, kept per set of scans. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

const sql = statements({
  positions: 'SELECT initiative_id, x, y FROM graph_position WHERE scan_key = ?',
  put: `INSERT INTO graph_position (scan_key, initiative_id, x, y) VALUES (?, ?, ?, ?)
      ON CONFLICT (scan_key, initiative_id) DO UPDATE SET x = excluded.x, y = excluded.y`,
});

export function storedPositions(db: Db, scanKey: string): { initiative_id: number; x: number; y: number }[] {
  return sql(db).positions.all(scanKey) as { initiative_id: number; x: number; y: number }[];
}

/** Stores positions (initiative id, x, y) under a key in one transaction. */
export function storePositions(db: Db, scanKey: string, positions: readonly (readonly [number, number, number])[]): void {
  const put = sql(db).put;
  db.transaction(() => {
    for (const [id, x, y] of positions) put.run(scanKey, id, x, y);
  })();
}
