/** Leer van elkaar's screen state and its "Leer van…" address. */
import { describe, expect, it } from 'vitest';
import { initialLearnState, learnReducer, pairKey } from '../../src-renderer/src/learn/learnState';
import { learnFocusFromHash, learnHash } from '../../src-renderer/src/routes';

describe('learn state', () => {
  it('forgets expanded pairs when the lens or level changes, keeps them for other options', () => {
    let s = learnReducer(initialLearnState, { type: 'pairToggled', key: pairKey(1, 2) });
    expect(s.expanded).toEqual(['1:2']);
    s = learnReducer(s, { type: 'chosen', choice: { hideKnown: true } });
    expect(s.expanded).toEqual(['1:2']);
    expect(learnReducer(s, { type: 'pairToggled', key: '1:2' }).expanded).toEqual([]);
    expect(learnReducer(s, { type: 'chosen', choice: { lens: 'B' } })).toMatchObject({ lens: 'B', expanded: [] });
    expect(learnReducer(s, { type: 'chosen', choice: { by: 'activity' } })).toMatchObject({ by: 'activity', expanded: [] });
    expect(learnReducer(s, { type: 'chosen', choice: { lens: 'A' } })).toBe(s);
    // Two choices at once: the level resets the expanded pairs, the scope is kept with it.
    expect(learnReducer(s, { type: 'chosen', choice: { by: 'activity', scope: 'across' } })).toMatchObject({ by: 'activity', scope: 'across', hideKnown: true, expanded: [] });
  });

  it('accepts only the offered list lengths', () => {
    expect(learnReducer(initialLearnState, { type: 'chosen', choice: { top: 250 } }).top).toBe(250);
    expect(learnReducer(initialLearnState, { type: 'chosen', choice: { top: 7 } })).toBe(initialLearnState);
    // An unoffered length does not hold back the rest of the choice.
    expect(learnReducer(initialLearnState, { type: 'chosen', choice: { top: 7, scope: 'within' } })).toEqual({ ...initialLearnState, scope: 'within' });
  });

  it('reads and writes the focus of "Leer van…" in the address', () => {
    expect(learnFocusFromHash('#/leer-van-elkaar')).toBeNull();
    expect(learnFocusFromHash('#/leer-van-elkaar?initiatief=12')).toEqual({ initiative: 12 });
    expect(learnFocusFromHash('#/leer-van-elkaar?activiteit=34&initiatief=12')).toEqual({ activity: 34 });
    expect(learnFocusFromHash('#/leer-van-elkaar?initiatief=-3')).toBeNull();
    expect(learnFocusFromHash('#/leer-van-elkaar?initiatief=abc')).toBeNull();
    expect(learnFocusFromHash(learnHash({ initiative: 5 }))).toEqual({ initiative: 5 });
    expect(learnFocusFromHash(learnHash({ activity: 9 }))).toEqual({ activity: 9 });
  });
});
