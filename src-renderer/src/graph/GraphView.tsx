/**
 * The Ecosysteemkaart: one graphology graph kept for the life of the screen, merged with each model
 * main builds for the active filter and options, drawn by sigma, laid out by ForceAtlas2, with the
 * legend and options beside it and the detail drawer for a clicked initiative.
 */
import { Alert, Group, Loader, Text, useComputedColorScheme } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DetailDrawer, type DetailTarget } from '../ui/detail/DetailDrawer';
import { NoMatches } from '../ui/NoMatches';
import { MAX_TOP_PER_NODE } from '../../../src-shared/graph-rules';
import { api } from '../api/client';
import { codeLabel, useI18n } from '../i18n';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { useRememberedMapView } from './mapView';
import type { ColourBy } from './colorBy';
import { focusName } from './focusColors';
import { GraphControls, INITIAL_GRAPH_OPTIONS, type GraphOptions } from './GraphControls';
import { GraphExportMenu } from './GraphExportMenu';
import { GraphLegend } from './GraphLegend';
import { GraphNeighbours } from './GraphNeighbours';
import { useGraphStats } from './graphStats';
import { applyLineRule, applyShowOptions, assignClusters, createMapGraph, currentPlaces, lineSignature, syncGraph } from './graphSync';
import { GraphSearch, LayoutToggle, ZoomControls } from './MapControls';
import { savePlaces, useStoredPlaces } from './places';
import type { MapRenderer } from './renderer';
import { SigmaMap } from './SigmaMap';
import { useGraphProbe } from './testHook';
import { clusterName, useColouring } from './useColouring';
import { useFigure } from './useFigure';
import { type GraphArgs, useGraphModel } from './useGraphModel';
import { autoDuration, useLayout } from './useLayout';
import { ScreenHeading } from '../ui/ScreenHeading';

