/** The map's colour modes: distinct colours, legends with counts, "other" for the rest, and the focus palette. */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_BINS, activityBin, colouring, OTHER, QUALITATIVE, type Colourable } from '../../src-renderer/src/graph/colorBy';
import { FOCUS_CATEGORIES, focusColor, focusName } from '../../src-renderer/src/graph/focusColors';

const node = (patch: Partial<Colourable>): Colourable => ({ focus: 'varied', region: 'Utrecht', scan: 'Utrecht 2023', type: 'workshops', cluster: 1, activities: 1, ...patch });

describe('focus colours and legend', () => {
  it('gives each of the eight categories its own colour', () => {
    const colours = FOCUS_CATEGORIES.map((f) => focusColor(f).toLowerCase());
    expect(new Set(colours).size).toBe(FOCUS_CATEGORIES.length);
  });

  it('lists the present categories in the fixed order with counts, keeping hidden ones visible in the legend', () => {
    const nodes = ['varied', 'form:5', 'varied', 'none'].map((focus) => node({ focus }));
    const { entries } = colouring('focus', nodes, new Set(['form:1']), (key) => focusName(key, 'nl'));
    expect(entries.map((e) => [e.key, e.count, e.hidden])).toEqual([
      ['form:1', 0, true],
      ['form:5', 1, false],
      ['varied', 2, false],
      ['none', 1, false],
    ]);
    expect(entries.find((e) => e.key === 'form:5')!.label).toBe('Focus op diensten');
    expect(entries.find((e) => e.key === 'form:5')!.color).toBe(focusColor('form:5'));
  });
});

describe('colour by region, scan, type or cluster', () => {
  it('colours the eight largest groups each their own way and merges the rest into a grey "other" with its count', () => {
    const nodes = Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 - r }, () => node({ region: `R${r}` }))).flat();
    const c = colouring('region', nodes, new Set(), (key) => (key === OTHER ? 'Overige' : key));
    expect(c.entries.map((e) => [e.key, e.count])).toEqual([...Array.from({ length: 8 }, (_, r) => [`R${r}`, 10 - r]), [OTHER, 2 + 1]]);
    expect(new Set(c.entries.slice(0, 8).map((e) => e.color))).toEqual(new Set(QUALITATIVE));
    expect(c.keyOf('R9')).toBe(OTHER);
    expect(c.keyOf('R0')).toBe('R0');
    expect(c.entries.reduce((s, e) => s + e.count, 0)).toBe(nodes.length);
  });

  it('never gives a cluster of one initiative a colour of its own', () => {
    const nodes = [node({ cluster: 1 }), node({ cluster: 1 }), node({ cluster: 2 }), node({ cluster: 3 })];
    const c = colouring('cluster', nodes, new Set([OTHER]), String);
    expect(c.entries.map((e) => [e.key, e.count, e.hidden])).toEqual([
      ['1', 2, false],
      [OTHER, 2, true],
    ]);
  });
});

describe('colour by number of activities', () => {
  it('puts counts in light-to-dark bins', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 40].map(activityBin)).toEqual(['1', '2', '3', '4-5', '4-5', '6-9', '6-9', '10+', '10+']);
    const c = colouring('activities', [1, 1, 4, 12].map((activities) => node({ activities })), new Set(), String);
    expect(c.entries.map((e) => [e.key, e.count])).toEqual([
      ['1', 2],
      ['4-5', 1],
      ['10+', 1],
    ]);
    // Light to dark: each bin's colour darker than the one before.
    const luminance = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const l = ACTIVITY_BINS.map((b) => luminance(b.color));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
  });
});
