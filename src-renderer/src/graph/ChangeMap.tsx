/**
 * The Ecosysteemkaart coloured by change between two scans (the Ontwikkeling screen): the same map
 * controller, canvas, zoom and legend as the Ecosysteemkaart, over both scans' initiatives under the
 * filter, narrowed and coloured by src-shared/change-map.ts — new, grown, continued, shrunk, back,
 * and the earlier scan's stopped and absent initiatives as translucent ghosts. A click on an
 * initiative opens its details, as on the Ecosysteemkaart.
 */
import { Group, Loader, Text, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { changeMapModel, type ChangeMapProps } from '../../../src-shared/change-map';
import { useI18n } from '../i18n';
import { DetailDrawer, type DetailTarget } from '../ui/detail/DetailDrawer';
import { MapController } from './controllers/map';
import { GraphLegend } from './GraphLegend';
import { legendNames } from './legendNames';
import { ZoomControls } from './MapControls';
import { SigmaMap } from './SigmaMap';
import { installGraphProbe } from './testHook';
import { useGraphModel, type GraphArgs } from './useGraphModel';
import { useStore } from './useStore';

export function ChangeMap({ from, to, filter, report }: ChangeMapProps) {
  const { t, lang } = useI18n();
  const scheme = useComputedColorScheme('light');
  const [map] = useState(() => {
    const created = new MapController();
    created.appearance.setNames(legendNames(t, lang));
    created.appearance.setColourBy('change');
    return created;
  });
  const args = useMemo<GraphArgs>(() => ({ filter: { ...filter, scans: [from, to] }, edges: ['sector'] }), [filter, from, to]);
  const { model, loading } = useGraphModel(args);
  const changed = useMemo(() => (model ? changeMapModel(model, report) : null), [model, report]);
  const colouring = useStore(map.appearance.colouring);
  const stats = useStore(map.stats);
  const renderer = useStore(map.renderer);
  const [stack, setStack] = useState<DetailTarget[]>([]);

  useEffect(() => {
    if (!changed || loading) return;
    let live = true;
    void map.showModel(changed.model, [from, to]).then(() => {
      if (live) map.appearance.setChanges(changed.kinds);
    });
    return () => {
      live = false;
    };
  }, [map, changed, loading, from, to]);
  useEffect(() => map.appearance.setNames(legendNames(t, lang)), [map, t, lang]);
  useEffect(() => map.on({ open: (key) => setStack([{ kind: 'initiative', id: Number(key) }]) }), [map]);
  useEffect(() => () => map.stop(), [map]);
  useEffect(() => (import.meta.env.REGIOSCAN_PROBES ? installGraphProbe(map) : undefined), [map]);

  return (
    <div className="rs-graph-body rs-change-map" data-testid="change-map">
      <div className="rs-graph-main">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" role="status" data-testid="change-map-count">
            {t('graph.count', { nodes: stats.visibleNodes, edges: stats.visibleEdges })}
          </Text>
        </Group>
        <div className="rs-graph-stage">
          <SigmaMap map={map} scheme={scheme} label={t('graph.canvas.label', { nodes: stats.visibleNodes, edges: stats.visibleEdges })} describedBy="change-map-keys" />
          <p id="change-map-keys" className="rs-visually-hidden">
            {t('graph.canvas.keys')}
          </p>
          <ZoomControls camera={map.camera} ready={renderer !== null} />
          {loading && !model && <Loader className="rs-graph-loader" aria-label={t('graph.loading')} />}
        </div>
      </div>
      <aside className="rs-graph-panel" aria-label={t('graph.colour.change')}>
        <GraphLegend mode="change" modes={['change']} onMode={() => undefined} entries={colouring.entries} onToggle={(key) => map.appearance.toggle(key)} onShowAll={() => map.appearance.showAll()} />
      </aside>
      <DetailDrawer stack={stack} onOpen={(target) => setStack((s) => [...s, target])} onBack={() => setStack((s) => s.slice(0, -1))} onClose={() => setStack([])} />
    </div>
  );
}
