/**
 * Small multiples of one dimension: a bar chart per scan (Mantine's BarChart), all on the same scale
 * of activities per 100, so bars can be compared across the charts by length.
 */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CompareDimension, CompareScan, CompareValue } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { HorizontalBars, shortAxisLabel } from '../ui/HorizontalBars';
import { formatShare, valueHead } from './format';

/** One colour per scan (the same scan keeps its colour on every dimension). */
const SERIES_COLORS = ['blue.7', 'teal.7', 'grape.7', 'orange.8', 'cyan.8', 'pink.7'];

/** A chart shows at most this many values (organisations can be hundreds); the table has them all. */
export const MAX_BARS = 40;

export function CompareCharts({ dim, scans, values: all }: { dim: CompareDimension; scans: readonly CompareScan[]; values: readonly CompareValue[] }) {
  const { t, lang } = useI18n();
  const values = all.slice(0, MAX_BARS);
  const max = Math.max(1, ...values.flatMap((v) => v.shares.map((s) => s ?? 0)));
  const top = Math.ceil(max / 10) * 10;
  return (
    <>
      {all.length > MAX_BARS && (
        <Text size="xs" c="dimmed" mb={4}>
          {t('compare.chart.first', { shown: MAX_BARS, total: all.length })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: Math.min(scans.length, 3) }} spacing="sm" data-testid={`compare-charts-${dim.key}`}>
        {scans.map((scan, i) => {
          // Long codebook labels are cut on the axis (the table beside the chart has them whole).
          const data = values.map((v) => ({ label: shortAxisLabel(valueHead(dim.key, v), 26), share: v.shares[i] === null ? 0 : Math.round(v.shares[i]! * 10) / 10 }));
          const words = values.map((v) => `${valueHead(dim.key, v)} ${formatShare(v.shares[i]!, lang)}`).join(', ');
          return (
            <Paper key={scan.id} withBorder radius="md" p="xs" className="rs-compare-chart">
              <Text fw={600} size="sm" mb={4}>
                {scan.label}
              </Text>
              {scan.total === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('compare.chart.none', { scan: scan.label })}
                </Text>
              ) : (
                <HorizontalBars
                  label={t('compare.chart.label', { dimension: dim.label, scan: scan.label, values: words })}
                  h={Math.max(100, data.length * 24 + 60)}
                  data={data}
                  series={[{ name: 'share', label: t('compare.col.share'), color: SERIES_COLORS[i % SERIES_COLORS.length]! }]}
                  valueAxis={{ label: t('compare.chart.axis'), top }}
                  labelWidth={170}
                />
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </>
  );
}
