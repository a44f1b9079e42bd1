/**
 * The Ecosysteemkaart as data: nodes are the initiatives of the filtered activities, with their
 * focus, region, scan, dominant activity type and cluster; edges join initiatives that share a
 * specific sector (weight = shared sectors), both serve the generic target group, or share
 * organisations (optionally in one role). Pairs are counted from inverted indices (graph-pairs.ts),
 * never by testing all n² pairs. By default each initiative keeps its 3 strongest lines per kind
 * (DEFAULT_TOP_PER_NODE); clusters are Louvain communities of the lines kept (graph-clusters.ts).
 */
import { ACTIVITY_TYPES, SECTORS } from '../../src-shared/codebook';
import { DEFAULT_TOP_PER_NODE, dominantType } from '../../src-shared/graph-rules';
import type { Filter } from '../../src-shared/filter';
import type { EdgeType, GraphEdge, GraphModel, GraphNode } from '../../src-shared/model';
import type { Db } from '../db/open';
import type { PairingLens } from '../../src-shared/pairing';
import { topPairs } from '../pairings';
import { activityIndex, B, filterMasks, focusOf, initiativeRows, providersInRole, type ActivityIndex } from '../activities';
import { scanLabel, scanNames } from '../scans';
import { louvainClusters } from '../../src-shared/graph-clusters';
import { pairWeights, type Pairs, type TieBreak } from './graph-pairs';

export { pairWeightsDense, pairWeightsSparse } from './graph-pairs';

export const GENERIC_EDGE_LIMIT = 150;
/** An uncapped graph holds every pair in memory: above this many nodes a cap of 10 applies anyway. */
export const MAX_UNCAPPED_NODES = 3000;
export const DEFAULT_NEIGHBOUR_CAP = 10;

export interface GraphQuery {
  filter: Filter;
  edges: readonly EdgeType[];
  role?: string | undefined;
  minWeight?: number | undefined;
  /** Lines each initiative keeps per kind, its strongest (default DEFAULT_TOP_PER_NODE; null: all). */
  neighbourCap?: number | null | undefined;
  /** Also the codes of every dimension per node (for the GEXF export). */
  attributes?: boolean | undefined;
  /** Louvain clusters of the lines kept (the CLI; the map clusters the lines it shows itself). */
  clusters?: boolean | undefined;
  forceGeneric?: boolean | undefined;
  /** Lens of the `learn` edges (default A). */
  learnLens?: PairingLens | undefined;
}

/** The `learn` layer shows Leer van elkaar's best initiative pairs: this many per node, at most MAX_LEARN_EDGES. */
const LEARN_EDGES_PER_NODE = 2;
const MAX_LEARN_EDGES = 1000;

const SPECIFIC_SECTORS = SECTORS.filter((s) => !s.generic).map((s) => s.code);

