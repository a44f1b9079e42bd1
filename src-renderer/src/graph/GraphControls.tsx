/**
 * The side panel's options: how many lines each initiative keeps (the rule in words, with how many
 * lines that shows), which connections (sector lines always; generic target group and shared
 * providers as switches, with a role), the minimum weight, and what a node's size shows.
 */
import { SegmentedControl, Select, Slider, Stack, Switch, Text, Title } from '@mantine/core';
import type { ArgsOf } from '../../../src-shared/contract';
import type { EdgeType } from '../../../src-shared/model';
import { DEFAULT_TOP_PER_NODE, MAX_TOP_PER_NODE } from '../../../src-shared/graph-rules';
import { PAIRING_LENSES, type PairingLens } from '../../../src-shared/pairing';
import { codeLabel, useI18n, type MessageKey } from '../i18n';
import { EDGE_LEGEND_COLORS, edgeSize, type Scheme, type SizeBy } from './styles';
import { locale } from '../i18n/format';

export type ProviderRole = NonNullable<ArgsOf<'graph.build'>['role']>;
export const PROVIDER_ROLES: readonly ProviderRole[] = ['initiatiefnemer', 'financier', 'uitvoerder', 'contact'];

export interface GraphOptions {
  sizeBy: SizeBy;
  /** 'auto': main decides (off above 150 nodes). */
  generic: 'auto' | 'on' | 'off';
  providers: boolean;
  role: ProviderRole | null;
  minWeight: number;
  /** Leer van elkaar's best pairs as a layer of lines, under this lens (null: off). */
  learn: PairingLens | null;
  /** Lines each initiative keeps per kind, its strongest (null: all). */
  topPerNode: number | null;
}

export const INITIAL_GRAPH_OPTIONS: GraphOptions = { sizeBy: 'activities', generic: 'auto', providers: false, role: null, minWeight: 1, learn: null, topPerNode: DEFAULT_TOP_PER_NODE };

interface GraphControlsProps {
  options: GraphOptions;
  onChange(patch: Partial<GraphOptions>): void;
  /** The slider was let go: main may now filter on this weight. */
  onMinWeightEnd(weight: number): void;
  /** The lines slider was let go: main may now keep this many lines per initiative. */
  onTopPerNodeEnd(top: number | null): void;
  /** Lines main kept, and all lines before the per-initiative limit (null while loading). */
  lines: { shown: number; total: number } | null;
  genericShown: boolean;
  genericSuppressed: boolean;
  maxWeight: number;
  scheme: Scheme;
}

const EDGE_TEXT: Readonly<Record<EdgeType, MessageKey>> = { sector: 'graph.edges.sector', generic: 'graph.edges.generic', providers: 'graph.edges.providers', learn: 'graph.edges.learn' };

/** Slider marks 1…max, labelled sparsely when there are many. */
function weightMarks(max: number): { value: number; label?: string }[] {
  const every = max <= 8 ? 1 : Math.ceil(max / 6);
  return Array.from({ length: max }, (_, i) => i + 1).map((value) => (value === 1 || value === max || value % every === 0 ? { value, label: String(value) } : { value }));
}

function EdgeSample({ kind, scheme }: { kind: EdgeType; scheme: Scheme }) {
  const color = EDGE_LEGEND_COLORS[scheme][kind];
  return (
    <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" className="rs-graph-edge-sample">
      {kind === 'generic' ? (
        <line x1="2" y1="7" x2="34" y2="7" stroke={color} strokeWidth={1.2} />
      ) : (
        <>
          <line x1="2" y1="4" x2="34" y2="4" stroke={color} strokeWidth={edgeSize(kind, 1)} />
          <line x1="2" y1="10" x2="34" y2="10" stroke={color} strokeWidth={edgeSize(kind, 3)} />
        </>
      )}
    </svg>
  );
}

/** The lines slider runs 1…MAX_TOP_PER_NODE, and one step further for "all". */
const ALL = MAX_TOP_PER_NODE + 1;
const topMarks = [1, 3, 5, MAX_TOP_PER_NODE, ALL].map((value) => ({ value, label: value === ALL ? '∞' : String(value) }));

