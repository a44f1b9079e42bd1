/** The map's one colour module: a distinct colour per focus category, and a legend with counts. */
import { describe, expect, it } from 'vitest';
import { FOCUS_CATEGORIES, focusColor, legendEntries } from '../../src-renderer/src/graph/focusColors';

describe('focus colours and legend', () => {
  it('gives each of the eight categories its own colour', () => {
    const colours = FOCUS_CATEGORIES.map((f) => focusColor(f).toLowerCase());
    expect(new Set(colours).size).toBe(FOCUS_CATEGORIES.length);
  });

  it('lists the present categories in the fixed order with counts, keeping hidden ones visible in the legend', () => {
    const entries = legendEntries(['varied', 'form:5', 'varied', 'none'], new Set(['form:1']), 'nl');
    expect(entries.map((e) => [e.focus, e.count, e.hidden])).toEqual([
      ['form:1', 0, true],
      ['form:5', 1, false],
      ['varied', 2, false],
      ['none', 1, false],
    ]);
    expect(entries.find((e) => e.focus === 'form:5')!.label).toBe('Focus op diensten');
  });
});
