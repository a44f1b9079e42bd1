/**
 * The colour legend with counts per focus category (test id `graph-legend`); each entry is a toggle
 * button (`legend-<focus>`) that hides or shows its category on the map.
 */
import { Button, Group, Text, Title, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { focusRule } from '../../../src-shared/focus';
import { useI18n } from '../i18n';
import type { LegendEntry } from './focusColors';

interface GraphLegendProps {
  entries: readonly LegendEntry[];
  onToggle(focus: string): void;
  onShowAll(): void;
}

export function GraphLegend({ entries, onToggle, onShowAll }: GraphLegendProps) {
  const { t, lang } = useI18n();
  const anyHidden = entries.some((e) => e.hidden);
  const number = (n: number) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <section className="rs-graph-panel-section" aria-labelledby="graph-legend-title" data-testid="graph-legend">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Title order={2} id="graph-legend-title" className="rs-graph-panel-title">
          {t('graph.legend.title')}
        </Title>
        {anyHidden && (
          <Button size="compact-xs" variant="subtle" onClick={onShowAll} data-testid="legend-show-all">
            {t('graph.legend.showAll')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" id="graph-legend-hint">
        {t('graph.legend.hint')}
      </Text>
      <ul className="rs-graph-legend">
        {entries.map((entry) => (
          <li key={entry.focus}>
            <UnstyledButton
              className="rs-graph-legend-entry"
              data-hidden={entry.hidden || undefined}
              aria-pressed={!entry.hidden}
              aria-describedby="graph-legend-hint"
              onClick={() => onToggle(entry.focus)}
              data-testid={`legend-${entry.focus}`}
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
        <summary>{t('graph.legend.rule')}</summary>
        <Text size="xs" mt={4}>
          {focusRule(lang)}
        </Text>
      </details>
    </section>
  );
}
