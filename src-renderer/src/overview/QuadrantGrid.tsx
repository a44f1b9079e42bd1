/**
 * The report's reach × effort quadrant as a 3×3 grid: rows the reach class (high on top), columns
 * the effort asked of the entrepreneur. Where a type sits is the report's classification; what the
 * grid shows is live: each activity type with its number of matching activities (a button that
 * filters on it), and under each cell the cell's matching activities and their known reach.
 */
import { UnstyledButton } from '@mantine/core';
import type { OverviewQuadrantCell, OverviewQuadrantEntry, OverviewResult } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { filterValueOf } from '../state/refine';
import { usePick } from './usePick';
import { locale } from '../i18n/format';

type T = ReturnType<typeof useI18n>['t'];

/** Types and totals per cell: rows reach class from high to low, columns effort from low to high. */
export function quadrantCells(result: OverviewResult): { rows: string[]; cols: string[]; cells: OverviewQuadrantEntry[][][]; totals: (OverviewQuadrantCell | undefined)[][] } {
  const cols = result.quadrant.levels.map((l) => l.code ?? '');
  const rows = [...cols].reverse();
  const cells = rows.map((r) => cols.map((c) => result.quadrant.entries.filter((e) => e.reachClass === r && e.effort === c)));
  const totals = rows.map((r) => cols.map((c) => result.quadrant.cells.find((x) => x.reachClass === r && x.effort === c)));
  return { rows, cols, cells, totals };
}

/** "15 activiteiten; bereik 1.234 (5 met bekend bereik)" — unknown reach is not zero. */
export function quadrantCellWords(cell: OverviewQuadrantCell, t: T, lang: 'nl' | 'en'): string {
  if (cell.sum === null) return t('overview.quadrant.cellUnknown', { count: cell.count });
  return t('overview.quadrant.cell', { count: cell.count, sum: cell.sum.toLocaleString(locale(lang)), known: cell.known });
}

export function QuadrantGrid({ result }: { result: OverviewResult }) {
  const { t, lang } = useI18n();
  const pick = usePick();
  const level = (code: string) => result.quadrant.levels.find((l) => l.code === code)?.label ?? code;
  const { rows, cols, cells, totals } = quadrantCells(result);
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
            {cols.map((c, ci) => {
              const total = totals[ri]![ci];
              return (
                <div role="cell" key={c} className="rs-ov-q-cell" data-testid={`ov-quadrant-${r}-${c}`}>
                  {cells[ri]![ci]!.map((e) => (
                    <UnstyledButton
                      key={e.type.code}
                      className="rs-ov-link rs-ov-q-item"
                      data-empty={e.type.count === 0 || undefined}
                      data-testid={`ov-quadrant-type-${e.type.code}`}
                      onClick={() => pick([{ dimension: 'type', value: filterValueOf(e.type) }])}
                      aria-label={t('overview.quadrant.item', { type: e.type.label, count: e.type.count, reach: level(e.reachClass), effort: level(e.effort) })}
                    >
                      {e.type.label} ({e.type.count})
                    </UnstyledButton>
                  ))}
                  {total && total.types.length > 0 && (
                    <span className="rs-ov-q-total" data-testid={`ov-quadrant-total-${r}-${c}`} data-count={total.count} data-known={total.known} data-sum={total.sum ?? ''}>
                      {quadrantCellWords(total, t, lang)}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
