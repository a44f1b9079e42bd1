/**
 * One dimension of the Overzicht: a horizontal bar chart (Mantine's BarChart) of the activities per
 * value under the whole filter, or the same numbers as a table whose values are buttons (keyboard).
 * Knelpunten show their groups weten / willen / kunnen, rationale its levels. A click on a bar or a
 * value sets the filter to that value.
 */
import { Badge, Group, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { DimensionKey } from '../../../src-shared/codebook';
import type { OverviewDimension } from '../../../src-shared/model';
import { overviewTitle, valueHead } from '../../../src-shared/overview-format';
import { useI18n } from '../i18n';
import { HorizontalBars } from '../ui/HorizontalBars';
import { OverviewCard } from './OverviewCard';
import { OverviewExportMenu } from './OverviewExportMenu';
import { filterValueOf } from '../state/refine';
import type { FigureText } from './figureSvg';
import { usePick } from './usePick';

interface Props {
  dim: OverviewDimension;
  minInitiatives: number;
  figureText(title: string): FigureText;
}

/** Role and scan values without a code cannot be filtered on. */
function clickable(key: DimensionKey, code: string | null): boolean {
  return code !== null || (key !== 'role' && key !== 'scan');
}

export function DimensionCard({ dim, minInitiatives, figureText }: Props) {
  const { t, lang } = useI18n();
  const pick = usePick();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const key = dim.key as DimensionKey;
  const title = overviewTitle('dimension', lang, key);
  const id = `ov-dim-${key}`;
  const data = dim.values.map((v) => ({ label: valueHead(key, v), count: v.count }));
  // Long labels (SBI sections) are shortened on the axis; the table view and the exports show them whole.
  const chartData = data.map((d) => ({ ...d, label: d.label.length > 34 ? `${d.label.slice(0, 32).trimEnd()}…` : d.label }));
  const choose = (index: number) => {
    const v = dim.values[index];
    if (v && clickable(key, v.code)) pick([{ dimension: key, value: filterValueOf(v) }]);
  };
  const figure = () => ({
    text: figureText(title),
    body: { kind: 'bars' as const, bars: [...data, ...dim.groups.map((g) => ({ label: `${g.label} (${t('overview.groups').toLowerCase()})`, count: g.count, strong: true }))] },
  });

  return (
    <OverviewCard
      id={id}
      title={title}
      tools={
        <>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('overview.view.chart') },
              { value: 'table', label: t('overview.view.table') },
            ]}
            aria-label={t('overview.view.label', { title })}
          />
          <OverviewExportMenu table="dimension" dimension={key} minInitiatives={minInitiatives} title={title} figure={figure} testId={id} />
        </>
      }
    >
      {dim.groups.length > 0 && (
        <Group gap="xs" mb="xs" aria-label={t('overview.groups')} role="group">
          {dim.groups.map((g) => (
            <Badge key={g.code} variant="light" color="gray" size="lg" tt="none" fw={500}>
              {t('overview.group.count', { group: g.label, count: g.count })}
            </Badge>
          ))}
        </Group>
      )}
      {dim.values.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.noValues')}
        </Text>
      ) : view === 'chart' ? (
        <HorizontalBars
          label={`${title}: ${data.map((d) => `${d.label} ${d.count}`).join(', ')}`}
          testId={`${id}-chart`}
          h={Math.max(90, data.length * 26 + 30)}
          data={chartData}
          series={[{ name: 'count', label: t('overview.activities'), color: 'blue.6' }]}
          labelWidth={200}
          labelSize={12}
          grid="none"
          onBar={choose}
        />
      ) : (
        <Table striped={false} withRowBorders verticalSpacing={4} data-testid={`${id}-table`}>
          <Table.Tbody>
            {dim.values.map((v, i) => (
              <Table.Tr key={`${v.code ?? ''}|${v.label}`}>
                <Table.Td>
                  {clickable(key, v.code) ? (
                    <UnstyledButton className="rs-ov-link" onClick={() => choose(i)} aria-label={t('overview.value.filter', { value: data[i]!.label, count: v.count })}>
                      {data[i]!.label}
                    </UnstyledButton>
                  ) : (
                    data[i]!.label
                  )}
                </Table.Td>
                <Table.Td ta="right" className="rs-ov-num">
                  {v.count}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </OverviewCard>
  );
}
