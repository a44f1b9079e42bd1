/** The change-coloured map model (src-shared/change-map.ts) and the Ontwikkeling screen's pure helpers. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { buildGraph } from '../../src-main/graph';
import { changeReport, decideLink, listLinks } from '../../src-main/links';
import { changeCounts, changeKinds, changeMapModel } from '../../src-shared/change-map';
import { emptyFilter } from '../../src-shared/filter';
import type { ChangeReport } from '../../src-shared/links';
import type { GraphModel, WhiteSpotResult } from '../../src-shared/model';
import { defaultScanPair } from '../../src-renderer/src/development/pickScans';
import { whiteSpotShift } from '../../src-renderer/src/development/whiteSpotShift';
import { loadScanPair } from '../helpers/link-fixture';

const ref = (id: number) => ({ id, name: `i${id}` });
const REPORT: ChangeReport = {
  from: { id: 1, label: 'A 2020' },
  to: { id: 2, label: 'A 2022' },
  initiatives: {
    new: [ref(20)],
    stopped: [ref(10)],
    continued: [{ from: ref(11), to: ref(21) }],
    renamed: [{ from: ref(12), to: ref(22) }],
    merged: [{ from: [ref(13), ref(14)], to: ref(23) }],
    split: [{ from: ref(15), to: [ref(24), ref(25)] }],
    gap: [
      { id: 16, name: 'i16', kind: 'absent', seenIn: { id: 3, label: 'A 2024' } },
      { id: 26, name: 'i26', kind: 'back', seenIn: { id: 0, label: 'A 2018' } },
    ],
  },
  activities: { new: 0, stopped: 0, continued: 0 },
  dimensions: {},
  reach: { from: 0, to: 0, knownFrom: 0, knownTo: 0 },
  organisations: { new: [], gone: [], continued: [] },
  jaccard: null,
};
const ACTIVITIES: Record<number, number> = { 10: 1, 11: 2, 21: 2, 12: 1, 22: 3, 13: 2, 14: 2, 23: 3, 15: 2, 24: 1, 25: 1, 16: 1, 20: 1, 26: 2 };

describe('changeKinds', () => {
  it('colours the later scan by change and keeps only unlinked earlier initiatives, as ghosts', () => {
    const kinds = changeKinds(REPORT, (id) => ACTIVITIES[id] ?? 0);
    expect(Object.fromEntries(kinds)).toEqual({
      20: 'new',
      10: 'stopped',
      21: 'continued', // 2 → 2
      22: 'grown', // 1 → 3
      23: 'shrunk', // 2 + 2 → 3
      24: 'continued', // 2 → 1 + 1
      25: 'continued',
      16: 'absent',
      26: 'back',
    });
  });
});

describe('changeMapModel', () => {
  const node = (id: number, scanId: number) => ({ id, label: `i${id}`, scanId, focus: 'none', activities: ACTIVITIES[id] ?? 0, reach: null, region: 'A', scan: 'A', type: 'none', cluster: 0 });
  const ids = [10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26];
  const model: GraphModel = {
    nodes: ids.map((id) => node(id, id < 20 ? 1 : 2)),
    edges: [
      { source: 10, target: 21, type: 'sector', weight: 1, shared: ['C'], rank: 1 },
      { source: 11, target: 22, type: 'sector', weight: 1, shared: ['C'], rank: 1 },
      { source: 21, target: 22, type: 'sector', weight: 2, shared: ['C', 'G'], rank: 1 },
    ],
    candidateEdges: 3,
    neighbourCap: 3,
    clusters: [],
    genericSuppressed: false,
  };

  it('leaves out the linked earlier initiatives and their lines, and counts the kinds in legend order', () => {
    const { model: shown, kinds } = changeMapModel(model, REPORT);
    expect(shown.nodes.map((n) => n.id)).toEqual([10, 16, 20, 21, 22, 23, 24, 25, 26]);
    expect(shown.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['10-21', '21-22']);
    expect(changeCounts(kinds)).toEqual([
      { kind: 'new', count: 1 },
      { kind: 'grown', count: 1 },
      { kind: 'continued', count: 3 },
      { kind: 'shrunk', count: 1 },
      { kind: 'back', count: 1 },
      { kind: 'absent', count: 1 },
      { kind: 'stopped', count: 1 },
    ]);
  });

  it('on a generated re-scan with its true links confirmed: the truth\'s stopped are ghosts, its fresh are new', async () => {
    const db = await openDatabase(':memory:');
    const pair = loadScanPair(db, 5);
    const truth = new Set(pair.truth.map((p) => `${p.from}\u0000${p.to}`));
    for (const l of listLinks(db, pair.fromScan, pair.toScan)) {
      if (l.status === 'proposed' && truth.has(`${l.from.name}\u0000${l.to.name}`)) decideLink(db, 'initiative', l.from.id, l.to.id, 'confirmed');
    }
    const report = changeReport(db, pair.fromScan, pair.toScan, emptyFilter());
    const graph = buildGraph(db, { filter: emptyFilter([pair.fromScan, pair.toScan]), edges: ['sector'] });
    const { model: shown, kinds } = changeMapModel(graph, report);
    const name = new Map(graph.nodes.map((n) => [String(n.id), n.label]));
    const of = (kind: string) => [...kinds].filter(([, k]) => k === kind).map(([id]) => name.get(id)!).sort();
    // Proposals the linker did not make stay stopped and new, so compare with what the report says.
    expect(of('stopped')).toEqual(report.initiatives.stopped.map((i) => i.name).sort());
    expect(of('new')).toEqual(report.initiatives.new.map((i) => i.name).sort());
    for (const s of pair.stopped) expect(of('stopped')).toContain(s);
    // Every initiative of the later scan is on the map, and no earlier one that a later one stands for.
    const later = graph.nodes.filter((n) => n.scanId === pair.toScan).map((n) => n.id);
    expect(later.every((id) => kinds.has(String(id)))).toBe(true);
    expect(shown.nodes.filter((n) => n.scanId === pair.fromScan).length).toBe(report.initiatives.stopped.length + report.initiatives.gap.filter((g) => g.kind === 'absent').length);
    db.close();
  });
});

describe('the Ontwikkeling screen\'s defaults', () => {
  const scans = [
    { id: 1, region: 'Zeeland', year: 2020 },
    { id: 2, region: 'Utrecht', year: 2023 },
    { id: 3, region: 'Zeeland', year: 2024 },
    { id: 4, region: 'zeeland', year: 2022 },
  ];
  it('picks the newest two scans of the region with most scans, earlier → later', () => {
    expect(defaultScanPair(scans, [])).toEqual({ from: 4, to: 3 });
    expect(defaultScanPair(scans, [1, 4, 2])).toEqual({ from: 1, to: 4 });
  });
  it('without two scans of a region: the two oldest; with one scan: none', () => {
    expect(defaultScanPair(scans, [2, 3])).toEqual({ from: 2, to: 3 });
    expect(defaultScanPair(scans.slice(0, 1), [])).toBeNull();
  });
});

describe('whiteSpotShift', () => {
  const axis = (key: string, codes: string[]) => ({ key, label: key, values: codes.map((c) => ({ value: c, label: c, generic: false, unmapped: false })) });
  const result = (rows: string[], counts: number[]): WhiteSpotResult => ({
    rows: axis('sector', rows),
    cols: axis('form', ['1', '2']),
    layers: null,
    counts,
    combinations: counts.length,
    empty: counts.filter((c) => c === 0).length,
    total: counts.reduce((a, b) => a + b, 0),
    includeGeneric: false,
    includeOther: false,
  });
  it('matches cells by their values: closed (empty → filled) and opened (filled → empty)', () => {
    const shift = whiteSpotShift(result(['C', 'G'], [0, 2, 1, 0]), result(['A', 'C', 'G'], [5, 5, 3, 2, 0, 0]));
    // A value the earlier scan's axis lacks had no activity there: its cells closed too (largest first).
    expect(shift.closed.map((s) => s.parts.join(' × '))).toEqual(['sector: A × form: 1', 'sector: A × form: 2', 'sector: C × form: 1']);
    expect(shift.opened.map((s) => s.parts.join(' × '))).toEqual(['sector: G × form: 1']);
    expect(shift).toMatchObject({ emptyFrom: 2, emptyTo: 2, combinations: 6 });
  });
});
