/** The report's example filters on the sample scan, and the tables under a filter. */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { Db } from '../../src-main/db/open';
import { callChannel } from '../helpers/channel';
import { sampleDb } from '../helpers/sample-db';
import { WMS } from '../helpers/published-figures';

let db: Db;
let scanId: number;

const call = <T>(channel: string, args: unknown) => callChannel<T>(db, channel, args);

beforeAll(async () => {
  ({ db, scan: scanId } = await sampleDb());
});

describe('the report’s example filters on the sample scan', () => {
  it('Werken met studenten → exactly the nine initiatives of docs/method.md (referral)', async () => {
    const filter: Filter = { ...emptyFilter([scanId]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] };
    const initiatives = await call<{ name: string; startYear: number | null; matching: number }[]>('query.initiatives', { filter });
    expect(initiatives.map((i) => i.name).sort()).toEqual(Object.keys(WMS).sort());
    expect(initiatives.every((i) => i.matching === 1)).toBe(true);
    const facets = await call<{ total: number; initiatives: number }>('query.facets', { filter });
    expect(facets).toMatchObject({ total: 9, initiatives: 9 });
    expect(describeFilter(filter, { lang: 'nl', scanLabel: () => 'Noord-Nederland 2022', counts: { activities: facets.total, initiatives: facets.initiatives } })).toBe(
      'Type activiteit is Werken met studenten · Scan Noord-Nederland 2022 — 9 activiteiten, 9 initiatieven',
    );
  });

  it('knelpunt 1 or 2 AND technologie AI or blockchain → only activities that have both', async () => {
    const filter: Filter = {
      ...emptyFilter([scanId]),
      conditions: [
        { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] },
        { dimension: 'technology', mode: 'any', values: ['ai', 'blockchain'] },
      ],
    };
    const page = await call<{ total: number; rows: { values: Record<string, { code: string | null }[]> }[] }>('query.activities', { filter, limit: 1000 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows).toHaveLength(page.total);
    for (const row of page.rows) {
      expect(row.values.bottleneck!.some((v) => v.code === '1' || v.code === '2')).toBe(true);
      expect(row.values.technology!.some((v) => v.code === 'ai' || v.code === 'blockchain')).toBe(true);
    }
    // And nothing that has both is missing: count them independently.
    const both = db.prepare(`SELECT count(*) AS n FROM activity a WHERE
      EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'bottleneck' AND dv.code IN ('1','2')) AND
      EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'technology' AND dv.code IN ('ai','blockchain'))`).get() as { n: number };
    expect(page.total).toBe(both.n);
  });

  it('"none of" excludes, "all of" requires every value', async () => {
    const count = async (conditions: Filter['conditions']) => (await call<{ total: number }>('query.facets', { filter: { ...emptyFilter(), conditions } })).total;
    const any = await count([{ dimension: 'bottleneck', mode: 'any', values: ['6', '7'] }]);
    const all = await count([{ dimension: 'bottleneck', mode: 'all', values: ['6', '7'] }]);
    const none = await count([{ dimension: 'bottleneck', mode: 'none', values: ['6', '7'] }]);
    expect(all).toBeLessThan(any);
    expect(any + none).toBe(100);
  });
});

describe('tables and details', () => {
  it('pages and sorts activities, and details an activity with its providers', async () => {
    const first = await call<{ total: number; rows: { id: number; reach: number | null }[] }>('query.activities', { filter: emptyFilter(), sort: 'reach', descending: true, limit: 5 });
    expect(first.total).toBe(100);
    expect(first.rows).toHaveLength(5);
    const reaches = first.rows.map((r) => r.reach ?? -1);
    expect([...reaches].sort((a, b) => b - a)).toEqual(reaches);
    const detail = await call<{ providers: { organisation: string; roles: { label: string }[] }[]; values: Record<string, unknown[]> }>('query.activity', { id: first.rows[0]!.id });
    expect(detail.providers.length).toBeGreaterThan(0);
    expect(detail.values.type).toHaveLength(1);
  });

  it('rolls activities up to initiatives with their focus', async () => {
    const rows = await call<{ focus: string; matching: number; activities: number }[]>('query.initiatives', { filter: emptyFilter() });
    expect(rows).toHaveLength(33);
    expect(rows.reduce((n, r) => n + r.matching, 0)).toBe(100);
    expect(new Set(rows.map((r) => r.focus.split(':')[0]))).toEqual(new Set(['none', 'varied', 'form']));
  });

  it('free text finds activities and initiatives by name and description', async () => {
    const res = await call<{ total: number; rows: { initiative: string }[] }>('query.activities', { filter: { ...emptyFilter(), text: 'kasteel' }, limit: 100 });
    const expected = db
      .prepare(`SELECT count(*) AS n FROM activity a JOIN initiative i ON i.id = a.initiative_id
        WHERE lower(a.name || ' ' || ifnull(a.description, '') || ' ' || i.name || ' ' || ifnull(i.description, '')) LIKE '%kasteel%'`)
      .get() as { n: number };
    expect(expected.n).toBeGreaterThan(0);
    expect(res.total).toBe(expected.n);
  });

  it('filters on reach known, reach range and start year', async () => {
    const total = async (extra: Partial<Filter>) => (await call<{ total: number }>('query.facets', { filter: { ...emptyFilter(), ...extra } })).total;
    const known = await total({ reach: { known: 'known' } });
    const unknown = await total({ reach: { known: 'unknown' } });
    expect(known).toBe(30);
    expect(known + unknown).toBe(100);
    expect(await total({ reach: { min: 1000 } })).toBeLessThan(known);
    expect(await total({ startYear: { min: 2019, max: 2019 } })).toBe((db.prepare('SELECT count(*) AS n FROM activity WHERE start_year = 2019').get() as { n: number }).n);
  });
});
