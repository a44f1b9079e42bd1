/**
 * The Ecosysteemkaart as data: nodes are the initiatives of the filtered activities, coloured by
 * focus; edges join initiatives that share a specific sector (weight = shared sectors), both serve
 * the generic target group, or share organisations (optionally in one role). Pairs are counted from
 * inverted indices (sector → initiatives, organisation → initiatives) into a typed-array
 * accumulator per node — never by testing all n² pairs. Large graphs keep each node's strongest
 * neighbours.
 */
import { SECTORS } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { EdgeType, GraphEdge, GraphModel, GraphNode } from '../../src-shared/model';
import type { Db } from '../db/open';
import type { PairingLens } from '../../src-shared/pairing';
import { topPairs } from './pairings/top-pairs';
import { focusOf } from './activities';
import { activityIndex, filterMasks } from './activity-index';
import * as B from './bitsets';

export const GENERIC_EDGE_LIMIT = 150;
/** Above this many nodes each node keeps only its strongest neighbours, unless asked otherwise. */
export const CAP_FROM_NODES = 300;
export const DEFAULT_NEIGHBOUR_CAP = 10;
/** An uncapped graph holds every pair in memory: above this many nodes a cap always applies. */
export const MAX_UNCAPPED_NODES = 3000;

export interface GraphQuery {
  filter: Filter;
  edges: readonly EdgeType[];
  role?: string | undefined;
  minWeight?: number | undefined;
  neighbourCap?: number | null | undefined;
  forceGeneric?: boolean | undefined;
  /** Lens of the `learn` edges (default A). */
  learnLens?: PairingLens | undefined;
}

/** The `learn` layer shows Leer van elkaar's best initiative pairs: this many per node, at most MAX_LEARN_EDGES. */
const LEARN_EDGES_PER_NODE = 2;
const MAX_LEARN_EDGES = 1000;

const SPECIFIC_SECTORS = SECTORS.filter((s) => !s.generic).map((s) => s.code);

interface Pairs {
  /** Kept pairs as [a, b, weight] with a < b (node indices). */
  kept: [number, number, number][];
  /** All pairs with a shared group, before any cap. */
  candidates: number;
}

/**
 * Pair weights from "group → member nodes" lists (sector → initiatives, organisation → initiatives),
 * counted per node into a typed-array accumulator. Without a cap every pair is kept; with a cap a
 * pair is kept when it is among the `cap` strongest of either node (ties: the lower node index), so
 * memory stays O(nodes × cap) however dense the graph.
 */
