/** The interner behind link similarity's word ids, the published values' indices and test shared strings. */
import { describe, expect, it } from 'vitest';
import { Interner } from '../../src-shared/interner';

describe('Interner', () => {
  it('numbers distinct keys in order of first sight and calls `added` once per new key', () => {
    const interner = new Interner<string>();
    const added: number[] = [];
    const ids = ['b', 'a', 'b', 'c', 'a'].map((k) => interner.id(k, (id) => added.push(id)));
    expect(ids).toEqual([0, 1, 0, 2, 1]);
    expect(added).toEqual([0, 1, 2]);
    expect(interner.keys).toEqual(['b', 'a', 'c']);
    expect(interner.has('c')).toBe(true);
    expect(interner.has('d')).toBe(false);
  });
});