function LinesControl({ options, onChange, onTopPerNodeEnd, lines }: Pick<GraphControlsProps, 'options' | 'onChange' | 'onTopPerNodeEnd' | 'lines'>) {
  const { t, lang } = useI18n();
  const number = (n: number) => n.toLocaleString(locale(lang));
  const top = options.topPerNode;
  const fromSlider = (value: number) => (value >= ALL ? null : value);
  return (
    <div data-testid="graph-lines">
      <Text size="sm" id="graph-top-per-node-label" mb={6}>
        {t('graph.lines.label', { n: top === null ? t('graph.lines.all') : top })}
      </Text>
      <Slider
        min={1}
        max={ALL}
        step={1}
        value={top ?? ALL}
        onChange={(value) => onChange({ topPerNode: fromSlider(value) })}
        onChangeEnd={(value) => onTopPerNodeEnd(fromSlider(value))}
        thumbLabel={t('graph.lines.thumb')}
        label={null}
        marks={topMarks}
        data-testid="graph-top-per-node"
        mb="lg"
      />
      {lines && (
        <Text size="xs" c="dimmed" data-testid="graph-lines-rule">
          {top === null ? t('graph.lines.ruleAll', { total: number(lines.total) }) : t('graph.lines.rule', { n: top, shown: number(lines.shown), total: number(lines.total) })}
        </Text>
      )}
    </div>
  );
}

export function GraphControls({ options, onChange, onMinWeightEnd, onTopPerNodeEnd, lines, genericShown, genericSuppressed, maxWeight, scheme }: GraphControlsProps) {
  const { t, lang } = useI18n();
  const kinds: EdgeType[] = ['sector', ...(genericShown ? (['generic'] as const) : []), ...(options.providers ? (['providers'] as const) : []), ...(options.learn ? (['learn'] as const) : [])];
  return (
    <>
      <section className="rs-graph-panel-section" aria-labelledby="graph-edges-title">
        <Title order={2} id="graph-edges-title" className="rs-graph-panel-title">
          {t('graph.edges.title')}
        </Title>
        <ul className="rs-graph-edge-legend">
          {kinds.map((kind) => (
            <li key={kind}>
              <EdgeSample kind={kind} scheme={scheme} />
              <Text size="xs" component="span">{t(EDGE_TEXT[kind])}</Text>
            </li>
          ))}
        </ul>
        <Stack gap="sm" mt="xs">
          <LinesControl options={options} onChange={onChange} onTopPerNodeEnd={onTopPerNodeEnd} lines={lines} />
          <div>
            <Switch
              label={t('graph.edges.genericSwitch')}
              checked={genericShown}
              onChange={(e) => onChange({ generic: e.currentTarget.checked ? 'on' : 'off' })}
              data-testid="graph-edges-generic"
            />
            {genericSuppressed && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('graph.edges.genericSuppressed')}
              </Text>
            )}
          </div>
          <Switch
            label={t('graph.edges.providersSwitch')}
            checked={options.providers}
            onChange={(e) => onChange({ providers: e.currentTarget.checked })}
            data-testid="graph-edges-providers"
          />
          <Select
            size="xs"
            label={t('graph.edges.role')}
            placeholder={t('graph.edges.anyRole')}
            disabled={!options.providers}
            clearable
            value={options.role}
            onChange={(value) => onChange({ role: (value as ProviderRole | null) ?? null })}
            data={PROVIDER_ROLES.map((role) => ({ value: role, label: codeLabel('role', role, lang) }))}
            comboboxProps={{ withinPortal: true }}
            data-testid="graph-role"
          />
          <Select
            size="xs"
            label={t('graph.edges.learnLayer')}
            value={options.learn ?? 'none'}
            onChange={(value) => onChange({ learn: value === 'A' || value === 'B' || value === 'C' ? value : null })}
            data={[{ value: 'none', label: t('graph.edges.learnNone') }, ...PAIRING_LENSES.map((lens) => ({ value: lens, label: t(`learn.lens.${lens}`) }))]}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="graph-learn"
          />
          <div>
            <Text size="sm" id="graph-min-weight-label" mb={6}>
              {t('graph.edges.minWeight', { n: options.minWeight })}
            </Text>
            <Slider
              min={1}
              max={Math.max(maxWeight, 2)}
              step={1}
              value={Math.min(options.minWeight, Math.max(maxWeight, 2))}
              onChange={(value) => onChange({ minWeight: value })}
              onChangeEnd={onMinWeightEnd}
              thumbLabel={t('graph.edges.minWeightThumb')}
              label={null}
              marks={weightMarks(Math.max(maxWeight, 2))}
              data-testid="graph-min-weight"
              mb="md"
            />
          </div>
        </Stack>
      </section>
      <section className="rs-graph-panel-section" aria-labelledby="graph-size-title">
        <Title order={2} id="graph-size-title" className="rs-graph-panel-title">
          {t('graph.size.label')}
        </Title>
        <SegmentedControl<SizeBy>
          size="xs"
          fullWidth
          value={options.sizeBy}
          onChange={(sizeBy) => onChange({ sizeBy })}
          data={[
            { value: 'activities', label: t('graph.size.activities') },
            { value: 'reach', label: t('graph.size.reach') },
          ]}
          aria-label={t('graph.size.label')}
          data-testid="graph-size-by"
        />
        {options.sizeBy === 'reach' && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('graph.size.reachNote')}
          </Text>
        )}
      </section>
    </>
  );
}
