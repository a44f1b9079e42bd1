/**
 * What publishing reads from the other domains, in one place: the filter engine (the activity
 * index), the Ecosysteemkaart's model and stored layout, extra fields, the template workbook and the
 * filter in words. When those domains move (issue 15), only these imports change.
 */
import type { Filter } from '../../src-shared/filter';
import { DEFAULT_TOP_PER_NODE } from '../../src-shared/graph-rules';
import type { GraphModel } from '../../src-shared/model';
import type { Db } from '../db/open';
import { graphPositions } from '../handlers/graph';
import { activityIndex, filterMasks } from '../query/activity-index';
import * as B from '../query/bitsets';
import { buildGraph } from '../query/graph';
import { writeTemplateWorkbook } from '../workbook/canonical-writer';

export { activityExtras } from '../query/extra-fields';
export { scanLabel } from '../query/activities';
export { listScans } from '../handlers/scans';

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

/** The canonical template workbook the app offers on its Importeren screen. */
export function templateWorkbook(): Buffer {
  return writeTemplateWorkbook();
}
