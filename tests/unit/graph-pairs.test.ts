/** The two exact pair counters of the graph agree on random group structures, caps and weights. */
import { describe, expect, it } from 'vitest';
import { pairWeightsDense, pairWeightsSparse } from '../../src-main/query/graph';
import { mulberry32 } from '../../scripts/sample/prng';

const canon = (pairs: { kept: [number, number, number][]; candidates: number }) => ({
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
    }
  });

  it('counts every pair once without a cap', () => {
    const groups = [[0, 1, 2], [1, 2], [3]];
    expect(canon(pairWeightsSparse(4, groups, null, 1))).toEqual({ candidates: 3, kept: ['0:1:1', '0:2:1', '1:2:2'] });
    expect(canon(pairWeightsDense(4, groups, 10, 2))).toEqual({ candidates: 1, kept: ['1:2:2'] });
  });
});
