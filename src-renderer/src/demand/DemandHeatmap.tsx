/**
 * The sector × knelpunt heatmap with demand (V) and supply (A) side by side in each cell, sectors
 * with demand first; combinations with demand and no supply are listed above it and marked red.
 * A cell's "A" opens exactly its supply in Activiteiten.
 */
import { Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { BOTTLENECKS } from '../../../src-shared/codebook';
import type { DemandCell, DemandResult } from '../../../src-shared/surveys-model';
import { useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { cellKind, demandGaps, demandGrid, demandLevel } from './heatmap';

export function DemandHeatmap({ result, onOpenSupply }: { result: DemandResult; onOpenSupply(cell: DemandCell): void }) {
  const { t, lang } = useI18n();
  const n = (x: number) => formatNumber(x, lang);
  const bottlenecks = useMemo(() => BOTTLENECKS.map((b) => ({ code: b.code, label: b[lang] })), [lang]);
  const grid = useMemo(() => demandGrid(result, bottlenecks), [result, bottlenecks]);
  const gaps = useMemo(() => demandGaps(result), [result]);

  return (
    <Stack gap="md">
      <section aria-labelledby="demand-gaps-title">
        <Title order={2} id="demand-gaps-title" className="rs-demand-title">
          {t('demand.gaps.title')} ({gaps.length})
        </Title>
        {gaps.length === 0 && <Text size="sm">{t('demand.gaps.none')}</Text>}
        <ol className="rs-demand-gaps" data-testid="demand-gaps">
          {gaps.map((c) => (
            <li key={`${c.sector}|${c.bottleneck}`} data-testid="demand-gap">
              {t('demand.gap', { sector: `${c.sector} ${c.sectorLabel}`, bottleneck: `${c.bottleneck}. ${c.bottleneckLabel}`, demand: n(c.demand) })}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="demand-heatmap-title">
        <Title order={2} id="demand-heatmap-title" className="rs-demand-title">
          {t('demand.heatmap.title')}
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          {t('demand.legend')}
        </Text>
        <Table.ScrollContainer minWidth={900}>
          <table className="rs-demand-heatmap" aria-label={t('demand.heatmap.label')} data-testid="demand-heatmap">
            <thead>
              <tr>
                <th scope="col">{t('demand.heatmap.corner')}</th>
                {grid.bottlenecks.map((b) => (
                  <th scope="col" key={b.code} title={b.label}>
                    <span className="rs-demand-code">{b.code}</span> <span className="rs-demand-colname">{b.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.sectors.map((s) => (
                <tr key={s.code} data-testid="demand-row" data-sector={s.code}>
                  <th scope="row">
                    {s.code} {s.label}
                  </th>
                  {grid.bottlenecks.map((b) => {
                    const cell = grid.cells.get(`${s.code}|${b.code}`);
                    const kind = cellKind(cell);
                    return (
                      <td key={b.code} className={`rs-demand-cell rs-demand-${kind} rs-demand-l${demandLevel(cell?.demand ?? 0, grid.maxDemand)}`} data-kind={kind} aria-label={cell ? `${s.label} × ${b.label}: ${t('demand.heatmap.cell', { demand: n(cell.demand), supply: n(cell.supply) })}` : undefined}>
                        {cell && (
                          <>
                            <span className="rs-demand-v">{cell.demand > 0 ? `${t('demand.letter.demand')} ${n(cell.demand)}` : ''}</span>
                            {cell.supply > 0 ? (
                              <UnstyledButton className="rs-demand-a" onClick={() => onOpenSupply(cell)} title={t('demand.openSupply')}>
                                {t('demand.letter.supply')} {n(cell.supply)}
                              </UnstyledButton>
                            ) : (
                              <span className="rs-demand-a rs-demand-a0">{t('demand.letter.supply')} 0</span>
                            )}
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Table.ScrollContainer>
      </section>
    </Stack>
  );
}
