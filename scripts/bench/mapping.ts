/**
 * `npx tsx scripts/bench/mapping.ts`: mapping a value kept unmapped (`regioscan map`: one change group
 * with its history, the rule stored, the index updated in place) until the facet counts show it, with
 * the value on a tenth of 600 and of 60,000 activities. Figures only.
 */
import { emptyFilter } from '../../src-shared/filter';
import { facetCounts } from '../../src-main/activities';
import { mapValue } from '../../src-main/mappings';
import { stressDb, time } from './bench-db';

for (const n of [600, 60_000]) {
  const db = await stressDb(n, Math.ceil(n / 3), `mapping-${n}.sqlite`);
  const ids = db.prepare('SELECT id FROM activity ORDER BY id').pluck().all() as number[];
  const holders = ids.filter((_, i) => i % 10 === 0);
  db.transaction(() => {
    const value = Number(db.prepare(`INSERT INTO dimension_value (dimension, code, label_nl, label_en, kind, match_key) VALUES ('sector', NULL, 'Maakindustrie', 'Maakindustrie', 'unmapped', 'maakindustrie')`).run().lastInsertRowid);
    const add = db.prepare('INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)');
    for (const id of holders) add.run(id, value);
  })();
  facetCounts(db, { filter: emptyFilter() });
  let changed = 0;
  const write = time(() => (changed = mapValue(db, { dimension: 'sector', value: 'Maakindustrie', code: 'C' }).changed));
  const shown = time(() => facetCounts(db, { filter: emptyFilter() }));
  console.log(`${n} activities: mapped ${changed} occurrences in ${write.toFixed(0)} ms, facets shown after ${shown.toFixed(0)} ms (total ${(write + shown).toFixed(0)} ms)`);
  db.close();
}
