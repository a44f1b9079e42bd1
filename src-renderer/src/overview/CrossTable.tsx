/**
 * Activity type × geography and activity type × knelpunt as live tables. Every number is a button
 * with its meaning in words; in the heatmap (knelpunten) the cells are shaded by their count, the
 * columns are grouped weten / willen / kunnen, and a click opens the matching Activiteiten list.
 */
import { Table, Text, UnstyledButton } from '@mantine/core';
import { BOTTLENECK_GROUPS, type DimensionKey } from '../../../src-shared/codebook';
import type { OverviewCross } from '../../../src-shared/model';
import { valueHead } from '../../../src-shared/overview-format';
import { dimensionLabel, useI18n } from '../i18n';
import { filterValueOf } from '../state/refine';
import { FigureCell, TotalsFooter } from './TotalsFooter';
import { usePick } from './usePick';

/** Shade level 0–5 of a heatmap cell (0: none). */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((5 * count) / max)));
}

interface Props {
  cross: OverviewCross;
  column: Extract<DimensionKey, 'geography' | 'bottleneck'>;
  heat?: boolean;
  testId: string;
  caption: string;
}

function GroupRow({ cross }: { cross: OverviewCross }) {
  const { lang } = useI18n();
  // Consecutive columns of one group share a header cell; 0 and 11 have none.
  const spans: { label: string; span: number }[] = [];
  for (const c of cross.columns) {
    const group = BOTTLENECK_GROUPS.find((g) => g.key === c.group);
    const label = group ? group[lang] : '';
    const last = spans[spans.length - 1];
    if (last && last.label === label && label !== '') last.span++;
    else spans.push({ label, span: 1 });
  }
  return (
    <Table.Tr>
      <Table.Th aria-hidden="true" />
      {spans.map((s, i) => (
        <Table.Th key={i} colSpan={s.span} ta="center" className={s.label ? 'rs-ov-group' : undefined} scope={s.label ? 'colgroup' : undefined}>
          {s.label}
        </Table.Th>
      ))}
      <Table.Th aria-hidden="true" />
    </Table.Tr>
  );
}

export function CrossTable({ cross, column, heat = false, testId, caption }: Props) {
  const { t, lang } = useI18n();
  const pick = usePick();
  const max = heat ? Math.max(0, ...cross.cells.flat()) : 0;
  const key = (code: string | null, label: string) => (code ?? `u-${label}`).replace(/[^A-Za-z0-9-]+/g, '_');
  return (
    <Table.ScrollContainer minWidth={600} type="native">
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} className={heat ? 'rs-ov-cross rs-ov-heat' : 'rs-ov-cross'} data-testid={testId}>
        <caption className="rs-visually-hidden">{caption}</caption>
        <Table.Thead>
          {heat && <GroupRow cross={cross} />}
          <Table.Tr>
            <Table.Th scope="col">{dimensionLabel('type', lang)}</Table.Th>
            {cross.columns.map((c) => (
              <Table.Th key={key(c.code, c.label)} scope="col" className="rs-ov-colhead">
                {column === 'bottleneck' && c.code !== null ? (
                  // Turned upright, so twelve knelpunten fit beside each other even at 1024 px.
                  <span className="rs-ov-upright">
                    <span className="rs-ov-code">{c.code}</span> <span className="rs-ov-collabel">{c.label}</span>
                  </span>
                ) : (
                  valueHead(column, c)
                )}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('overview.activities')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cross.rows.map((r, ri) => (
            <Table.Tr key={key(r.code, r.label)}>
              <Table.Th scope="row" className="rs-ov-rowhead">
                {r.label}
              </Table.Th>
              {cross.columns.map((c, ci) => {
                const n = cross.cells[ri]![ci]!;
                const words = t(heat ? 'overview.heat.cell' : 'overview.cross.cell', { row: r.label, column: valueHead(column, c), count: n });
                return (
                  <Table.Td key={key(c.code, c.label)} className="rs-ov-cell" data-level={heat ? heatLevel(n, max) : undefined}>
                    <UnstyledButton
                      className="rs-ov-cellbtn"
                      aria-label={words}
                      title={words}
                      data-testid={`${testId}-${key(r.code, r.label)}-${key(c.code, c.label)}`}
                      onClick={() => pick([{ dimension: 'type', value: filterValueOf(r) }, { dimension: column, value: filterValueOf(c) }], heat)}
                    >
                      {n}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
              <FigureCell fw={600}>{r.count}</FigureCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <TotalsFooter>
          {cross.columns.map((c) => (
            <FigureCell key={key(c.code, c.label)} fw={600}>
              {c.count}
            </FigureCell>
          ))}
          <FigureCell fw={700}>{cross.rows.reduce((s, r) => s + r.count, 0)}</FigureCell>
        </TotalsFooter>
      </Table>
      {heat && (
        <Text size="xs" c="dimmed" mt={4} aria-hidden="true" className="rs-ov-heat-legend">
          {t('overview.heat.less')} <span className="rs-ov-swatch" data-level="1" /> <span className="rs-ov-swatch" data-level="3" /> <span className="rs-ov-swatch" data-level="5" /> {t('overview.heat.more')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
