/**
 * EXPLAIN QUERY PLAN checks for the queries that matter: every filter condition must reach its rows
 * through an index, never by scanning activity_value, provider or dimension_value whole.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { filterWhere } from '../oracle/filter-sql';
import { memoryDb } from '../helpers/db';

function plan(db: Db, sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

function activitiesPlan(db: Db, filter: Filter): string[] {
  const where = filterWhere(db, filter);
  return plan(db, `SELECT a.id FROM activity a WHERE ${where.sql}`, where.params);
}

async function seeded(): Promise<Db> {
  const db = await memoryDb();
  db.exec(`INSERT INTO scan (id, region, year, title, imported_at) VALUES (1, 'R', 2022, 'T', 'now');
           INSERT INTO initiative (id, scan_id, name) VALUES (1, 1, 'I');
           INSERT INTO organisation (id, name, match_key) VALUES (1, 'Org', 'org');`);
  db.exec('ANALYZE');
  return db;
}

const noFullScans = (details: string[]) => {
  for (const table of ['activity_value', 'provider', 'dimension_value', 'organisation']) {
    expect(details.filter((d) => new RegExp(`^SCAN ${table}\\b`).test(d)), details.join('\n')).toEqual([]);
  }
};

describe('query plans', () => {
  it('a value condition searches activity_value by its value index', async () => {
    const db = await seeded();
    const details = activitiesPlan(db, { ...emptyFilter([1]), conditions: [{ dimension: 'sector', mode: 'any', values: ['C', 'Q'] }] });
    expect(details.join('\n')).toMatch(/activity_value USING COVERING INDEX activity_value_by_value/);
    noFullScans(details);
  });

  it('"all of" and "none of" use the same index', async () => {
    const db = await seeded();
    for (const mode of ['all', 'none'] as const) {
      const details = activitiesPlan(db, { ...emptyFilter(), conditions: [{ dimension: 'bottleneck', mode, values: ['1', '2'] }] });
      expect(details.join('\n')).toMatch(/activity_value USING COVERING INDEX activity_value_by_value/);
      noFullScans(details);
    }
  });

  it('an organisation condition searches provider by organisation', async () => {
    const db = await seeded();
    const details = activitiesPlan(db, { ...emptyFilter(), conditions: [{ dimension: 'organisation', mode: 'any', values: ['Org'] }] });
    expect(details.join('\n')).toMatch(/provider USING (COVERING )?INDEX provider_by_organisation/);
    noFullScans(details);
  });

  it('the scan restriction uses the activity scan index', async () => {
    const db = await seeded();
    const details = activitiesPlan(db, emptyFilter([1]));
    expect(details.join("\n")).toMatch(/SEARCH a USING (COVERING )?INDEX activity_scan/);
  });

  it('the facet count joins values by the primary key, not by scanning', async () => {
    const db = await seeded();
    const where = filterWhere(db, { ...emptyFilter([1]), conditions: [{ dimension: 'type', mode: 'any', values: ['workshops'] }] });
    const details = plan(
      db,
      `SELECT dv.id, count(*) FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id WHERE ${where.sql} GROUP BY dv.id`,
      where.params,
    );
    expect(details.join('\n')).toMatch(/SEARCH av USING (COVERING )?INDEX sqlite_autoindex_activity_value_1|SEARCH av USING PRIMARY KEY/);
    expect(details.join('\n')).toMatch(/SEARCH dv USING INTEGER PRIMARY KEY/);
  });

  it('an import report is read through its scan index', async () => {
    const db = await seeded();
    expect(plan(db, 'SELECT * FROM import_issue WHERE scan_id = ?', [1]).join('\n')).toMatch(/SEARCH import_issue USING INDEX import_issue_scan/);
  });
});
