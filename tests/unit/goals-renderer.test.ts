/** Pure helpers behind Beleidsdoelen, Witte vlekken within goals and Vraag en aanbod. */
import { describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { WhiteSpotResult } from '../../src-shared/model';
import type { DemandResult } from '../../src-shared/surveys-model';
import { cellKind, demandFiles, demandGaps, demandGrid, demandLevel, supplyFilter } from '../../src-renderer/src/demand/heatmap';
import { goalStatus, optionalCount } from '../../src-renderer/src/goals/goalStatus';
import { goalCombinations, goalNamesAxes } from '../../src-renderer/src/whitespots/goalCells';

describe('goalStatus', () => {
  it('says met, not met or no target, with what is still missing', () => {
    expect(goalStatus({ count: 4, reach: 350, target: 3, minReach: 200 })).toEqual({ kind: 'met', countShort: 0, reachShort: 0 });
    expect(goalStatus({ count: 2, reach: 350, target: 3, minReach: 200 })).toEqual({ kind: 'not-met', countShort: 1, reachShort: 0 });
    expect(goalStatus({ count: 9, reach: 150, target: 3, minReach: 200 })).toEqual({ kind: 'not-met', countShort: 0, reachShort: 50 });
    expect(goalStatus({ count: 0, reach: 0, target: null, minReach: 0 })).toEqual({ kind: 'met', countShort: 0, reachShort: 0 });
    expect(goalStatus({ count: 0, reach: 0, target: null, minReach: null }).kind).toBe('none');
  });

  it('reads an optional whole number from a field', () => {
    expect(optionalCount('')).toBeNull();
    expect(optionalCount(12)).toBe(12);
    expect(optionalCount(' 7 ')).toBe(7);
    expect(optionalCount(-1)).toBeUndefined();
    expect(optionalCount(1.5)).toBeUndefined();
  });
});

/** sector (A, R) × form (1, 3) × knelpunt (3, 6): counts by (layer × rows + row) × cols + col. */
const matrix: WhiteSpotResult = {
  rows: { key: 'sector', label: 'Sector', values: [{ value: 'A', label: 'Landbouw', generic: false, unmapped: false }, { value: 'R', label: 'Cultuur', generic: false, unmapped: false }] },
  cols: { key: 'form', label: 'Vorm', values: [{ value: '1', label: 'Harde infrastructuur', generic: false, unmapped: false }, { value: '3', label: 'Data', generic: false, unmapped: false }] },
  layers: { key: 'bottleneck', label: 'Knelpunt', values: [{ value: '3', label: 'Te weinig voordeel', generic: false, unmapped: false }, { value: '6', label: 'Interne kennis', generic: false, unmapped: false }] },
  counts: [5, 0, 2, 1, /* layer 6 */ 0, 4, 3, 0],
  combinations: 8,
  empty: 3,
  total: 15,
  includeGeneric: true,
  includeOther: false,
};
const goal = (name: string, conditions: Filter['conditions']) => ({ name, filter: { ...emptyFilter(), conditions } });

describe('goalCombinations', () => {
  it('keeps the combinations a goal allows on each dimension it names, white spots first', () => {
    const data = goal('Data in de vrijetijd', [{ dimension: 'sector', mode: 'any', values: ['R'] }, { dimension: 'form', mode: 'any', values: ['3'] }]);
    const { cells, goals } = goalCombinations(matrix, [data]);
    expect(goals).toBe(1);
    // R × Data in layer 3 (1 activity) and layer 6 (0): the empty one first.
    expect(cells.map((c) => [c.layer, c.row, c.col, c.count])).toEqual([[1, 1, 1, 0], [0, 1, 1, 1]]);
    expect(cells[0]!.goals).toEqual(['Data in de vrijetijd']);
  });

  it('honours "none of", names every goal a combination lies in, and leaves out goals naming no axis', () => {
    const notA = goal('Niet landbouw, kennis', [{ dimension: 'sector', mode: 'none', values: ['A'] }, { dimension: 'bottleneck', mode: 'all', values: ['6'] }]);
    const data = goal('Data', [{ dimension: 'form', mode: 'any', values: ['3'] }]);
    const students = goal('Studenten', [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }]);
    expect(goalNamesAxes(students.filter, [matrix.rows, matrix.cols, matrix.layers!])).toBe(false);
    const { cells, goals } = goalCombinations(matrix, [notA, data, students]);
    expect(goals).toBe(2);
    const r6data = cells.find((c) => c.layer === 1 && c.row === 1 && c.col === 1)!;
    expect(r6data.goals).toEqual(['Niet landbouw, kennis', 'Data']);
    expect(cells.some((c) => c.row === 0 && c.goals.includes('Niet landbouw, kennis'))).toBe(false);
    expect(cells.map((c) => c.count)).toEqual([...cells.map((c) => c.count)].sort((a, b) => a - b));
    expect(goalCombinations(matrix, [students]).cells).toEqual([]);
  });
});

