/**
 * A horizontal bar chart as the analysis screens draw it (Mantine's BarChart on its side: Overzicht,
 * Vergelijken, Ontwikkeling): one row a value with its label on one line, no animation, a tooltip
 * that shows at once, and the figures said in words to a screen reader (the chart is one image to
 * assistive technology, so recharts' own keyboard layer is off).
 */
import { BarChart, type BarChartSeries } from '@mantine/charts';

interface Props {
  /** What the chart shows, in words: its accessible name. */
  label: string;
  data: Record<string, string | number>[];
  series: BarChartSeries[];
  h: number;
  /** The width of the label axis, in pixels. */
  labelWidth: number;
  labelSize?: number;
  /** The value axis: its caption and its top (recharts picks one when it is left out). */
  valueAxis?: { label?: string; top?: number };
  grid?: 'x' | 'none';
  withLegend?: boolean;
  /** A click on a bar, by the index of its row in `data`. */
  onBar?: (index: number) => void;
  testId?: string;
}

export function HorizontalBars({ label, data, series, h, labelWidth, labelSize = 11, valueAxis, grid = 'x', withLegend, onBar, testId }: Props) {
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <BarChart
        h={h}
        data={data}
        dataKey="label"
        orientation="vertical"
        series={series}
        withLegend={withLegend}
        {...(valueAxis?.top !== undefined ? { xAxisProps: { domain: [0, valueAxis.top] } } : {})}
        // The value axis says what its numbers count.
        xAxisLabel={valueAxis?.label}
        yAxisProps={{ width: labelWidth, interval: 0, tick: { fontSize: labelSize } }}
        gridAxis={grid}
        withTooltip
        tooltipAnimationDuration={0}
        barProps={onBar ? { onClick: (_entry: unknown, index: number) => onBar(index), cursor: 'pointer', isAnimationActive: false } : { isAnimationActive: false }}
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}

/** An axis label kept to one line: a label longer than `longest` characters is cut, with an ellipsis. */
export function shortAxisLabel(text: string, longest: number): string {
  return text.length > longest ? `${text.slice(0, longest - 1).trimEnd()}…` : text;
}
