/**
 * Pair weights of the Ecosysteemkaart from "group → member nodes" lists (sector → initiatives,
 * organisation → initiatives), and each node's strongest neighbours. Pairs are counted per node
 * into a typed-array accumulator (or, for dense graphs, as bit-sliced counters), never by testing
 * all n² pairs.
 *
 * "Strongest" orders a node's neighbours by weight (more shared groups first); among equal weights
 * the neighbour with fewer groups of its own comes first (it overlaps more: a higher Jaccard
 * similarity), and then a fixed arbitrary order of the pair (`pairKey` of the two ids). A pair is kept when it is
 * among the `cap` strongest of either node.
 */
import { B } from '../activities';

export interface Pairs {
  /**
   * Kept pairs as [a, b, weight, rank] with a < b (node indices); rank is the pair's best place
   * (1 = strongest) in either node's order, 0 without a cap (no order was made).
   */
  kept: [number, number, number, number][];
  /** All pairs with a shared group and at least the minimum weight, before any cap. */
  candidates: number;
}

export interface TieBreak {
  /** Per node: how broad it is (its number of groups); the narrower neighbour comes first. */
  breadth: ArrayLike<number>;
  /** Per node: a stable id; equally strong and broad partners come in the fixed order `pairKey(id_i, id_j)`. */
  ids: ArrayLike<number>;
}

/** Without a tie-break: the lower node index first. */
const BY_INDEX: TieBreak = { breadth: { length: 0 }, ids: { length: 0 } };

/** A neighbour j of node i, with what ranks it: weight, breadth and the pair's key. */
interface Ranked {
  j: number;
  w: number;
  b: number;
  k: number;
}

function ranked(i: number, j: number, w: number, tie: TieBreak): Ranked {
  const b = tie.breadth[j] ?? 0;
  const k = tie.ids.length > 0 ? pairKey(tie.ids[i]!, tie.ids[j]!) : j;
  return { j, w, b, k };
}

/** True when `x` ranks before `y` (ties at last: the lower index). */
function before(x: Ranked, y: Ranked): boolean {
  if (x.w !== y.w) return x.w > y.w;
  if (x.b !== y.b) return x.b < y.b;
  return x.k !== y.k ? x.k < y.k : x.j < y.j;
}

/** Inserts j into `best` (kept sorted, at most `cap` long) when it ranks high enough. */
function offer(best: Ranked[], cap: number, i: number, j: number, w: number, tie: TieBreak): void {
  if (best.length === cap) {
    const last = best[cap - 1]!;
    // The cheap checks first: most candidates are weaker or broader than the last one kept.
    if (w < last.w) return;
    if (w === last.w) {
      const b = tie.breadth[j] ?? 0;
      if (b > last.b) return;
    }
    const x = ranked(i, j, w, tie);
    if (!before(x, last)) return;
    best.pop();
    insert(best, x);
    return;
  }
  insert(best, ranked(i, j, w, tie));
}

function insert(best: Ranked[], x: Ranked): void {
  let at = best.length;
  while (at > 0 && before(x, best[at - 1]!)) at--;
  best.splice(at, 0, x);
}

function membership(n: number, groups: readonly (readonly number[])[]): number[][] {
  const memberOf: number[][] = Array.from({ length: n }, () => []);
  groups.forEach((members, g) => {
    for (const m of members) memberOf[m]!.push(g);
  });
  return memberOf;
}

/**
 * Pair by pair, with a typed-array accumulator per node. Without a cap every pair is kept; with a
 * cap memory stays O(nodes × cap) however dense the graph.
 */
export function pairWeightsSparse(n: number, groups: readonly (readonly number[])[], cap: number | null, minWeight: number, tie: TieBreak = BY_INDEX): Pairs {
  const memberOf = membership(n, groups);
  const acc = new Int32Array(n);
  const touched: number[] = [];
  const kept = new Map<number, [number, number, number, number]>();
  let candidates = 0;
  const best: Ranked[] = [];
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
      if (cap === null) kept.set(i * n + j, [i, j, w, 0]);
      else offer(best, cap, i, j, w, tie);
    }
    keep(kept, n, i, best);
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  return { kept: [...kept.values()], candidates };
}

/**
 * The same pairs for dense graphs (a uniformly connected stress scan shares a sector between most
 * pairs): per node, the counts of shared groups are summed 32 nodes at a time as bit-sliced counters
 * over the groups' bitsets, and the strongest neighbours are read off from the highest count down
 * (within the last count reached, by the tie-break) — no per-pair accumulation.
 */
export function pairWeightsDense(n: number, groups: readonly (readonly number[])[], cap: number, minWeight: number, tie: TieBreak = BY_INDEX): Pairs {
  const W = B.words(n);
  const groupBits = groups.map((members) => {
    const bits = B.empty(n);
    for (const m of members) B.set(bits, m);
    return bits;
  });
  const memberOf = membership(n, groups);
  const maxGroups = Math.max(1, ...memberOf.map((m) => m.length));
  const P = 32 - Math.clz32(maxGroups);
  const planes = new Uint32Array(W * P);
  const kept = new Map<number, [number, number, number, number]>();
  let candidates = 0;
  const best: Ranked[] = [];
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
    best.length = 0;
    for (let c = G.length; c >= minWeight && best.length < cap; c--) {
      for (let w = 0; w < W; w++) {
        let x = exactly(w, c);
        while (x !== 0) {
          const low = x & -x;
          const j = (w << 5) + (31 - Math.clz32(low));
          x ^= low;
          if (j < n) offer(best, cap, i, j, c, tie);
        }
      }
    }
    keep(kept, n, i, best);
  }
  return { kept: [...kept.values()], candidates };
}

/** Records node i's strongest neighbours, each pair with its best rank from either end. */
function keep(kept: Map<number, [number, number, number, number]>, n: number, i: number, best: readonly Ranked[]): void {
  best.forEach(({ j, w }, place) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const known = kept.get(a * n + b);
    if (known) known[3] = Math.min(known[3], place + 1);
    else kept.set(a * n + b, [a, b, w, place + 1]);
  });
}

/** Picks the cheaper exact method: pair-by-pair for sparse graphs, bit-sliced counting for dense ones. */
export function pairWeights(n: number, groups: readonly (readonly number[])[], cap: number | null, minWeight: number, tie?: TieBreak): Pairs {
  if (cap === null) return pairWeightsSparse(n, groups, cap, minWeight, tie);
  const pairWork = groups.reduce((sum, g) => sum + g.length * g.length, 0);
  const memberships = groups.reduce((sum, g) => sum + g.length, 0);
  const bitsetWork = (memberships + 8 * n) * B.words(n);
  return pairWork <= bitsetWork ? pairWeightsSparse(n, groups, cap, minWeight, tie) : pairWeightsDense(n, groups, cap, minWeight, tie);
}

/** A fixed, well-mixed order of a pair of ids (the same whichever comes first). */
export function pairKey(a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^ hi;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
