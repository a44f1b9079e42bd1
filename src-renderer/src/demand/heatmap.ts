/**
 * Pure helpers of Vraag en aanbod: the sector × knelpunt grid holding demand and supply side by side
 * (sectors with demand first, by their total demand), the combinations with demand and no supply
 * (most demand first), and a cell's kind for its colour.
 */
import { dimension } from '../../../src-shared/codebook';
import type { Filter } from '../../../src-shared/filter';
import type { DemandCell, DemandResult } from '../../../src-shared/surveys-model';
import { refineFilter } from '../state/refine';

export type CellKind = 'gap' | 'both' | 'supply' | 'empty';

export interface DemandGrid {
  sectors: { code: string; label: string; demand: number }[];
  bottlenecks: { code: string; label: string }[];
  /** Cells by `${sector}|${bottleneck}`; a combination without either is absent. */
  cells: ReadonlyMap<string, DemandCell>;
  /** The largest demand of one cell (for the colour scale). */
  maxDemand: number;
}

export function cellKind(cell: Pick<DemandCell, 'demand' | 'supply'> | undefined): CellKind {
  if (!cell || (cell.demand <= 0 && cell.supply <= 0)) return 'empty';
  if (cell.demand > 0 && cell.supply === 0) return 'gap';
  return cell.demand > 0 ? 'both' : 'supply';
}

/** Demand without supply, the most demand first (ties: sector, then knelpunt in codebook order as main sent them). */
export function demandGaps(result: DemandResult): DemandCell[] {
  return result.cells.filter((c) => cellKind(c) === 'gap').sort((a, b) => b.demand - a.demand);
}

/** The rows and columns of the heatmap: sectors with demand first (most demand first), then those with supply only. */
export function demandGrid(result: DemandResult, bottlenecks: readonly { code: string; label: string }[]): DemandGrid {
  const cells = new Map<string, DemandCell>();
  const sectors = new Map<string, { code: string; label: string; demand: number; order: number }>();
  result.cells.forEach((c, order) => {
    cells.set(`${c.sector}|${c.bottleneck}`, c);
    const s = sectors.get(c.sector) ?? { code: c.sector, label: c.sectorLabel, demand: 0, order };
    s.demand += c.demand;
    s.order = Math.min(s.order, order);
    sectors.set(c.sector, s);
  });
  const rows = [...sectors.values()].sort((a, b) => b.demand - a.demand || a.code.localeCompare(b.code));
  return {
    sectors: rows.map(({ code, label, demand }) => ({ code, label, demand })),
    bottlenecks: [...bottlenecks],
    cells,
    maxDemand: Math.max(0, ...result.cells.map((c) => c.demand)),
  };
}

/** 0 for no demand, else 1–4 relative to the largest demand. */
export function demandLevel(demand: number, max: number): number {
  if (demand <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((4 * demand) / max)));
}

/** The number of distinct files the demand rows came from. */
export function demandFiles(result: DemandResult): number {
  return new Set(result.rows.map((r) => r.file)).size;
}

/**
 * The Activiteiten filter for a cell's supply: the knelpunt, and the sector or generic offer (as main
 * counts supply). Under a filter that already names sectors, the sector is narrowed as any click does.
 */
export function supplyFilter(filter: Filter, sector: string, bottleneck: string): Filter {
  const narrowed = refineFilter(filter, [{ dimension: 'bottleneck', value: bottleneck }]).filter;
  if (narrowed.conditions.some((c) => c.dimension === 'sector' && c.values.length > 0)) return refineFilter(narrowed, [{ dimension: 'sector', value: sector }]).filter;
  const generic = dimension('sector').values.filter((v) => v.generic).map((v) => v.code);
  return { ...narrowed, conditions: [...narrowed.conditions.filter((c) => c.dimension !== 'sector'), { dimension: 'sector', mode: 'any', values: [sector, ...generic] }] };
}
