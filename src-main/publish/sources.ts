/**
 * What publishing derives from the other domains: the filter engine (the activity index), the
 * Ecosysteemkaart's model and stored layout, the scans, the template workbook and the filter in
 * words, through those domains' index.ts. The activity tables' rows it publishes come straight
 * from the activities domain's publication records (its index.ts).
 */
import type { Filter } from '../../src-shared/filter';
import { DEFAULT_TOP_PER_NODE } from '../../src-shared/graph-rules';
import type { GraphModel } from '../../src-shared/model';
import { activityIndex, B, filterMasks } from '../activities';
import { readFileSync } from 'node:fs';
import type { Db } from '../db/open';
import { nodeResourceContext, resourcePath, type ResourceContext } from '../resources';
import { buildGraph, graphPositions } from '../graph';
import { scanNames, scanRows, type ScanRow } from '../scans';

export { scanLabel } from '../scans';

/** A published scan: what its label and (when chosen) its notes need. */
export type ScanRecord = Pick<ScanRow, 'id' | 'region' | 'year' | 'title' | 'notes' | 'performed_by' | 'source'>;

/** Every scan's id, in id order. */
export function allScanIds(db: Db): number[] {
  return scanNames(db)
    .map((s) => s.id)
    .sort((a, b) => a - b);
}

/** These scans' rows, in the scans' display order (region, year, id). */
export function scanRecords(db: Db, ids: readonly number[]): ScanRecord[] {
  const wanted = new Set(ids);
  return scanRows(db).filter((s) => wanted.has(s.id));
}

/** The ids of the activities the filter matches, by the one filter engine the app uses. */
export function matchingActivityIds(db: Db, filter: Filter): number[] {
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, filter);
  const ids: number[] = [];
  B.forEachAnd(all, B.full(index.n), (p) => ids.push(index.ids[p]!));
  return ids;
}

/** The map as the app draws it by default: sector and generic lines, each initiative's 3 strongest per kind. */
export function defaultMap(db: Db, filter: Filter): GraphModel {
  return buildGraph(db, { filter, edges: ['sector', 'generic'], neighbourCap: DEFAULT_TOP_PER_NODE });
}

/** The positions the app stored for this set of scans (initiative id → [x, y]). */
export function storedPositions(db: Db, scans: readonly number[]): Record<string, [number, number]> {
  return graphPositions(db, scans);
}

/** The canonical template workbook the app offers on its Importeren screen: the file resources/ ships. */
export function templateWorkbook(context: ResourceContext = nodeResourceContext()): Buffer {
  return readFileSync(resourcePath('template', context));
}
