/**
 * Witte vlekken: pick rows, columns and an optional layer dimension (default sector ×
 * digitaliseringsvorm × knelpunt 0–10), toggle the generic values and knelpunt 11 Overig, and read
 * the matrix of one layer at a time; the layer selector says how many cells of each layer are empty.
 * A cell opens the Activiteiten list filtered to exactly its activities. "Alleen binnen beleidsdoelen"
 * lists only the combinations inside the region's goals instead, white spots first (goalCells.ts).
 */
import { Group, Loader, Select, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { DIMENSIONS, type DimensionKey } from '../../../src-shared/codebook';
import { XlsxExportButton } from '../ui/XlsxExportButton';
import { useToast } from '../ui/Toast';
import { useApiQuery } from '../api/query';
import { formatCount, useI18n } from '../i18n';
import { refineFilter } from '../state/refine';
import { useAppActions } from '../state/AppStateProvider';
import { useFilter, useFilterShortcuts } from '../state/FilterProvider';
import { layerStats, valueWords } from './matrix';
import { WhiteSpotsMatrix } from './WhiteSpotsMatrix';
import { GoalCombinations } from './GoalCombinations';
import { goalCombinations } from './goalCells';
import { ScreenHeading } from '../ui/ScreenHeading';
import { ErrorAlert } from '../ui/ErrorAlert';

const AXES = DIMENSIONS.filter((d) => d.key !== 'organisation').map((d) => d.key);
const NONE = 'none';

export function WhiteSpotsView() {
  const { t, lang } = useI18n();
  const { filter, dispatch } = useFilter();
  useFilterShortcuts();
  const { navigate } = useAppActions();
  const notify = useToast();
  const [rows, setRows] = useState<DimensionKey>('sector');
  const [cols, setCols] = useState<DimensionKey>('form');
  const [layers, setLayers] = useState<DimensionKey | null>('bottleneck');
  const [includeGeneric, setIncludeGeneric] = useState(true);
  const [includeOther, setIncludeOther] = useState(false);
  const [layer, setLayer] = useState(0);
  const [goalsOnly, setGoalsOnly] = useState(false);

  const args = useMemo(() => ({ filter, rows, cols, layers, includeGeneric, includeOther, language: lang }), [filter, rows, cols, layers, includeGeneric, includeOther, lang]);
  const { value: result, error, loading } = useApiQuery('whitespots.build', args);
  const stats = useMemo(() => (result ? layerStats(result) : []), [result]);
  const current = Math.min(layer, Math.max(0, stats.length - 1));
  const max = Math.max(0, ...stats.map((s) => s.max));
  const goals = useApiQuery('goals.list', goalsOnly ? {} : null);
  const inGoals = useMemo(() => (goalsOnly && result && goals.value ? goalCombinations(result, goals.value) : null), [goalsOnly, result, goals.value]);

  const options = (except: (DimensionKey | null)[]) => AXES.filter((k) => !except.includes(k)).map((k) => ({ value: k, label: DIMENSIONS.find((d) => d.key === k)![lang] }));
  const open = (row: number, col: number, inLayer = current) => {
    if (!result) return;
    const picks = [
      { dimension: rows, value: result.rows.values[row]!.value },
      { dimension: cols, value: result.cols.values[col]!.value },
      ...(result.layers && layers ? [{ dimension: layers, value: result.layers.values[inLayer]!.value }] : []),
    ];
    const next = refineFilter(filter, picks);
    if (!next.exact) {
      const loose = picks.filter((p) => filter.conditions.some((c) => c.dimension === p.dimension)).map((p) => DIMENSIONS.find((d) => d.key === p.dimension)![lang].toLowerCase());
      notify(t('whitespots.inexact', { dimension: loose.join(', ') }), 'error');
      return;
    }
    dispatch({ type: 'replace', filter: next.filter });
    navigate('activiteiten');
  };
  const usesBottleneck = rows === 'bottleneck' || cols === 'bottleneck' || layers === 'bottleneck';

  return (
    <section data-testid="screen-witte-vlekken" aria-labelledby="screen-title-witte-vlekken" className="rs-ws-screen">
      <ScreenHeading route="witte-vlekken" lead={t('whitespots.lead')} />
      <Group gap="sm" align="flex-end" wrap="wrap" className="rs-ws-controls">
        <Select label={t('whitespots.rows')} data={options([cols, layers])} value={rows} onChange={(v) => v && setRows(v as DimensionKey)} allowDeselect={false} w={190} data-testid="ws-rows" comboboxProps={{ withinPortal: false }} />
        <Select label={t('whitespots.cols')} data={options([rows, layers])} value={cols} onChange={(v) => v && setCols(v as DimensionKey)} allowDeselect={false} w={190} data-testid="ws-cols" comboboxProps={{ withinPortal: false }} />
        <Select
          label={t('whitespots.layers')}
          data={[{ value: NONE, label: t('whitespots.noLayers') }, ...options([rows, cols])]}
          value={layers ?? NONE}
          onChange={(v) => {
            setLayers(!v || v === NONE ? null : (v as DimensionKey));
            setLayer(0);
          }}
          allowDeselect={false}
          w={190}
          data-testid="ws-layers"
          comboboxProps={{ withinPortal: false }}
        />
        <Switch label={t('whitespots.generic')} checked={includeGeneric} onChange={(e) => setIncludeGeneric(e.currentTarget.checked)} data-testid="ws-generic" />
        <Switch label={t('whitespots.other')} checked={includeOther} disabled={!usesBottleneck} onChange={(e) => setIncludeOther(e.currentTarget.checked)} data-testid="ws-other" />
        <Switch label={t('whitespots.goalsOnly')} checked={goalsOnly} onChange={(e) => setGoalsOnly(e.currentTarget.checked)} data-testid="ws-goals-only" />
        <XlsxExportButton channel="export.whitespots" args={args} label={t('whitespots.export')} testId="ws-export" />
        {loading && <Loader size="sm" aria-label={t('whitespots.loading')} />}
      </Group>
      <ErrorAlert error={error} title={t('whitespots.error')} />
      {result && inGoals && <GoalCombinations result={result} cells={inGoals.cells} goals={inGoals.goals} onOpen={(l, r, c) => open(r, c, l)} />}
      {result && !goalsOnly && (
        <>
          <Text fw={600} data-testid="ws-summary">
            {t('whitespots.summary', { combinations: result.combinations, empty: formatCount(result.empty, lang), total: result.total })}
          </Text>
          {result.layers && (
            <Select
              label={`${t('whitespots.layer')}: ${result.layers.label}`}
              data={result.layers.values.map((v, i) => ({ value: String(i), label: t('whitespots.layerOption', { label: valueWords(v), empty: stats[i]!.empty, cells: stats[i]!.cells }) }))}
              value={String(current)}
              onChange={(v) => v !== null && setLayer(Number(v))}
              allowDeselect={false}
              maw={560}
              data-testid="ws-layer"
              comboboxProps={{ withinPortal: false }}
            />
          )}
          <Group gap="lg" wrap="wrap" className="rs-ws-legend" data-testid="ws-legend">
            <span className="rs-ws-legend-item">
              <span className="rs-ws-swatch rs-ws-l0" aria-hidden="true">
                –
              </span>
              {t('whitespots.legend.empty')}
            </span>
            <span className="rs-ws-legend-item">
              {[1, 2, 3, 4, 5].map((l) => (
                <span key={l} className={`rs-ws-swatch rs-ws-l${l}`} aria-hidden="true" />
              ))}
              {t('whitespots.legend.scale', { max })}
            </span>
            <Text size="xs" c="dimmed">
              {t('whitespots.legend.counting')}
            </Text>
          </Group>
          {result.layers && stats[current] && (
            <Text size="sm" c="dimmed">
              {t('whitespots.layerSummary', { empty: stats[current].empty, cells: stats[current].cells })}
            </Text>
          )}
          <WhiteSpotsMatrix result={result} layer={current} max={max} onOpen={open} />
        </>
      )}
    </section>
  );
}
