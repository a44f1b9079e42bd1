/**
 * Keeps the `dimension_value` table in step with the shared codebook (src-shared/codebook): every
 * seeded code exists with its current labels, order, group, parent and generic flag. Idempotent;
 * runs at every open, inside one transaction.
 */
import type { Database } from 'better-sqlite3';
import { DIMENSIONS, foldKey } from '../../src-shared/codebook';

export function syncCodebook(db: Database): void {
  const upsert = db.prepare(`
    INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, group_key, generic, sort, match_key)
    VALUES (@dimension, @code, @nl, @en, 'codebook', @group, @generic, @sort, @matchKey)
    ON CONFLICT (dimension, code) WHERE code IS NOT NULL DO UPDATE SET
      label_nl = excluded.label_nl, label_en = excluded.label_en, kind = 'codebook',
      group_key = excluded.group_key, generic = excluded.generic, sort = excluded.sort,
      match_key = excluded.match_key`);
  const setParent = db.prepare(`
    UPDATE dimension_value SET parent_id = (
      SELECT id FROM dimension_value p WHERE p.dimension = @dimension AND p.code = @parent)
    WHERE dimension = @dimension AND code = @code`);

  db.transaction(() => {
    for (const dim of DIMENSIONS) {
      dim.values.forEach((entry, index) => {
        upsert.run({
          dimension: dim.key,
          code: entry.code,
          nl: entry.nl,
          en: entry.en,
          group: entry.group ?? null,
          generic: entry.generic ? 1 : 0,
          sort: index,
          matchKey: foldKey(entry.nl),
        });
      });
      for (const entry of dim.values) {
        if (entry.parent) setParent.run({ dimension: dim.key, code: entry.code, parent: entry.parent });
      }
    }
  })();
}
