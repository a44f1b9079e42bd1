/**
 * Leer van elkaar's fast path against brute force over every pair, on the sample scan and on two
 * generated scans: every reported pair meets its lens's rule with the right score, no qualifying
 * pair is missed, the top N is the first N of the full ranking, and roll-ups and partners agree.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { PAIRING_LENSES, type PairingLens } from '../../src-shared/pairing';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { partnersOf } from '../../src-main/pairings/partners';
import { topPairs } from '../../src-main/pairings/top-pairs';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { memoryDb } from '../helpers/db';
import { allPairs, initiativePairs, loadRows, type ReferencePair } from '../helpers/pairings-reference';

const all = (db: Db, lens: PairingLens, extra: { filter?: Filter; scope?: 'all' | 'across' | 'within'; top?: number; by?: 'activity' | 'initiative' } = {}) =>
  topPairs(db, { filter: extra.filter ?? emptyFilter(), lens, by: extra.by ?? 'activity', top: extra.top ?? 1_000_000, scope: extra.scope ?? 'all', hideKnown: false });

const fastKeys = (db: Db, lens: PairingLens, extra: Parameters<typeof all>[2] = {}) =>
  all(db, lens, extra).pairs.map((p) => ({ a: p.a.activityId!, b: p.b.activityId!, score: p.score, shared: p.shared }));
const refKeys = (pairs: readonly ReferencePair[]) => pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, shared: p.shared }));

/** The shared codes as sets (the fast path orders codes by codebook, the reference alphabetically). */
function normalise<T extends { shared: Record<string, string[] | undefined> }>(list: T[]): T[] {
  return list.map((p) => {
    const entries: [string, string[]][] = Object.entries(p.shared).map(([k, v]) => [k, [...(v ?? [])].sort()]);
    return { ...p, shared: Object.fromEntries(entries.sort((x, y) => x[0].localeCompare(y[0]))) };
  });
}

describe.each([
  ['the sample scan', async (db: Db) => void (await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))],
  [
    'two generated scans',
    (db: Db) => {
      writeScan(db, buildStressScan(320, 110, 5), [], { fileName: null, sha256: null });
      const second = buildStressScan(280, 90, 6);
      writeScan(db, { ...second, scan: { ...second.scan, region: 'Zeeland', title: 'Zeeland' } }, [], { fileName: null, sha256: null });
    },
  ],
])('pairings on %s', (_, prepare) => {
  let db: Db;
  beforeAll(async () => {
    db = await memoryDb();
    await prepare(db);
  });

  it.each(PAIRING_LENSES)('lens %s: exactly the qualifying pairs of the brute force, with their scores, in order', (lens) => {
    const reference = allPairs(lens, loadRows(db));
    expect(reference.length).toBeGreaterThan(10);
    const fast = all(db, lens);
    expect(fast.examined).toBeLessThanOrEqual((fast.activities * (fast.activities - 1)) / 2);
    expect(normalise(fastKeys(db, lens))).toEqual(normalise(refKeys(reference)));
  });

  it.each(PAIRING_LENSES)('lens %s: the top N is the first N of the full ranking (N = 1, 7, 40), also rolled up to initiatives', (lens) => {
    const reference = allPairs(lens, loadRows(db));
    const initiatives = initiativePairs(reference);
    for (const n of [1, 7, 40]) {
      expect(fastKeys(db, lens, { top: n }).map((p) => [p.a, p.b, p.score])).toEqual(reference.slice(0, n).map((p) => [p.a, p.b, p.score]));
      const rolled = all(db, lens, { top: n, by: 'initiative' }).pairs.map((p) => [p.a.initiativeId, p.b.initiativeId, p.score, p.activityPairs]);
      expect(rolled).toEqual(initiatives.slice(0, n).map((p) => [p.a, p.b, p.score, p.count]));
    }
  });

  it.each(PAIRING_LENSES)('lens %s: under a filter, only pairs of matching activities', (lens) => {
    const filter: Filter = { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['workshops', 'netwerken', 'onderzoek'] }] };
    const ids = new Set((db.prepare("SELECT av.activity_id AS id FROM activity_value av JOIN dimension_value v ON v.id = av.value_id WHERE v.dimension = 'type' AND v.code IN ('workshops', 'netwerken', 'onderzoek')").all() as { id: number }[]).map((r) => r.id));
    expect(normalise(fastKeys(db, lens, { filter }))).toEqual(normalise(refKeys(allPairs(lens, loadRows(db, ids)))));
  });

  it('across and within scans split the pairs exactly', () => {
    const reference = allPairs('A', loadRows(db));
    expect(fastKeys(db, 'A', { scope: 'across' }).map((p) => [p.a, p.b])).toEqual(reference.filter((p) => p.across).map((p) => [p.a, p.b]));
    expect(fastKeys(db, 'A', { scope: 'within' }).map((p) => [p.a, p.b])).toEqual(reference.filter((p) => !p.across).map((p) => [p.a, p.b]));
  });

  it.each(PAIRING_LENSES)('lens %s: an initiative’s partners are its pairs in the full list, rolled up', (lens) => {
    const reference = allPairs(lens, loadRows(db));
    const someone = reference[Math.floor(reference.length / 3)]!.initiativeA;
    const mine = reference.filter((p) => p.initiativeA === someone || p.initiativeB === someone);
    const expected = new Map<number, { score: number; count: number }>();
    for (const p of mine) {
      const other = p.initiativeA === someone ? p.initiativeB : p.initiativeA;
      const e = expected.get(other) ?? { score: 0, count: 0 };
      expected.set(other, { score: Math.max(e.score, p.score), count: e.count + 1 });
    }
    const partners = partnersOf(db, { filter: emptyFilter(), lens, initiative: someone, top: 500, scope: 'all', hideKnown: false });
    expect(new Map(partners.pairs.map((p) => [p.b.initiativeId, { score: p.score, count: p.activityPairs! }]))).toEqual(expected);
    const scores = partners.pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});
