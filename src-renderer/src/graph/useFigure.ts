/** The texts around an exported map: title, date, legend of what is visible, the filter in words. */
import { useCallback } from 'react';
import type { EdgeType, GraphModel } from '../../../src-shared/model';
import { useDescribeFilter } from '../ui/useDescribeFilter';
import { useI18n, type MessageKey } from '../i18n';
import { useFacets, useFilter } from '../state/FilterProvider';
import type { Figure } from './figure';
import type { Colouring } from './colorBy';
import type { GraphStats } from './controllers/stats';
import { locale } from '../i18n/format';

const EDGE_TEXT: Readonly<Record<EdgeType, MessageKey>> = { sector: 'graph.edges.sector', generic: 'graph.edges.generic', providers: 'graph.edges.providers', learn: 'graph.edges.learn' };
const EDGE_ORDER: readonly EdgeType[] = ['sector', 'generic', 'providers', 'learn'];

/** The line rule in the caption, or null when every line is shown. */
export function thinnedText(t: ReturnType<typeof useI18n>['t'], model: GraphModel | null, shown: number, topPerNode: number | null): string | null {
  if (!model || model.candidateEdges <= shown) return null;
  const counts = { shown, total: model.candidateEdges };
  return topPerNode === null ? t('graph.thinnedNoCap', counts) : t('graph.thinned', { ...counts, n: topPerNode });
}

export function useFigure(stats: GraphStats, colouring: Colouring, model: GraphModel | null, topPerNode: number | null): () => Figure {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  return useCallback(() => {
    const counts = facets.result && !facets.loading ? { activities: facets.result.total, initiatives: facets.result.initiatives } : undefined;
    const date = new Date().toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' });
    const thinned = thinnedText(t, model, stats.ruleEdges, topPerNode);
    return {
      title: t('route.ecosysteemkaart'),
      subtitle: `${t('app.name')} · ${t('graph.figure.date', { date })}`,
      legendTitle: t(`graph.colour.${colouring.mode}`),
      legend: colouring.entries.filter((e) => !e.hidden),
      edgesTitle: t('graph.figure.edges'),
      edges: EDGE_ORDER.filter((kind) => stats.kinds.includes(kind)).map((kind) => ({ kind, label: t(EDGE_TEXT[kind]) })),
      caption: [describe(filter, counts), t('graph.figure.counts', { nodes: stats.visibleNodes, edges: stats.visibleEdges }), ...(thinned ? [thinned] : [])],
      source: t('app.tagline'),
    };
  }, [t, lang, filter, facets, describe, stats, colouring, model, topPerNode]);
}