export function GraphView() {
  const { t, lang } = useI18n();
  const { filter } = useFilter();
  useFilterShortcuts();
  const scheme = useComputedColorScheme('light');
  const [graph] = useState(createMapGraph);
  const [renderer, setRenderer] = useState<MapRenderer | null>(null);
  const [options, setOptions] = useState<GraphOptions>(INITIAL_GRAPH_OPTIONS);
  // The weight main filters on follows the slider when it is let go; the slider itself hides at once.
  const [requestedWeight, setRequestedWeight] = useState(1);
  // Main sends each initiative's 10 strongest lines with their rank, and the slider picks among them
  // at once; only "all" needs every line from main.
  const [requestedAll, setRequestedAll] = useState(INITIAL_GRAPH_OPTIONS.topPerNode === null);
  const [colourBy, setColourBy] = useState<ColourBy>('focus');
  // Legend entries switched off, for the current colour mode.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  // "Toon op kaart" from a detail panel (`#/ecosysteemkaart?initiatief=12`) starts with that initiative selected.
  const [selected, setSelected] = useState<string | null>(() => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('initiatief'));
  const [stack, setStack] = useState<DetailTarget[]>([]);

  const args = useMemo<GraphArgs>(
    () => ({
      filter,
      edges: ['sector', ...(options.generic !== 'off' ? (['generic'] as const) : []), ...(options.providers ? (['providers'] as const) : []), ...(options.learn ? (['learn'] as const) : [])],
      ...(options.learn ? { learnLens: options.learn } : {}),
      ...(options.providers && options.role ? { role: options.role } : {}),
      minWeight: requestedWeight,
      neighbourCap: requestedAll ? null : MAX_TOP_PER_NODE,
      ...(options.generic === 'on' ? { forceGeneric: true } : {}),
    }),
    [filter, options.generic, options.providers, options.role, options.learn, requestedWeight, requestedAll],
  );
  const { model, loading, error } = useGraphModel(args);
  const scans = useMemo(() => [...filter.scans].sort((a, b) => a - b), [filter.scans]);
  const stored = useStoredPlaces(scans);
  const stats = useGraphStats(graph);
  useRememberedMapView(renderer, stored?.key ?? null);

  const unitsPerPixel = useCallback(() => {
    if (!renderer || graph.order < 2) return 1;
    const xs = graph.mapNodes((_, a) => a.x);
    const ys = graph.mapNodes((_, a) => a.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
    const { width, height } = renderer.getDimensions();
    return span / Math.max(Math.min(width, height) - 2 * renderer.getStagePadding(), 50);
  }, [graph, renderer]);
  const viewport = useCallback(() => {
    if (!renderer) return null;
    const { width, height } = renderer.getDimensions();
    return { width, height, padding: renderer.getStagePadding() };
  }, [renderer]);
  const save = useCallback(() => {
    if (!stored) return;
    for (const [key, place] of currentPlaces(graph)) stored.places.set(key, place);
    savePlaces(stored);
  }, [graph, stored]);
  const layout = useLayout(graph, unitsPerPixel, viewport, save);
  const { start: startLayout } = layout;

  const clusters = stats.clusters;
  const colouring = useColouring(colourBy, stats.colourables, hidden, clusters);
  const show = useMemo(() => ({ sizeBy: options.sizeBy, colouring, hidden }), [options.sizeBy, colouring, hidden]);
  const showRef = useRef(show);
  const rule = useMemo(() => ({ topPerNode: options.topPerNode, minWeight: options.minWeight }), [options.topPerNode, options.minWeight]);
  const ruleRef = useRef(rule);
  const syncedScans = useRef<string | null>(null);
  const shownLines = useRef('');
  /** Applies the line rule and what follows from it (clusters, colours); true when other lines are shown than before. */
  const showLines = useCallback(() => {
    applyLineRule(graph, ruleRef.current);
    assignClusters(graph);
    applyShowOptions(graph, showRef.current);
    const lines = lineSignature(graph);
    const changed = lines !== shownLines.current;
    shownLines.current = lines;
    return changed;
  }, [graph]);
  // Other lines are another structure: the whole map moves to it from where it is, in a short run.
  // It starts after the next frame, so the new lines are drawn first.
  const relayout = useCallback(() => {
    requestAnimationFrame(() => window.setTimeout(() => startLayout({ duration: Math.min(1500, autoDuration(graph.order)) }), 0));
  }, [graph, startLayout]);

  // Merge each new model into the one graph (never a stale one); lay out only what has no place yet.
  useEffect(() => {
    if (!model || !stored || loading) return;
    if (syncedScans.current !== stored.key) {
      // Another set of scans is another map, with its own stored places.
      graph.clear();
      syncedScans.current = stored.key;
    }
    const result = syncGraph(graph, model, stored.places);
    const linesChanged = showLines();
    if (result.unplaced.length === 0) {
      if (linesChanged && result.removed.length + result.added.length === 0) relayout();
      return;
    }
    const fresh = result.unplaced.length > graph.order / 2;
    startLayout(fresh ? {} : { only: new Set(result.unplaced), duration: 1500 });
  }, [model, stored, loading, graph, startLayout, showLines, relayout]);

  // The lines slider and the minimum weight pick among the lines at once, and the layout follows.
  useEffect(() => {
    ruleRef.current = rule;
    if (graph.order > 1 && showLines()) relayout();
  }, [graph, rule, showLines, relayout]);

  // Colour, legend and size only flip attributes.
  useEffect(() => {
    showRef.current = show;
    applyShowOptions(graph, show);
  }, [graph, show]);

  useGraphProbe(graph, renderer, layout);
  const figure = useFigure(stats, colouring, model, options.topPerNode);
  const gexf = useMemo(
    () => ({
      names: {
        focus: (focus: string) => focusName(focus, lang),
        type: (code: string) => (code === 'none' ? t('graph.colour.noType') : codeLabel('type', code, lang)),
        cluster: (id: number) => clusterName(id, clusters, t, lang),
      },
      codes: async () => {
        const full = await api.invoke('graph.build', { ...args, attributes: true });
        return new Map(full.nodes.map((n) => [String(n.id), n.codes ?? {}]));
      },
    }),
    [args, clusters, lang, t],
  );
  const current = selected && stats.entries.some((e) => e.value === selected) ? selected : null;

  const select = (key: string | null) => {
    setSelected(key);
    if (!key || !renderer) return;
    const data = renderer.getNodeDisplayData(key);
    if (data) void renderer.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(renderer.getCamera().ratio, 0.4) }, { duration: 500 });
  };
  const openInitiative = (key: string) => {
    setSelected(key);
    setStack([{ kind: 'initiative', id: Number(key) }]);
  };
  const toggleEntry = (key: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const changeColour = (mode: ColourBy) => {
    setColourBy(mode);
    setHidden(new Set());
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
      {error && (
        <Alert variant="light" color="red" title={t('graph.error')} className="rs-graph-notice" data-testid="graph-error">
          {error[lang]}
        </Alert>
      )}
      <div className="rs-graph-body">
        <div className="rs-graph-main">
          <Group justify="space-between" gap="sm" wrap="wrap" className="rs-graph-toolbar">
            <GraphSearch options={stats.entries} selected={current} onSelect={select} onDetails={openInitiative} />
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" role="status" className="rs-graph-count" data-testid="graph-node-count">
                {countText}
              </Text>
              <LayoutToggle running={layout.running} disabled={stats.nodes < 2} onToggle={() => (layout.running ? layout.stop() : layout.start())} />
              <GraphExportMenu graph={graph} renderer={renderer} figure={figure} gexf={gexf} disabled={stats.visibleNodes === 0} />
            </Group>
          </Group>
          <div className="rs-graph-stage">
            <SigmaMap
              graph={graph}
              scheme={scheme}
              label={t('graph.canvas.label', { nodes: stats.visibleNodes, edges: stats.visibleEdges })}
              describedBy="graph-canvas-keys"
              selected={current}
              onNodeClick={openInitiative}
              onNodeMoved={save}
              onStageClick={() => setSelected(null)}
              onReady={setRenderer}
            />
            <p id="graph-canvas-keys" className="rs-visually-hidden">
              {t('graph.canvas.keys')}
            </p>
            <ZoomControls renderer={renderer} />
            {(loading || !stored) && !model && <Loader className="rs-graph-loader" aria-label={t('graph.loading')} />}
            {empty && (
              <div className="rs-graph-empty">
                <NoMatches what="initiatives" order={2} />
              </div>
            )}
          </div>
        </div>
        <aside className="rs-graph-panel" aria-label={t('graph.legend.title')}>
          <GraphLegend mode={colourBy} onMode={changeColour} entries={colouring.entries} onToggle={toggleEntry} onShowAll={() => setHidden(new Set())} />
          <GraphControls
            options={options}
            onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
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
        stack={stack}
        onOpen={(target) => setStack((s) => [...s, target])}
        onBack={() => setStack((s) => s.slice(0, -1))}
        onClose={() => setStack([])}
        initiativeExtra={(id) => <GraphNeighbours key={`${id}:${stats.visibleEdges}`} graph={graph} node={String(id)} learnLens={options.learn} onOpen={(key) => setStack((s) => [...s, { kind: 'initiative', id: Number(key) }])} />}
      />
    </section>
  );
}
