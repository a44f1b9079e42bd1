/**
 * The stage of a map screen (the Ecosysteemkaart and Ontwikkeling's change map): the sigma canvas the
 * controller draws into, its keyboard help for screen readers, the zoom buttons, and a spinner while
 * the first model loads. `children` lie over the canvas (the "no matches" notice).
 */
import { Loader, useComputedColorScheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { MapController } from './controllers/map';
import type { GraphStats } from './controllers/stats';
import { ZoomControls } from './MapControls';
import { SigmaMap } from './SigmaMap';
import { useStore } from './useStore';

interface Props {
  map: MapController;
  /** The screen's read of `map.stats` (read once: each reader follows the graph's events). */
  stats: Pick<GraphStats, 'visibleNodes' | 'visibleEdges'>;
  /** The id of the keyboard help text (unique on the page). */
  keysId: string;
  loading: boolean;
  children?: ReactNode;
}

export function MapStage({ map, stats, keysId, loading, children }: Props) {
  const t = useT();
  const scheme = useComputedColorScheme('light');
  const renderer = useStore(map.renderer);
  return (
    <div className="rs-graph-stage">
      <SigmaMap map={map} scheme={scheme} label={t('graph.canvas.label', { nodes: stats.visibleNodes, edges: stats.visibleEdges })} describedBy={keysId} />
      <p id={keysId} className="rs-visually-hidden">
        {t('graph.canvas.keys')}
      </p>
      <ZoomControls camera={map.camera} ready={renderer !== null} />
      {loading && <Loader className="rs-graph-loader" aria-label={t('graph.loading')} />}
      {children}
    </div>
  );
}
