/** The names of the map's legend entries and clusters, in the UI language. */
import type { ChangeKind } from '../../../src-shared/change-map';
import type { GraphCluster } from '../../../src-shared/model';
import { codeLabel, type Translate } from '../i18n';
import { OTHER } from './colorBy';
import type { LegendNames } from './controllers/appearance';
import { focusName } from './focusColors';

/** A cluster's name: its number, and what its lines share most ("Cluster 2 · C Industrie"). */
export function clusterName(id: number, clusters: readonly GraphCluster[], t: Translate, lang: 'nl' | 'en'): string {
  const cluster = clusters.find((c) => c.id === id);
  if (!cluster?.shared) return t('graph.colour.clusterName', { n: id });
  const shared =
    cluster.sharedType === 'generic' ? t('graph.colour.clusterGeneric') : cluster.sharedType === 'sector' ? `${cluster.shared} ${codeLabel('sector', cluster.shared, lang)}` : cluster.shared;
  return t('graph.colour.clusterShared', { n: id, shared });
}

/** The legend's labels in the UI language (the map's appearance controller asks for them). */
export function legendNames(t: Translate, lang: 'nl' | 'en'): LegendNames {
  return (mode, key, clusters) => {
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
      case 'change':
        return t(`graph.change.${key as ChangeKind}`);
      default:
        return key;
    }
  };
}