export function pairWeightsSparse(n: number, groups: readonly (readonly number[])[], cap: number | null, minWeight: number): Pairs {
  const memberOf: number[][] = Array.from({ length: n }, () => []);
  groups.forEach((members, g) => {
    for (const m of members) memberOf[m]!.push(g);
  });
  const acc = new Int32Array(n);
  const touched: number[] = [];
  const kept = new Map<number, [number, number, number]>();
  let candidates = 0;
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const g of memberOf[i]!) {
      for (const j of groups[g]!) {
        if (j === i || (cap === null && j < i)) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += 1;
      }
    }
    best.length = 0;
    for (const j of touched) {
      const w = acc[j]!;
      if (w < minWeight) continue;
      if (cap === null || j > i) candidates++;
      if (cap === null) {
        kept.set(i * n + j, [i, j, w]);
        continue;
      }
      // Keep the `cap` strongest neighbours of i (insertion into a short sorted list).
      if (best.length === cap) {
        const last = best[cap - 1]!;
        if (acc[last]! > w || (acc[last] === w && last < j)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && (acc[best[at - 1]!]! < w || (acc[best[at - 1]!] === w && best[at - 1]! > j))) at--;
      best.splice(at, 0, j);
    }
    for (const j of best) {
      const [a, b] = i < j ? [i, j] : [j, i];
      kept.set(a * n + b, [a, b, acc[j]!]);
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  return { kept: [...kept.values()], candidates };
}

/**
 * The same pairs for dense graphs (a capped, uniformly connected stress scan shares a sector between
 * most pairs): per node, the counts of shared groups are summed 32 nodes at a time as bit-sliced
 * counters over the groups' bitsets, and the strongest neighbours are read off from the highest
 * count down (ties: the lower node index) — no per-pair work at all.
 */
export function pairWeightsDense(n: number, groups: readonly (readonly number[])[], cap: number, minWeight: number): Pairs {
  const W = B.words(n);
  const groupBits = groups.map((members) => {
    const bits = B.empty(n);
    for (const m of members) B.set(bits, m);
    return bits;
  });
  const memberOf: number[][] = Array.from({ length: n }, () => []);
  groups.forEach((members, g) => {
    for (const m of members) memberOf[m]!.push(g);
  });
  const maxGroups = Math.max(1, ...memberOf.map((m) => m.length));
  const P = 32 - Math.clz32(maxGroups);
  const planes = new Uint32Array(W * P);
  const kept = new Map<number, [number, number, number]>();
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const G = memberOf[i]!;
    if (G.length === 0) continue;
    const planesUsed = 32 - Math.clz32(G.length);
    planes.fill(0, 0, W * planesUsed);
    for (const g of G) {
      const bits = groupBits[g]!;
      for (let w = 0; w < W; w++) {
        let carry = bits[w]!;
        for (let p = 0; carry !== 0 && p < planesUsed; p++) {
          const at = p * W + w;
          const t = planes[at]! & carry;
          planes[at]! ^= carry;
          carry = t;
        }
      }
    }
    const selfWord = i >>> 5;
    const selfBit = ~(1 << (i & 31));
    for (let p = 0; p < planesUsed; p++) planes[p * W + selfWord]! &= selfBit;
    // Word of "count ≥ c" and "count = c" from the planes.
    const atLeast = (w: number, c: number): number => {
      if (c >>> planesUsed !== 0) return 0; // more than this node's groups: nobody reaches it
      let gt = 0;
      let eq = 0xffffffff;
      for (let p = planesUsed - 1; p >= 0; p--) {
        const plane = planes[p * W + w]!;
        if ((c >>> p) & 1) eq &= plane;
        else {
          gt |= eq & plane;
          eq &= ~plane;
        }
      }
      return (gt | eq) >>> 0;
    };
    const exactly = (w: number, c: number): number => {
      let eq = 0xffffffff;
      for (let p = 0; p < planesUsed; p++) {
        const plane = planes[p * W + w]!;
        eq &= (c >>> p) & 1 ? plane : ~plane;
      }
      return eq >>> 0;
    };
    // Candidates: j > i with count ≥ minWeight (each pair counted once).
    for (let w = selfWord; w < W; w++) {
      let x = atLeast(w, minWeight);
      if (w === selfWord) x &= ~((2 << (i & 31)) - 1) >>> 0;
      while (x !== 0) {
        candidates++;
        x &= x - 1;
      }
    }
    let taken = 0;
    for (let c = G.length; c >= minWeight && taken < cap; c--) {
      for (let w = 0; w < W && taken < cap; w++) {
        let x = exactly(w, c);
        while (x !== 0 && taken < cap) {
          const low = x & -x;
          const j = (w << 5) + (31 - Math.clz32(low));
          x ^= low;
          if (j >= n) continue;
          const [a, b] = i < j ? [i, j] : [j, i];
          kept.set(a * n + b, [a, b, c]);
          taken++;
        }
      }
    }
  }
  return { kept: [...kept.values()], candidates };
}

