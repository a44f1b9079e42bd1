/**
 * The Overzicht for the active filter: the summary, the report's tables (type × knelpunt heatmap,
 * type × geography, reach per type, the reach × effort quadrant, providers × role) and a bar chart
 * per dimension. Each has its own export menu (PNG, SVG, .xlsx).
 */
import { Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFilterOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { OverviewResult } from '../../../src-shared/model';
import { overviewTable, overviewTitle, type OverviewTableKey } from '../../../src-shared/overview-format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FilterWords } from '../ui/FilterWords';
import { ScreenTitle } from '../ui/ScreenHeading';
import { useI18n } from '../i18n';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { isFilterEmpty } from '../state/filters';
import { CrossTable } from './CrossTable';
import { DimensionCard } from './DimensionCard';
import type { FigureBody } from './figureSvg';
import { OverviewCard } from './OverviewCard';
import { OverviewExportMenu } from './OverviewExportMenu';
import { ProvidersTable } from './ProvidersTable';
import { QuadrantGrid, quadrantCells, quadrantCellWords } from './QuadrantGrid';
import { ReachTable } from './ReachTable';
import { useFigureText } from './useFigureText';
import { useOverview } from './useOverview';
import { SectionHeading } from '../ui/SectionHeading';

/** The figure body of a table for PNG/SVG: the same rows as the .xlsx. */
function tableBody(result: OverviewResult, key: OverviewTableKey, lang: 'nl' | 'en', t: ReturnType<typeof useI18n>['t']): FigureBody {
  if (key === 'quadrant') {
    const { rows, cols, cells, totals } = quadrantCells(result);
    const level = (code: string) => result.quadrant.levels.find((l) => l.code === code)?.label ?? code;
    const title = overviewTable(result, 'quadrant', lang).header;
    return { kind: 'grid', rowTitle: title[1]!, colTitle: title[2]!, rows: rows.map(level), cols: cols.map(level), cells: cells.map((row, ri) => row.map((items, ci) => {
      const total = totals[ri]![ci];
      return [...items.map((e) => `${e.type.label} (${e.type.count})`), ...(total && total.types.length > 0 ? [quadrantCellWords(total, t, lang)] : [])];
    })) };
  }
  const table = overviewTable(result, key, lang);
  return { kind: 'table', header: table.header, body: table.body, footer: table.footer, heat: key === 'typeBottleneck' };
}

function Dashboard({ result, minInitiatives, setMinInitiatives }: { result: OverviewResult; minInitiatives: number; setMinInitiatives(n: number): void }) {
  const { t, lang } = useI18n();
  const counts = useMemo(() => ({ activities: result.total, initiatives: result.initiatives }), [result.total, result.initiatives]);
  const figureText = useFigureText(counts);
  const card = (key: OverviewTableKey, id: string) => {
    const title = overviewTitle(key, lang, undefined, result.providers.minInitiatives);
    const tools = <OverviewExportMenu table={key} minInitiatives={minInitiatives} title={title} figure={() => ({ text: figureText(title), body: tableBody(result, key, lang, t) })} testId={id} />;
    return { title, tools, id };
  };
  const heat = card('typeBottleneck', 'ov-heatmap');
  const geo = card('typeGeography', 'ov-geography');
  const reach = card('reach', 'ov-reach');
  const quadrant = card('quadrant', 'ov-quadrant');
  const providers = card('providers', 'ov-providers');
  const dims = result.dimensions.filter((d) => d.values.length > 0 && (d.key !== 'scan' || d.values.length > 1));
  return (
    <>
      <Title order={2} className="rs-ov-section">
        {t('overview.section.tables')}
      </Title>
      <div className="rs-ov-grid">
        <OverviewCard wide {...heat} note={t('overview.heat.hint')}>
          <CrossTable cross={result.typeBottleneck} column="bottleneck" heat testId="ov-heat" caption={heat.title} />
        </OverviewCard>
        <OverviewCard wide {...geo} note={t('overview.cross.hint')}>
          <CrossTable cross={result.typeGeography} column="geography" testId="ov-geo" caption={geo.title} />
        </OverviewCard>
        <OverviewCard {...reach} note={t('overview.reach.note', { known: result.reach.known, total: result.total })}>
          <ReachTable result={result} />
        </OverviewCard>
        <OverviewCard {...quadrant} note={t('overview.quadrant.note')}>
          <QuadrantGrid result={result} />
        </OverviewCard>
        <OverviewCard wide {...providers} note={t('overview.providers.note')}>
          <ProvidersTable result={result} minInitiatives={minInitiatives} onMinInitiatives={setMinInitiatives} />
        </OverviewCard>
      </div>
      <SectionHeading order={2} className="rs-ov-section" title={t('overview.section.dimensions')} lead={t('overview.bar.hint')} leadMb="sm" />
      <div className="rs-ov-grid">
        {dims.map((d) => (
          <DimensionCard key={d.key} dim={d} minInitiatives={minInitiatives} figureText={figureText} />
        ))}
      </div>
    </>
  );
}

export function OverviewView() {
  const { t } = useI18n();
  useFilterShortcuts();
  const { filter, dispatch } = useFilter();
  const [minInitiatives, setMinInitiatives] = useState(5);
  const overview = useOverview(minInitiatives);
  const result = overview.result;
  return (
    <section data-testid="screen-overzicht" aria-labelledby="screen-title-overzicht" className="rs-overview" aria-busy={overview.loading}>
      <ScreenTitle route="overzicht" />
      <Text size="sm" c="dimmed" mb="sm">
        {t('overview.lead')}
      </Text>
      <FilterWords />
      <ErrorAlert error={overview.error} icon={<IconAlertTriangle size={18} aria-hidden="true" />} title={t('overview.error')} mt="sm" />
      {!result && overview.loading && (
        <Group gap="sm" mt="md">
          <Loader size="sm" aria-hidden="true" />
          <Text size="sm">{t('overview.loading')}</Text>
        </Group>
      )}
      {result && (
        <Text size="lg" fw={600} mt="sm" data-testid="ov-summary">
          {t('overview.summary', { activities: result.total, initiatives: result.initiatives })}
        </Text>
      )}
      {result && result.initiativesJoined > 0 && (
        <Text size="sm" c="dimmed" data-testid="ov-joined">
          {t('overview.joined', { joined: result.initiativesJoined })}
        </Text>
      )}
      {result && result.total === 0 && (
        <Paper withBorder radius="md" p="lg" mt="md" data-testid="ov-no-matches">
          <Text mb={isFilterEmpty(filter) ? 0 : 'sm'}>{t('overview.noMatches')}</Text>
          {!isFilterEmpty(filter) && (
            <Button leftSection={<IconFilterOff size={16} aria-hidden="true" />} onClick={() => dispatch({ type: 'clear' })}>
              {t('overview.clearFilter')}
            </Button>
          )}
        </Paper>
      )}
      {result && result.total > 0 && <Dashboard result={result} minInitiatives={minInitiatives} setMinInitiatives={setMinInitiatives} />}
    </section>
  );
}