export function buildGraph(db: Db, q: GraphQuery): GraphModel {
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, q.filter);
  // Nodes: initiatives with at least one matching activity.
  const nodeOf = new Map<number, number>();
  const nodes: GraphNode[] = [];
  const reach: (number | null)[] = [];
  const positionsByNode: number[][] = [];
  for (let p = 0; p < index.n; p++) {
    if (!B.has(all, p)) continue;
    const initiative = index.initiative[p]!;
    let k = nodeOf.get(initiative);
    if (k === undefined) {
      k = nodes.length;
      nodeOf.set(initiative, k);
      nodes.push({ id: initiative, label: '', scanId: 0, focus: 'none', activities: 0, reach: null, region: '', scan: '', type: 'none', cluster: 0 });
      reach.push(null);
      positionsByNode.push([]);
    }
    nodes[k]!.activities++;
    positionsByNode[k]!.push(p);
    const r = index.reach[p]!;
    if (!Number.isNaN(r)) reach[k] = (reach[k] ?? 0) + r;
  }
  const ids = nodes.map((node) => node.id);
  const info = new Map(initiativeRows(db, ids).map((r) => [r.id, r]));
  const scans = new Map(scanNames(db).map((s) => [s.id, s]));
  const focus = focusOf(db, ids);
  const types = typeCounts(index, nodeOf);
  nodes.forEach((node, k) => {
    const row = info.get(node.id);
    const scan = row ? scans.get(row.scan_id) : undefined;
    node.label = row?.name ?? String(node.id);
    node.scanId = row?.scan_id ?? 0;
    node.region = scan?.region ?? '';
    node.scan = scan ? scanLabel(scan.region, scan.year) : '';
    node.focus = focus.get(node.id) ?? 'none';
    node.type = dominantType(types[k]!);
    node.reach = reach[k]!;
  });

  // Which node has which sector among its matching activities: walk only the set bits.
  const nodeAt = new Int32Array(index.n).fill(-1);
  nodes.forEach((_, k) => {
    for (const p of positionsByNode[k]!) nodeAt[p] = k;
  });
  const sectorNodes = new Map<string, Set<number>>();
  for (const code of [...SPECIFIC_SECTORS, 'geen']) {
    const valueId = index.valueByCode.get(`sector\u0000${code}`);
    const bits = valueId === undefined ? undefined : index.valueBits.get(valueId);
    if (!bits) continue;
    const set = new Set<number>();
    B.forEachAnd(bits, all, (p) => set.add(nodeAt[p]!));
    if (set.size > 0) sectorNodes.set(code, set);
  }

  // Readability: a line stays when it is among the strongest few of either end.
  const requestedCap = q.neighbourCap === undefined ? DEFAULT_TOP_PER_NODE : q.neighbourCap;
  // Without a cap the pairs are held in memory: only up to MAX_UNCAPPED_NODES nodes.
  const cap = requestedCap === null && nodes.length > MAX_UNCAPPED_NODES ? DEFAULT_NEIGHBOUR_CAP : requestedCap;
  const minWeight = q.minWeight ?? 1;
  const kept: { a: number; b: number; type: EdgeType; weight: number; rank: number }[] = [];
  let candidateEdges = 0;
  const add = (type: EdgeType, pairs: Pairs) => {
    candidateEdges += pairs.candidates;
    for (const [a, b, weight, rank] of pairs.kept) kept.push({ a, b, type, weight, rank });
  };
  // Among equally strong lines, the partner with fewer sectors of its own (the larger overlap) first, then a fixed arbitrary order.
  const sectorBreadth = new Int32Array(nodes.length);
  for (const set of sectorNodes.values()) for (const k of set) sectorBreadth[k]!++;
  const nodeIds = Int32Array.from(nodes, (n) => n.id);
  const tie = (breadth: ArrayLike<number>): TieBreak => ({ breadth, ids: nodeIds });
  if (q.edges.includes('sector')) {
    add('sector', pairWeights(nodes.length, SPECIFIC_SECTORS.map((code) => [...(sectorNodes.get(code) ?? [])]), cap, minWeight, tie(sectorBreadth)));
  }
  const genericSuppressed = q.edges.includes('generic') && nodes.length > GENERIC_EDGE_LIMIT && !q.forceGeneric;
  if (q.edges.includes('generic') && !genericSuppressed && minWeight <= 1) {
    add('generic', pairWeights(nodes.length, [[...(sectorNodes.get('geen') ?? [])].sort((x, y) => x - y)], cap, 1, tie(sectorBreadth)));
  }
  const orgNames = new Map<number, string>();
  const nodeOrgs: Set<number>[] = nodes.map(() => new Set());
  if (q.edges.includes('providers')) {
    // Without a role the index knows every organisation's activities; a role needs the provider rows.
    const rows: Iterable<[number, number, string]> = q.role
      ? providersInRole(db, q.role)
      : (function* () {
          for (const [orgId, org] of index.organisations) for (const p of org.positions) yield [index.ids[p]!, orgId, org.name] as [number, number, string];
        })();
    const orgNodes = new Map<number, Set<number>>();
    for (const [activityId, orgId, name] of rows) {
      const p = index.position.get(activityId);
      if (p === undefined || !B.has(all, p)) continue;
      const k = nodeOf.get(index.initiative[p]!)!;
      orgNames.set(orgId, name);
      nodeOrgs[k]!.add(orgId);
      let set = orgNodes.get(orgId);
      if (!set) orgNodes.set(orgId, (set = new Set()));
      set.add(k);
    }
    add('providers', pairWeights(nodes.length, [...orgNodes.values()].map((set) => [...set]), cap, minWeight, tie(nodeOrgs.map((o) => o.size))));
  }

  const learnShared = new Map<string, string[]>();
  if (q.edges.includes('learn') && nodes.length > 1) {
    const top = Math.min(MAX_LEARN_EDGES, LEARN_EDGES_PER_NODE * nodes.length);
    const pairs = topPairs(db, { filter: q.filter, lens: q.learnLens ?? 'A', by: 'initiative', top, scope: 'all', hideKnown: false });
    const learnKept: [number, number, number, number][] = [];
    for (const p of pairs.pairs) {
      const a = nodeOf.get(p.a.initiativeId);
      const b = nodeOf.get(p.b.initiativeId);
      if (a === undefined || b === undefined) continue;
      learnKept.push([Math.min(a, b), Math.max(a, b), p.score, 0]);
      learnShared.set(`${Math.min(a, b)}:${Math.max(a, b)}`, Object.entries(p.shared).flatMap(([key, codes]) => (codes ?? []).map((c) => `${key}:${c}`)));
    }
    add('learn', { kept: learnKept, candidates: learnKept.length });
  }

  const nodeSectors: string[][] = nodes.map(() => []);
  for (const code of SPECIFIC_SECTORS) for (const k of sectorNodes.get(code) ?? []) nodeSectors[k]!.push(code);
  const sectorsOf = (k: number) => nodeSectors[k]!;
  const edges: GraphEdge[] = kept.map((e) => {
    const source = nodes[e.a]!.id;
    const target = nodes[e.b]!.id;
    const [s, t] = source < target ? [source, target] : [target, source];
    let shared: string[] = [];
    if (e.type === 'sector') {
      const other = new Set(sectorsOf(e.b));
      shared = sectorsOf(e.a).filter((c) => other.has(c));
    } else if (e.type === 'generic') shared = ['geen'];
    else if (e.type === 'learn') shared = learnShared.get(`${Math.min(e.a, e.b)}:${Math.max(e.a, e.b)}`) ?? [];
    else shared = [...nodeOrgs[e.a]!].filter((o) => nodeOrgs[e.b]!.has(o)).map((o) => orgNames.get(o)!).sort((x, y) => x.localeCompare(y, 'nl'));
    return { source: s, target: t, type: e.type, weight: e.weight, rank: e.rank, shared };
  });
  edges.sort((x, y) => x.source - y.source || x.target - y.target || x.type.localeCompare(y.type));
  if (q.attributes) {
    const codes = nodeCodes(index, all, nodeAt, nodes.length);
    nodes.forEach((node, k) => (node.codes = codes[k]!));
  }
  nodes.sort((x, y) => x.id - y.id);
  const { clusterOf, clusters } = q.clusters ? louvainClusters(nodes.map((n) => n.id), edges) : { clusterOf: new Map<number, number>(), clusters: [] };
  for (const node of nodes) node.cluster = clusterOf.get(node.id) ?? 0;
  return { nodes, edges, candidateEdges, neighbourCap: cap, genericSuppressed, clusters };
}

