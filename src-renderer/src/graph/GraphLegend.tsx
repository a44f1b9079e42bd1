/**
 * The colour legend (test id `graph-legend`): what the colour shows (`graph-colour-by`), one entry
 * per colour with its number of initiatives, each a toggle button (`legend-<key>`) that hides or
 * shows its initiatives, and how the colour is decided.
 */
import { Button, Group, Select, Text, Title, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { focusRule } from '../../../src-shared/focus';
import { useI18n, type MessageKey } from '../i18n';
import { COLOUR_MODES, type ColourBy, type LegendEntry } from './colorBy';
import { locale } from '../i18n/format';

interface GraphLegendProps {
  mode: ColourBy;
  onMode(mode: ColourBy): void;
  entries: readonly LegendEntry[];
  onToggle(key: string): void;
  onShowAll(): void;
  /** The colour modes offered (default: the Ecosysteemkaart's); with one, no choice is shown. */
  modes?: readonly ColourBy[];
}

const RULES: Partial<Record<ColourBy, MessageKey>> = {
  type: 'graph.colour.rule.type',
  cluster: 'graph.colour.rule.cluster',
  activities: 'graph.colour.rule.activities',
  region: 'graph.colour.rule.categorical',
  scan: 'graph.colour.rule.categorical',
  change: 'graph.colour.rule.change',
};

export function GraphLegend({ mode, onMode, entries, onToggle, onShowAll, modes = COLOUR_MODES }: GraphLegendProps) {
  const { t, lang } = useI18n();
  const anyHidden = entries.some((e) => e.hidden);
  const number = (n: number) => n.toLocaleString(locale(lang));
  const rule = mode === 'focus' ? focusRule(lang) : t(RULES[mode]!);
  return (
    <section className="rs-graph-panel-section" aria-labelledby="graph-legend-title" data-testid="graph-legend">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Title order={2} id="graph-legend-title" className="rs-graph-panel-title">
          {t(`graph.colour.${mode}`)}
        </Title>
        {anyHidden && (
          <Button size="compact-xs" variant="subtle" onClick={onShowAll} data-testid="legend-show-all">
            {t('graph.legend.showAll')}
          </Button>
        )}
      </Group>
      {modes.length > 1 && (
      <Select
        size="xs"
        label={t('graph.colour.label')}
        value={mode}
        onChange={(value) => value && onMode(value as ColourBy)}
        data={modes.map((m) => ({ value: m, label: t(`graph.colour.${m}`) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="graph-colour-by"
        mb={6}
      />
      )}
      <Text size="xs" c="dimmed" id="graph-legend-hint">
        {t('graph.legend.hint')}
      </Text>
      <ul className="rs-graph-legend">
        {entries.map((entry) => (
          <li key={entry.key}>
            <UnstyledButton
              className="rs-graph-legend-entry"
              data-hidden={entry.hidden || undefined}
              aria-pressed={!entry.hidden}
              aria-describedby="graph-legend-hint"
              onClick={() => onToggle(entry.key)}
              data-testid={`legend-${entry.key}`}
            >
              <span className="rs-graph-swatch" style={{ '--swatch': entry.color } as CSSProperties} aria-hidden="true" />
              <span className="rs-graph-legend-label">{entry.label}</span>
              <span className="rs-visually-hidden">: </span>
              <span className="rs-graph-legend-count">
                {entry.hidden ? t('graph.legend.hidden') : number(entry.count)}
                <span className="rs-visually-hidden"> {t('graph.legend.initiatives')}</span>
              </span>
            </UnstyledButton>
          </li>
        ))}
      </ul>
      <details className="rs-graph-focus-rule" data-testid="graph-focus-rule">
        <summary>{mode === 'focus' ? t('graph.legend.rule') : t('graph.colour.ruleTitle')}</summary>
        <Text size="xs" mt={4}>
          {rule}
        </Text>
      </details>
    </section>
  );
}
