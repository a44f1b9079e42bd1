/**
 * The report's reach × effort quadrant as a 3×3 grid: rows the reach class (high on top), columns
 * the effort asked of the entrepreneur; each activity type in its cell with its number of matching
 * activities, as a button that filters on it.
 */
import { UnstyledButton } from '@mantine/core';
import type { OverviewQuadrantEntry, OverviewResult } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { filterValueOf } from './refine';
import { usePick } from './usePick';

/** Types per cell: rows reach class from high to low, columns effort from low to high. */
export function quadrantCells(result: OverviewResult): { rows: string[]; cols: string[]; cells: OverviewQuadrantEntry[][][] } {
  const cols = result.quadrant.levels.map((l) => l.code ?? '');
  const rows = [...cols].reverse();
  const cells = rows.map((r) => cols.map((c) => result.quadrant.entries.filter((e) => e.reachClass === r && e.effort === c)));
  return { rows, cols, cells };
}

export function QuadrantGrid({ result }: { result: OverviewResult }) {
  const { t } = useI18n();
  const pick = usePick();
  const level = (code: string) => result.quadrant.levels.find((l) => l.code === code)?.label ?? code;
  const { rows, cols, cells } = quadrantCells(result);
  return (
    <div className="rs-ov-quadrant" data-testid="ov-quadrant-grid">
      <div className="rs-ov-q-axis-x">{t('overview.quadrant.effort')} →</div>
      <div className="rs-ov-q-axis-y">{t('overview.quadrant.reach')} →</div>
      <div className="rs-ov-q-grid" role="table" aria-label={`${t('overview.quadrant.reach')} × ${t('overview.quadrant.effort')}`}>
        <div role="row" className="rs-ov-q-row">
          <span role="columnheader" className="rs-ov-q-corner" aria-label={t('overview.quadrant.reach')} />
          {cols.map((c) => (
            <span role="columnheader" key={c} className="rs-ov-q-head">
              {level(c)}
            </span>
          ))}
        </div>
        {rows.map((r, ri) => (
          <div role="row" key={r} className="rs-ov-q-row">
            <span role="rowheader" className="rs-ov-q-head">
              {level(r)}
            </span>
            {cols.map((c, ci) => (
              <div role="cell" key={c} className="rs-ov-q-cell">
                {cells[ri]![ci]!.map((e) => (
                  <UnstyledButton
                    key={e.type.code}
                    className="rs-ov-link rs-ov-q-item"
                    data-empty={e.type.count === 0 || undefined}
                    onClick={() => pick([{ dimension: 'type', value: filterValueOf(e.type) }])}
                    aria-label={t('overview.quadrant.item', { type: e.type.label, count: e.type.count, reach: level(e.reachClass), effort: level(e.effort) })}
                  >
                    {e.type.label} ({e.type.count})
                  </UnstyledButton>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
