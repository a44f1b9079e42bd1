/** The two exact pair counters of the graph agree on random group structures, caps and weights. */
import { describe, expect, it } from 'vitest';
import { pairWeightsDense, pairWeightsSparse } from '../../src-main/graph/graph';
import { pairKey } from '../../src-main/graph/graph-pairs';
import { mulberry32 } from '../../scripts/sample/prng';

const canon = (pairs: { kept: number[][]; candidates: number }) => ({
  candidates: pairs.candidates,
  kept: pairs.kept.map((p) => p.join(':')).sort(),
});

describe('pair counting', () => {
  it('gives the same kept pairs and candidate counts both ways', () => {
    const rng = mulberry32(77);
    for (let round = 0; round < 60; round++) {
      const n = 1 + Math.floor(rng() * 120);
      const groups = Array.from({ length: 1 + Math.floor(rng() * 25) }, () => {
        const density = rng() * 0.6;
        return Array.from({ length: n }, (_, i) => i).filter(() => rng() < density);
      });
      const cap = 1 + Math.floor(rng() * 12);
      const minWeight = 1 + Math.floor(rng() * 3);
      expect(canon(pairWeightsDense(n, groups, cap, minWeight)), `round ${round}`).toEqual(canon(pairWeightsSparse(n, groups, cap, minWeight)));
      // With the map's tie-break (narrower partner first, then a fixed order of the pair) as well.
      const breadth = Array.from({ length: n }, () => Math.floor(rng() * 4));
      const tie = { breadth, ids: Array.from({ length: n }, (_, i) => i + 100) };
      expect(canon(pairWeightsDense(n, groups, cap, minWeight, tie)), `round ${round} with tie-break`).toEqual(canon(pairWeightsSparse(n, groups, cap, minWeight, tie)));
    }
  });

  it('keeps, among equally strong partners, the narrower one, then the one the pair order puts first', () => {
    // Node 0 shares one group with each of 1, 2, 3; node 2 is the narrowest, then 3.
    const groups = [[0, 1], [0, 2], [0, 3], [1, 4], [1, 5], [3, 6]];
    const breadth = [3, 3, 1, 2, 1, 1, 1];
    const ids = [0, 1, 2, 3, 4, 5, 6];
    const kept = (cap: number) => pairWeightsSparse(7, groups, cap, 1, { breadth, ids }).kept.filter(([a]) => a === 0).map(([, b]) => b).sort();
    expect(kept(1)).toEqual([2]);
    expect(kept(2)).toEqual([2, 3]);
    // Equal breadth: the pair key decides, the same whichever end asks.
    // (1, 2 and 3 each have a stronger partner of their own, so only node 0's choice keeps a line to it.)
    const evenGroups = [[0, 1], [0, 2], [0, 3], [1, 4], [1, 4], [2, 5], [2, 5], [3, 6], [3, 6]];
    const even = pairWeightsSparse(7, evenGroups, 1, 1, { breadth: [1, 1, 1, 1, 1, 1, 1], ids }).kept.filter(([a]) => a === 0).map(([, b]) => b);
    const first = [1, 2, 3].sort((x, y) => pairKey(0, x) - pairKey(0, y))[0];
    expect(even).toEqual([first]);
    expect(pairKey(5, 9)).toBe(pairKey(9, 5));
  });

  it('counts every pair once without a cap', () => {
    const groups = [[0, 1, 2], [1, 2], [3]];
    expect(canon(pairWeightsSparse(4, groups, null, 1))).toEqual({ candidates: 3, kept: ['0:1:1:0', '0:2:1:0', '1:2:2:0'] });
    expect(canon(pairWeightsDense(4, groups, 10, 2))).toEqual({ candidates: 1, kept: ['1:2:2:1'] });
    // Ranks: 1-2 is the strongest of both; 0-1 and 0-2 are 0's first and second, and 1's and 2's second.
    expect(canon(pairWeightsSparse(4, groups, 10, 1))).toEqual({ candidates: 3, kept: ['0:1:1:1', '0:2:1:2', '1:2:2:1'] });
  });
});