const demand: DemandResult = {
  rows: [
    { id: 1, file: 'a.csv', source: null, sector: 'R', size: null, form: null, bottleneck: '6', weight: 120 },
    { id: 2, file: 'a.csv', source: null, sector: 'A', size: null, form: null, bottleneck: '11', weight: 300 },
    { id: 3, file: 'b.xlsx', source: null, sector: 'C', size: null, form: null, bottleneck: '3', weight: 45 },
    { id: 4, file: 'b.xlsx', source: null, sector: 'C', size: null, form: null, bottleneck: '4', weight: 50 },
  ],
  cells: [
    { sector: 'A', sectorLabel: 'Landbouw', bottleneck: '11', bottleneckLabel: 'Overig', demand: 300, supply: 0 },
    { sector: 'C', sectorLabel: 'Industrie', bottleneck: '4', bottleneckLabel: 'Te veel nadeel', demand: 50, supply: 0 },
    { sector: 'R', sectorLabel: 'Cultuur', bottleneck: '6', bottleneckLabel: 'Interne kennis', demand: 120, supply: 5 },
    { sector: 'C', sectorLabel: 'Industrie', bottleneck: '3', bottleneckLabel: 'Te weinig voordeel', demand: 45, supply: 2 },
    { sector: 'B', sectorLabel: 'Delfstoffen', bottleneck: '6', bottleneckLabel: 'Interne kennis', demand: 0, supply: 4 },
  ],
};

describe('the demand heatmap', () => {
  it('lists demand without supply first, most demand first', () => {
    expect(demandGaps(demand).map((c) => `${c.sector}|${c.bottleneck}`)).toEqual(['A|11', 'C|4']);
    expect(['gap', 'both', 'supply', 'empty'].map((k) => demand.cells.filter((c) => cellKind(c) === k).length)).toEqual([2, 2, 1, 0]);
    expect(cellKind(undefined)).toBe('empty');
  });

  it('puts the sectors with most demand first and keeps both numbers per cell', () => {
    const grid = demandGrid(demand, [{ code: '3', label: '' }, { code: '6', label: '' }]);
    expect(grid.sectors.map((s) => [s.code, s.demand])).toEqual([['A', 300], ['R', 120], ['C', 95], ['B', 0]]);
    expect(grid.cells.get('R|6')).toMatchObject({ demand: 120, supply: 5 });
    expect(grid.maxDemand).toBe(300);
    expect([0, 1, 75, 76, 300].map((d) => demandLevel(d, 300))).toEqual([0, 1, 1, 2, 4]);
    expect(demandFiles(demand)).toBe(2);
  });

  it("opens a cell's supply as main counts it: the knelpunt, and the sector or generic offer", () => {
    const f = supplyFilter(emptyFilter([1]), 'R', '6');
    expect(f.conditions).toEqual([{ dimension: 'bottleneck', mode: 'any', values: ['6'] }, { dimension: 'sector', mode: 'any', values: ['R', 'geen'] }]);
    const narrowed = supplyFilter({ ...emptyFilter([1]), conditions: [{ dimension: 'sector', mode: 'any', values: ['R', 'C'] }] }, 'R', '6');
    expect(narrowed.conditions.find((c) => c.dimension === 'sector')).toEqual({ dimension: 'sector', mode: 'any', values: ['R'] });
  });
});
