/** The Ecosysteemkaart model: the focus rule, sector/generic/provider edges, and the neighbour cap. */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { focusLabel, initiativeFocus } from '../../src-shared/focus';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { buildGraph } from '../../src-main/graph/graph';
import { sampleDb } from '../helpers/sample-db';
import type { ActivityData, ScanData } from '../../src-main/workbook/scan-data';
import { buildStressScan } from '../../scripts/bench/stress-scan';
import { memoryDb } from '../helpers/db';

describe('focus of digitalisation', () => {
  it('follows the rule: none, one form with ≥ 2/3 of the specific codings, else varied', () => {
    expect(initiativeFocus([])).toBe('none');
    expect(initiativeFocus([['7'], ['7']])).toBe('none');
    expect(initiativeFocus([['1'], ['1', '7'], ['1']])).toBe('form:1');
    expect(initiativeFocus([['5'], ['5'], ['3']])).toBe('form:5'); // exactly two thirds
    expect(initiativeFocus([['5'], ['3']])).toBe('varied'); // a tie is varied
    expect(initiativeFocus([['4', '5'], ['4']])).toBe('form:4'); // 2 of 3 codings
    expect(initiativeFocus([['4', '5'], ['5', '4']])).toBe('varied');
    expect(focusLabel('form:1', 'nl')).toBe('Focus op harde infrastructuur');
    expect(focusLabel('none', 'nl')).toBe('Geen expliciete focus');
    expect(focusLabel('varied', 'en')).toBe('Varied focus');
  });
});

function activity(initiative: string, name: string, sector: string[], providers: string[] = [], form: string[] = ['7']): ActivityData {
  return { initiative, name, values: { type: ['workshops'], sector, form }, providers: providers.map((o) => ({ organisation: o, organisationType: null, roles: ['uitvoerder'] })) };
}

async function handMade(): Promise<{ db: Db; ids: Record<string, number> }> {
  const db = await memoryDb();
  const data: ScanData = {
    scan: { region: 'Test', year: 2024, title: 'Test' },
    initiatives: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name })),
    activities: [
      activity('A', 'a1', ['C', 'G'], ['Hanze']),
      activity('A', 'a2', ['Q'], [], ['1']),
      activity('B', 'b1', ['C', 'Q', 'geen'], ['Hanze', 'RUG']),
      activity('C', 'c1', ['geen'], ['RUG']),
      activity('D', 'd1', ['geen', 'A']),
      activity('E', 'e1', ['J'], ['Hanze']),
    ],
  };
  writeScan(db, data, [], { fileName: null, sha256: null });
  const ids = Object.fromEntries((db.prepare('SELECT id, name FROM initiative').all() as { id: number; name: string }[]).map((r) => [r.name, r.id]));
  return { db, ids };
}

describe('edges', () => {
  it('weigh sector edges by the number of shared specific sectors; generic only between two generic initiatives', async () => {
    const { db, ids } = await handMade();
    const g = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'] });
    expect(g.nodes.map((n) => n.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const edge = (a: string, b: string, type: string) => g.edges.find((e) => e.type === type && [e.source, e.target].sort().join() === [ids[a], ids[b]].sort().join());
    expect(edge('A', 'B', 'sector')).toMatchObject({ weight: 2, shared: ['C', 'Q'] });
    expect(g.edges.filter((e) => e.type === 'sector')).toHaveLength(1);
    expect(g.edges.filter((e) => e.type === 'generic').map((e) => [e.source, e.target])).toEqual([
      [ids.B, ids.C],
      [ids.B, ids.D],
      [ids.C, ids.D],
    ]);
    expect(edge('A', 'C', 'generic')).toBeUndefined();
    expect(g.nodes.find((n) => n.label === 'A')!.focus).toBe('form:1');
  });

  it('join initiatives that share organisations, weighted by how many', async () => {
    const { db, ids } = await handMade();
    const g = buildGraph(db, { filter: emptyFilter(), edges: ['providers'] });
    const pairs = g.edges.map((e) => `${e.source}-${e.target}:${e.weight}:${e.shared.join('+')}`).sort();
    expect(pairs).toEqual([`${ids.A}-${ids.B}:1:Hanze`, `${ids.A}-${ids.E}:1:Hanze`, `${ids.B}-${ids.C}:1:RUG`, `${ids.B}-${ids.E}:1:Hanze`].sort());
    expect(buildGraph(db, { filter: emptyFilter(), edges: ['providers'], role: 'financier' }).edges).toEqual([]);
  });

  it('follow the filter: only initiatives of matching activities, and only their matching activities’ sectors', async () => {
    const { db } = await handMade();
    const filter: Filter = { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'none', values: ['Q'] }] };
    const g = buildGraph(db, { filter, edges: ['sector'] });
    expect(g.nodes.map((n) => n.label)).toEqual(['A', 'C', 'D', 'E']);
    expect(g.edges).toEqual([]);
  });
});