/** Picks the cheaper exact method: pair-by-pair for sparse graphs, bit-sliced counting for dense ones. */
function pairWeights(n: number, groups: readonly (readonly number[])[], cap: number | null, minWeight: number): Pairs {
  if (cap === null) return pairWeightsSparse(n, groups, cap, minWeight);
  const pairWork = groups.reduce((sum, g) => sum + g.length * g.length, 0);
  const memberships = groups.reduce((sum, g) => sum + g.length, 0);
  const bitsetWork = (memberships + 8 * n) * B.words(n);
  return pairWork <= bitsetWork ? pairWeightsSparse(n, groups, cap, minWeight) : pairWeightsDense(n, groups, cap, minWeight);
}

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
      nodes.push({ id: initiative, label: '', scanId: 0, focus: 'none', activities: 0, reach: null });
      reach.push(null);
      positionsByNode.push([]);
    }
    nodes[k]!.activities++;
    positionsByNode[k]!.push(p);
    const r = index.reach[p]!;
    if (!Number.isNaN(r)) reach[k] = (reach[k] ?? 0) + r;
  }
  const ids = nodes.map((node) => node.id);
  const info = new Map<number, { name: string; scan_id: number }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const r of db.prepare(`SELECT id, name, scan_id FROM initiative WHERE id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as { id: number; name: string; scan_id: number }[]) info.set(r.id, r);
  }
  const focus = focusOf(db, ids);
  nodes.forEach((node, k) => {
    node.label = info.get(node.id)?.name ?? String(node.id);
    node.scanId = info.get(node.id)?.scan_id ?? 0;
    node.focus = focus.get(node.id) ?? 'none';
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

  // Readability: above CAP_FROM_NODES nodes an edge stays when it is among the strongest few of either end.
  const requestedCap = q.neighbourCap === undefined ? (nodes.length > CAP_FROM_NODES ? DEFAULT_NEIGHBOUR_CAP : null) : q.neighbourCap;
  // Without a cap the pairs are held in memory: only up to MAX_UNCAPPED_NODES nodes.
  const cap = requestedCap === null && nodes.length > MAX_UNCAPPED_NODES ? DEFAULT_NEIGHBOUR_CAP : requestedCap;
  const minWeight = q.minWeight ?? 1;
  const kept: { a: number; b: number; type: EdgeType; weight: number }[] = [];
  let candidateEdges = 0;
  const add = (type: EdgeType, pairs: Pairs) => {
    candidateEdges += pairs.candidates;
    for (const [a, b, weight] of pairs.kept) kept.push({ a, b, type, weight });
  };
  if (q.edges.includes('sector')) {
    add('sector', pairWeights(nodes.length, SPECIFIC_SECTORS.map((code) => [...(sectorNodes.get(code) ?? [])]), cap, minWeight));
  }
  const genericSuppressed = q.edges.includes('generic') && nodes.length > GENERIC_EDGE_LIMIT && !q.forceGeneric;
  if (q.edges.includes('generic') && !genericSuppressed && minWeight <= 1) {
    add('generic', pairWeights(nodes.length, [[...(sectorNodes.get('geen') ?? [])].sort((x, y) => x - y)], cap, 1));
  }
  const orgNames = new Map<number, string>();
  const nodeOrgs: Set<number>[] = nodes.map(() => new Set());
  if (q.edges.includes('providers')) {
    // Without a role the index knows every organisation's activities; a role needs the provider rows.
    const rows: Iterable<[number, number, string]> = q.role
      ? (db.prepare('SELECT p.activity_id, p.organisation_id, o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.role = ?').raw().all(q.role) as [number, number, string][])
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
    add('providers', pairWeights(nodes.length, [...orgNodes.values()].map((set) => [...set]), cap, minWeight));
  }

  const learnShared = new Map<string, string[]>();
  if (q.edges.includes('learn') && nodes.length > 1) {
    const top = Math.min(MAX_LEARN_EDGES, LEARN_EDGES_PER_NODE * nodes.length);
    const pairs = topPairs(db, { filter: q.filter, lens: q.learnLens ?? 'A', by: 'initiative', top, scope: 'all', hideKnown: false });
    const learnKept: [number, number, number][] = [];
    for (const p of pairs.pairs) {
      const a = nodeOf.get(p.a.initiativeId);
      const b = nodeOf.get(p.b.initiativeId);
      if (a === undefined || b === undefined) continue;
      learnKept.push([Math.min(a, b), Math.max(a, b), p.score]);
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
    return { source: s, target: t, type: e.type, weight: e.weight, shared };
  });
  edges.sort((x, y) => x.source - y.source || x.target - y.target || x.type.localeCompare(y.type));
  nodes.sort((x, y) => x.id - y.id);
  return { nodes, edges, candidateEdges, neighbourCap: cap, genericSuppressed };
}
