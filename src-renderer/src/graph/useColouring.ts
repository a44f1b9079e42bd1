/** The map's colouring for the chosen mode, with legend labels in the UI language. */
import { useMemo } from 'react';
import type { GraphCluster } from '../../../src-shared/model';
import { codeLabel, useI18n, type Translate } from '../i18n';
import { colouring, OTHER, type Colourable, type Colouring, type ColourBy } from './colorBy';
import { focusName } from './focusColors';

/** A cluster's name: its number, and what its lines share most ("Cluster 2 · C Industrie"). */
export function clusterName(id: number, clusters: readonly GraphCluster[], t: Translate, lang: 'nl' | 'en'): string {
  const cluster = clusters.find((c) => c.id === id);
  if (!cluster?.shared) return t('graph.colour.clusterName', { n: id });
  const shared =
    cluster.sharedType === 'generic' ? t('graph.colour.clusterGeneric') : cluster.sharedType === 'sector' ? `${cluster.shared} ${codeLabel('sector', cluster.shared, lang)}` : cluster.shared;
  return t('graph.colour.clusterShared', { n: id, shared });
}

export function useColouring(mode: ColourBy, nodes: readonly Colourable[], hidden: ReadonlySet<string>, clusters: readonly GraphCluster[]): Colouring {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const name = (key: string): string => {
      if (key === OTHER) return mode === 'cluster' ? t('graph.colour.otherClusters') : t('graph.colour.other');
      switch (mode) {
        case 'focus':
          return focusName(key, lang);
        case 'type':
          return key === 'none' ? t('graph.colour.noType') : codeLabel('type', key, lang);
        case 'activities':
          return key === '1' ? t('graph.colour.oneActivity') : t('graph.colour.activityRange', { range: key.replace('-', '–') });
        case 'cluster':
          return clusterName(Number(key), clusters, t, lang);
        default:
          return key;
      }
    };
    return colouring(mode, nodes, hidden, name);
  }, [mode, nodes, hidden, clusters, t, lang]);
}
