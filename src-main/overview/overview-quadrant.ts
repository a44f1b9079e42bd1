/**
 * The report's reach × effort quadrant with live data. Which cell an activity type belongs in is the
 * report's expert classification (TYPE_REACH_EFFORT in the codebook); what fills the cells is counted
 * under the filter: per type its matching activities, and per cell the matching activities of any of
 * its types (each once, should an activity have two types of one cell), how many of them have a known
 * reach, and the sum of that reach (unknown is not zero, so it is left out and counted apart).
 */
import { LEVELS, TYPE_REACH_EFFORT } from '../../src-shared/codebook';
import type { OverviewQuadrantCell, OverviewQuadrantEntry, ValueLabel } from '../../src-shared/model';
import type { ActivityIndex } from '../activities';
import { B } from '../activities';
import type { Lang, Slot } from './overview';

export function quadrantOf(index: ActivityIndex, mask: B.Bits, types: readonly Slot[], lang: Lang): { levels: ValueLabel[]; entries: OverviewQuadrantEntry[]; cells: OverviewQuadrantCell[] } {
  const placed = types.filter((t) => t.value.code !== null && TYPE_REACH_EFFORT[t.value.code]);
  const entries = placed.map((t) => {
    const re = TYPE_REACH_EFFORT[t.value.code!]!;
    return { type: t.value, reachClass: re.reach, effort: re.effort };
  });
  const cells: OverviewQuadrantCell[] = [];
  for (const reach of LEVELS) {
    for (const effort of LEVELS) {
      const inCell = placed.filter((t) => TYPE_REACH_EFFORT[t.value.code!]!.reach === reach.code && TYPE_REACH_EFFORT[t.value.code!]!.effort === effort.code);
      const any = B.empty(index.n);
      for (const t of inCell) B.orInto(any, t.bits);
      let known = 0;
      let sum = 0;
      B.forEachAnd(mask, any, (p) => {
        const r = index.reach[p]!;
        if (Number.isNaN(r)) return;
        known++;
        sum += r;
      });
      cells.push({ reachClass: reach.code, effort: effort.code, types: inCell.map((t) => t.value.code!), count: B.countAnd(mask, any), known, sum: known === 0 ? null : sum });
    }
  }
  return { levels: LEVELS.map((l) => ({ code: l.code, label: l[lang] })), entries, cells };
}
