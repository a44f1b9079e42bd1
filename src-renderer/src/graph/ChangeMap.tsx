/**
 * The Ecosysteemkaart coloured by change between two scans (the Ontwikkeling screen): the same map
 * controller, canvas, zoom and legend as the Ecosysteemkaart, over both scans' initiatives under the
 * filter, narrowed and coloured by src-shared/change-map.ts — new, grown, continued, shrunk, back,
 * and the earlier scan's stopped and absent initiatives as translucent ghosts. A click on an
 * initiative opens its details, as on the Ecosysteemkaart.
 */
import { Group, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { changeMapModel, type ChangeMapProps } from '../../../src-shared/change-map';
import { useI18n } from '../i18n';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { MapController } from './controllers/map';
import { GraphLegend } from './GraphLegend';
import { legendNames } from './legendNames';
import { MapStage } from './MapStage';
import { useGraphModel, type GraphArgs } from './useGraphModel';
import { useMapScreen } from './useMapScreen';
import { useStore } from './useStore';

export function ChangeMap({ from, to, filter, report }: ChangeMapProps) {
  const { t, lang } = useI18n();
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
  const { drawer } = useMapScreen(map);

  return (
    <div className="rs-graph-body rs-change-map" data-testid="change-map">
      <div className="rs-graph-main">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" role="status" data-testid="change-map-count">
            {t('graph.count', { nodes: stats.visibleNodes, edges: stats.visibleEdges })}
          </Text>
        </Group>
        <MapStage map={map} stats={stats} keysId="change-map-keys" loading={loading && !model} />
      </div>
      <aside className="rs-graph-panel" aria-label={t('graph.colour.change')}>
        <GraphLegend mode="change" modes={['change']} onMode={() => undefined} entries={colouring.entries} onToggle={(key) => map.appearance.toggle(key)} onShowAll={() => map.appearance.showAll()} />
      </aside>
      <DetailDrawer {...drawer} />
    </div>
  );
}