describe('on the sample scan', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await sampleDb());
  });

  it('has 33 nodes whose focus is what the rule says from the data', () => {
    const g = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'] });
    expect(g.nodes).toHaveLength(33);
    for (const node of g.nodes) {
      const forms = (db.prepare(`SELECT a.id, group_concat(dv.code) AS forms FROM activity a LEFT JOIN activity_value av ON av.activity_id = a.id
          LEFT JOIN dimension_value dv ON dv.id = av.value_id AND dv.dimension = 'form' WHERE a.initiative_id = ? GROUP BY a.id`).all(node.id) as { forms: string | null }[])
        .map((r) => (r.forms ?? '').split(',').filter(Boolean));
      expect(node.focus, node.label).toBe(initiativeFocus(forms));
    }
    expect(new Set(g.nodes.map((n) => n.focus.split(':')[0]))).toEqual(new Set(['none', 'varied', 'form']));
  });

  it('finds exactly the sector edges a brute force over all pairs finds', () => {
    const g = buildGraph(db, { filter: emptyFilter(), edges: ['sector'], neighbourCap: null });
    const sectors = new Map<number, Set<string>>();
    for (const r of db.prepare(`SELECT a.initiative_id, dv.code FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id
        WHERE dv.dimension = 'sector' AND dv.code != 'geen'`).all() as { initiative_id: number; code: string }[]) {
      (sectors.get(r.initiative_id) ?? sectors.set(r.initiative_id, new Set()).get(r.initiative_id)!).add(r.code);
    }
    const brute: string[] = [];
    const ids = g.nodes.map((n) => n.id);
    for (const a of ids) for (const b of ids) {
      if (a >= b) continue;
      const shared = [...(sectors.get(a) ?? [])].filter((c) => sectors.get(b)?.has(c));
      if (shared.length > 0) brute.push(`${a}-${b}:${shared.length}`);
    }
    expect(g.edges.map((e) => `${e.source}-${e.target}:${e.weight}`).sort()).toEqual(brute.sort());
  });
});

describe('large graphs', () => {
  it('keep each node’s strongest neighbours and say how many edges there were', async () => {
    const db = await memoryDb();
    writeScan(db, buildStressScan(1500, 500, 3), [], { fileName: null, sha256: null });
    const g = buildGraph(db, { filter: emptyFilter(), edges: ['sector', 'generic'] });
    expect(g.nodes).toHaveLength(500);
    expect(g.genericSuppressed).toBe(true);
    expect(g.neighbourCap).toBe(3);
    expect(g.candidateEdges).toBeGreaterThan(g.edges.length);
    const degree = new Map<number, number>();
    for (const e of g.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    // Every node keeps at least min(cap, its candidate count) edges: none is left isolated by the cap.
    expect(g.nodes.every((n) => (degree.get(n.id) ?? 0) >= 1)).toBe(true);
    const uncapped = buildGraph(db, { filter: emptyFilter(), edges: ['sector'], neighbourCap: null });
    expect(uncapped.edges).toHaveLength(uncapped.candidateEdges);
  });
});
