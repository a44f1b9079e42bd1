/**
 * The Ecosysteemkaart: the model main builds for the active filter and options goes into the map's
 * controller (controllers/map.ts), which holds the graph, its renderer, selection, camera, layout and
 * appearance; this screen only renders what the controller holds — legend, options, counts, search,
 * the canvas — and calls its methods, with the detail drawer for a clicked initiative.
 */
import { Group, Text, useComputedColorScheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { MAX_TOP_PER_NODE } from '../../../src-shared/graph-rules';
import { fetchApi } from '../api/query';
import { codeLabel, useI18n } from '../i18n';
import { useAppState } from '../state/AppStateProvider';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { rememberMapColour } from '../state/slideView';
import { DetailDrawer } from '../ui/detail/DetailDrawer';
import { ErrorAlert } from '../ui/ErrorAlert';
import { NoMatches } from '../ui/NoMatches';
import { ScreenHeading } from '../ui/ScreenHeading';
import { MapController } from './controllers/map';
import { focusName } from './focusColors';
import { GraphControls, INITIAL_GRAPH_OPTIONS, type GraphOptions } from './GraphControls';
import { GraphExportMenu } from './GraphExportMenu';
import { GraphLegend } from './GraphLegend';
import { GraphNeighbours } from './GraphNeighbours';
import { clusterName, legendNames } from './legendNames';
import { GraphSearch, LayoutToggle } from './MapControls';
import { MapStage } from './MapStage';
import { useFigure } from './useFigure';
import { type GraphArgs, useGraphModel } from './useGraphModel';
import { useMapScreen } from './useMapScreen';
import { useStore } from './useStore';

/** What main is asked for: which lines, with which role and lens (the rest of GraphOptions is the controller's). */
type RequestOptions = Pick<GraphOptions, 'generic' | 'providers' | 'role' | 'learn'>;

export function GraphView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const scheme = useComputedColorScheme('light');
  const sessionLoaded = useAppState().session !== null;
  // "Toon op kaart" from a detail panel (`#/ecosysteemkaart?initiatief=12`) starts with that initiative selected.
  const [map] = useState(() => {
    const created = new MapController({ selected: new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('initiatief') });
    created.appearance.setNames(legendNames(t, lang));
    return created;
  });
  const [request, setRequest] = useState<RequestOptions>(INITIAL_GRAPH_OPTIONS);
  // The weight main filters on follows the slider when it is let go; the slider itself hides at once.
  const [requestedWeight, setRequestedWeight] = useState(1);
  // Main sends each initiative's 10 strongest lines with their rank, and the slider picks among them
  // at once; only "all" needs every line from main.
  const [requestedAll, setRequestedAll] = useState(INITIAL_GRAPH_OPTIONS.topPerNode === null);

  const appearance = useStore(map.appearance.state);
  const colouring = useStore(map.appearance.colouring);
  const stats = useStore(map.stats);
  const running = useStore(map.layout.running);
  const renderer = useStore(map.renderer);
  const selected = useStore(map.selection.selected);
  const options: GraphOptions = { ...request, sizeBy: appearance.sizeBy, minWeight: appearance.minWeight, topPerNode: appearance.topPerNode };

  const args = useMemo<GraphArgs>(
    () => ({
      filter,
      edges: ['sector', ...(request.generic !== 'off' ? (['generic'] as const) : []), ...(request.providers ? (['providers'] as const) : []), ...(request.learn ? (['learn'] as const) : [])],
      ...(request.learn ? { learnLens: request.learn } : {}),
      ...(request.providers && request.role ? { role: request.role } : {}),
      minWeight: requestedWeight,
      neighbourCap: requestedAll ? null : MAX_TOP_PER_NODE,
      ...(request.generic === 'on' ? { forceGeneric: true } : {}),
    }),
    [filter, request, requestedWeight, requestedAll],
  );
  const { model, loading, error } = useGraphModel(args);

  // Each new model (never a stale one) goes into the map.
  useEffect(() => {
    if (model && !loading) void map.showModel(model, filter.scans);
  }, [map, model, loading, filter.scans]);
  useEffect(() => map.setSessionReady(sessionLoaded), [map, sessionLoaded]);
  // "Als dia" remembers the colour mode on view.
  // (The change colouring belongs to the Ontwikkeling screen's map, never this one's.)
  useEffect(() => rememberMapColour(appearance.colourBy === 'change' ? 'focus' : appearance.colourBy), [appearance.colourBy]);
  const { drawer, show } = useMapScreen(map);

  const figure = useFigure(stats, colouring, model, appearance.topPerNode);
  const gexf = useMemo(
    () => ({
      names: {
        focus: (focus: string) => focusName(focus, lang),
        type: (code: string) => (code === 'none' ? t('graph.colour.noType') : codeLabel('type', code, lang)),
        cluster: (id: number) => clusterName(id, stats.clusters, t, lang),
      },
      codes: async () => {
        const full = await fetchApi('graph.build', { ...args, attributes: true });
        return new Map(full.nodes.map((n) => [String(n.id), n.codes ?? {}]));
      },
    }),
    [args, stats.clusters, lang, t],
  );
  const current = selected && stats.entries.some((e) => e.value === selected) ? selected : null;

  const openInitiative = (key: string) => {
    map.selection.select(key);
    show({ kind: 'initiative', id: Number(key) });
  };
  const changeOptions = (patch: Partial<GraphOptions>) => {
    const { sizeBy, minWeight, topPerNode, ...asked } = patch;
    if (sizeBy !== undefined) map.appearance.setSizeBy(sizeBy);
    if (minWeight !== undefined || topPerNode !== undefined) map.setRule({ ...(minWeight !== undefined ? { minWeight } : {}), ...(topPerNode !== undefined ? { topPerNode } : {}) });
    if (Object.keys(asked).length > 0) setRequest((r) => ({ ...r, ...asked }));
  };

  const empty = model !== null && model.nodes.length === 0;
  const genericShown = options.generic === 'on' || (options.generic === 'auto' && !model?.genericSuppressed);
  const countText =
    stats.visibleNodes === stats.nodes
      ? t('graph.count', { nodes: stats.nodes, edges: stats.visibleEdges })
      : t('graph.countPartial', { visible: stats.visibleNodes, nodes: stats.nodes, edges: stats.visibleEdges });

  return (
    <section data-testid="screen-ecosysteemkaart" aria-labelledby="screen-title-ecosysteemkaart" className="rs-graph-screen">
      <ScreenHeading route="ecosysteemkaart" lead={t('graph.lead')} />
      <ErrorAlert error={error} title={t('graph.error')} className="rs-graph-notice" data-testid="graph-error" />
      <div className="rs-graph-body">
        <div className="rs-graph-main">
          <Group justify="space-between" gap="sm" wrap="wrap" className="rs-graph-toolbar">
            <GraphSearch options={stats.entries} selected={current} onSelect={(key) => map.focus(key)} onDetails={openInitiative} />
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" role="status" className="rs-graph-count" data-testid="graph-node-count">
                {countText}
              </Text>
              <LayoutToggle running={running} disabled={stats.nodes < 2} onToggle={() => (running ? map.layout.stop() : map.layout.start())} />
              <GraphExportMenu graph={map.graph} renderer={renderer} figure={figure} gexf={gexf} disabled={stats.visibleNodes === 0} />
            </Group>
          </Group>
          <MapStage map={map} stats={stats} keysId="graph-canvas-keys" loading={loading && !model}>
            {empty && (
              <div className="rs-graph-empty">
                <NoMatches what="initiatives" order={2} />
              </div>
            )}
          </MapStage>
        </div>
        <aside className="rs-graph-panel" aria-label={t('graph.legend.title')}>
          <GraphLegend mode={appearance.colourBy} onMode={(mode) => map.appearance.setColourBy(mode)} entries={colouring.entries} onToggle={(key) => map.appearance.toggle(key)} onShowAll={() => map.appearance.showAll()} />
          <GraphControls
            options={options}
            onChange={changeOptions}
            onMinWeightEnd={setRequestedWeight}
            onTopPerNodeEnd={(top) => setRequestedAll(top === null)}
            lines={model ? { shown: stats.ruleEdges, total: model.candidateEdges } : null}
            genericShown={genericShown}
            genericSuppressed={Boolean(model?.genericSuppressed) && options.generic === 'auto'}
            maxWeight={stats.maxWeight}
            scheme={scheme}
          />
        </aside>
      </div>
      <DetailDrawer
        {...drawer}
        initiativeExtra={(id) => <GraphNeighbours key={`${id}:${stats.visibleEdges}`} graph={map.graph} node={String(id)} learnLens={options.learn} onOpen={(key) => drawer.onOpen({ kind: 'initiative', id: Number(key) })} />}
      />
    </section>
  );
}
