/**
 * Dimension shifts as paired bars (Mantine's BarChart, as Vergelijken draws): per value of one
 * dimension the number of matching activities in the earlier and the later scan (counts, not shares).
 */
import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { DIMENSIONS, type DimensionKey } from '../../../src-shared/codebook';
import type { ChangeReport } from '../../../src-shared/links';
import { codeLabel, dimensionLabel, entryLabel, useI18n } from '../i18n';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { HorizontalBars, shortAxisLabel } from '../ui/HorizontalBars';

/** A chart shows at most this many values (organisations can be hundreds). */
const MAX_BARS = 30;

export function DimensionShifts({ report }: { report: ChangeReport }) {
  const { t, lang } = useI18n();
  const keys = DIMENSIONS.map((d) => d.key).filter((k) => report.dimensions[k] !== undefined);
  const [dim, setDim] = useState<DimensionKey>('type');
  const key = keys.includes(dim) ? dim : keys[0]!;
  const values = (report.dimensions[key] ?? []).filter((v) => v.from > 0 || v.to > 0);
  const shown = [...values].sort((a, b) => Math.max(b.from, b.to) - Math.max(a.from, a.to)).slice(0, MAX_BARS);
  const label = (v: (typeof values)[number]) => entryLabel(key, v.code, v.code === null ? v.label : codeLabel(key, v.code, lang));
  const data = shown.map((v) => ({ label: shortAxisLabel(label(v), 30), from: v.from, to: v.to }));
  const words = shown.map((v) => `${label(v)} ${v.from} → ${v.to}`).join(', ');
  return (
    <section className="rs-dev-section" aria-labelledby="dev-dims-title" data-testid="dev-dimensions">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-end">
        <h2 id="dev-dims-title" className="rs-dev-title">
          {t('development.dimensions.title')}
        </h2>
        <ChoiceSelect size="xs" label={t('development.dimensions.pick')} value={key} onChange={(v) => setDim(v as DimensionKey)} data={keys.map((k) => ({ value: k, label: dimensionLabel(k, lang) }))} data-testid="dev-dimension" />
      </Group>
      <Text size="xs" c="dimmed" mb={4}>
        {t('development.dimensions.lead')}
        {values.length > MAX_BARS ? ` ${t('development.dimensions.first', { shown: MAX_BARS, total: values.length })}` : ''}
      </Text>
      {data.length === 0 ? (
        <Text size="sm">{t('development.dimensions.none')}</Text>
      ) : (
        <HorizontalBars
          label={t('development.dimensions.label', { dimension: dimensionLabel(key, lang), values: words })}
          h={Math.max(120, data.length * 30 + 70)}
          data={data}
          series={[
            { name: 'from', label: report.from.label, color: 'gray.5' },
            { name: 'to', label: report.to.label, color: 'blue.7' },
          ]}
          withLegend
          valueAxis={{ label: t('development.dimensions.axis') }}
          labelWidth={190}
        />
      )}
    </section>
  );
}