/** Per node, per activity type in codebook order: how many of its initiative's activities (all of them, as for the focus) have it, and their known reach. */
function typeCounts(index: ActivityIndex, nodeOf: ReadonlyMap<number, number>): { code: string; count: number; reach: number }[][] {
  const counts = Array.from({ length: nodeOf.size }, () => ACTIVITY_TYPES.map(({ code }) => ({ code, count: 0, reach: 0 })));
  const everything = B.full(index.n);
  ACTIVITY_TYPES.forEach(({ code }, t) => {
    const bits = index.valueBits.get(index.valueByCode.get(`type\u0000${code}`) ?? -1);
    if (!bits) return;
    B.forEachAnd(bits, everything, (p) => {
      const k = nodeOf.get(index.initiative[p]!);
      if (k === undefined) return;
      const entry = counts[k]![t]!;
      entry.count++;
      if (!Number.isNaN(index.reach[p]!)) entry.reach += index.reach[p]!;
    });
  });
  return counts;
}

/** Per node: the codes (with labels) of every dimension over its matching activities, organisations and roles included. */
function nodeCodes(index: ActivityIndex, all: B.Bits, nodeAt: Int32Array, n: number): Record<string, string[]>[] {
  const sets = Array.from({ length: n }, () => new Map<string, Set<string>>());
  const put = (k: number, dimension: string, value: string) => {
    const map = sets[k]!;
    let set = map.get(dimension);
    if (!set) map.set(dimension, (set = new Set()));
    set.add(value);
  };
  for (const [id, bits] of index.valueBits) {
    const v = index.values.get(id);
    if (!v) continue;
    const text = v.code === null ? v.labelNl : `${v.code} ${v.labelNl}`;
    B.forEachAnd(bits, all, (p) => put(nodeAt[p]!, v.dimension, text));
  }
  for (const org of index.organisations.values()) for (const p of org.positions) if (B.has(all, p)) put(nodeAt[p]!, 'organisation', org.name);
  for (const [role, bits] of index.roleBits) B.forEachAnd(bits, all, (p) => put(nodeAt[p]!, 'role', role));
  return sets.map((map) => Object.fromEntries([...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([dim, set]) => [dim, [...set].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))])));
}
