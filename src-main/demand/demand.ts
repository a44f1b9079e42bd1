/**
 * Demand against supply: demand tables (an mkb survey, the first-line organisations, a sector
 * monitor) in codebook codes, and the sector × knelpunt cells holding both — the summed demand
 * weight and the activities under the filter that serve the sector (or every sector) and target the
 * knelpunt. Cells with demand and no supply come first.
 */
import { createHash } from 'node:crypto';
import { BOTTLENECKS, dimension, SECTORS } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { DemandCell, DemandImportReport, DemandResult } from '../../src-shared/surveys-model';
import { activityIndex, B, codesByPosition, filterMasks } from '../activities';
import type { Db } from '../db/open';
import { readWorkbook } from '../import';
import { readDemand, type Lang } from './read-demand';
import { demandFileByHash, demandRows, insertDemandFile } from './repository';

export async function importDemand(db: Db, file: { fileName: string; bytes: Buffer }, options: { lang: Lang; dryRun?: boolean; beforeWrite?: () => Promise<unknown> }): Promise<DemandImportReport> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  if (demandFileByHash(db, sha256)) return { file: file.fileName, status: 'unchanged', rows: 0, issues: [] };
  const { grids } = await readWorkbook(file.bytes, file.fileName);
  const { rows, issues } = readDemand(grids, options.lang);
  if (issues.length > 0) return { file: file.fileName, status: 'refused', rows: rows.length, issues };
  if (options.dryRun) return { file: file.fileName, status: 'checked', rows: rows.length, issues };
  await options.beforeWrite?.();
  insertDemandFile(db, { sha256, fileName: file.fileName, at: new Date().toISOString() }, rows);
  return { file: file.fileName, status: 'imported', rows: rows.length, issues };
}

export function demandView(db: Db, filter: Filter, lang: Lang = 'nl'): DemandResult {
  const rows = demandRows(db);
  const demand = new Map<string, number>();
  for (const r of rows) demand.set(`${r.sector}|${r.bottleneck}`, (demand.get(`${r.sector}|${r.bottleneck}`) ?? 0) + r.weight);
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, filter);
  const sectors = codesByPosition(index, 'sector');
  const bottlenecks = codesByPosition(index, 'bottleneck');
  const generic = new Set(dimension('sector').values.filter((v) => v.generic).map((v) => v.code));
  const supply = new Map<string, number>();
  B.forEachAnd(all, all, (p) => {
    const serves = sectors[p]!.some((s) => generic.has(s)) ? SECTORS.map((s) => s.code).filter((c) => !generic.has(c)) : sectors[p]!;
    for (const s of serves) for (const b of bottlenecks[p]!) supply.set(`${s}|${b}`, (supply.get(`${s}|${b}`) ?? 0) + 1);
  });
  const cells: DemandCell[] = [];
  for (const s of SECTORS) {
    for (const b of BOTTLENECKS) {
      const key = `${s.code}|${b.code}`;
      const d = demand.get(key) ?? 0;
      const n = supply.get(key) ?? 0;
      if (d === 0 && n === 0) continue;
      cells.push({ sector: s.code, sectorLabel: s[lang], bottleneck: b.code, bottleneckLabel: b[lang], demand: d, supply: n });
    }
  }
  const gap = (c: DemandCell) => (c.demand > 0 && c.supply === 0 ? 1 : 0);
  cells.sort((x, y) => gap(y) - gap(x) || y.demand - x.demand || y.supply - x.supply);
  return { rows, cells };
}
