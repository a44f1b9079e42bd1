/**
 * A collapsible filter section for one dimension: how its values combine ("één van" / "alle" /
 * "geen van"), knelpunt group shortcuts, the sub-region switch for geography, and the values.
 */
import { Accordion, Badge, Button, Group, SegmentedControl, Switch } from '@mantine/core';
import { useMemo } from 'react';
import { dimension, type DimensionKey } from '../../../src-shared/codebook';
import { valueKey, type ConditionMode } from '../../../src-shared/filter';
import type { FacetCount } from '../../../src-shared/model';
import { codebookLabel, dimensionLabel, useI18n } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import { allowsAll, conditionOf } from '../state/filters';
import { BOTTLENECK_GROUPS, bottleneckCodes, facetEntries, type BottleneckGroup } from './facets';
import { FacetList } from './FacetList';

function GroupShortcuts({ selected, onSelect }: { selected: ReadonlySet<string>; onSelect(group: BottleneckGroup, on: boolean): void }) {
  const { t, lang } = useI18n();
  const groups = dimension('bottleneck').groups ?? [];
  return (
    <Group gap={6} mb="xs" role="group" aria-label={t('explore.facet.groups')}>
      {BOTTLENECK_GROUPS.map((key) => {
        const codes = bottleneckCodes(key);
        const on = codes.every((c) => selected.has(c));
        const group = groups.find((g) => g.key === key);
        return (
          <Button
            key={key}
            size="compact-xs"
            variant={on ? 'filled' : 'default'}
            aria-pressed={on}
            onClick={() => onSelect(key, !on)}
            data-testid={`knelpunt-group-${key}`}
            title={t('explore.facet.groupHint', { codes: `${codes[0]}–${codes[codes.length - 1]}` })}
          >
            {group ? codebookLabel(group, lang) : key} ({codes[0]}–{codes[codes.length - 1]})
          </Button>
        );
      })}
    </Group>
  );
}

export function FacetSection({ dim, counts }: { dim: DimensionKey; counts: readonly FacetCount[] }) {
  const { t, lang } = useI18n();
  const { filter, dispatch } = useFilter();
  const condition = conditionOf(filter, dim);
  const mode = condition?.mode ?? 'any';
  const entries = useMemo(() => facetEntries(dim, counts, filter, lang), [dim, counts, filter, lang]);
  const selected = useMemo(() => new Set((condition?.values ?? []).map(valueKey)), [condition]);
  const name = dimensionLabel(dim, lang);
  const modes: { value: ConditionMode; label: string }[] = [
    { value: 'any', label: t('explore.mode.any') },
    ...(allowsAll(dim) ? [{ value: 'all' as const, label: t('explore.mode.all') }] : []),
    { value: 'none', label: t('explore.mode.none') },
  ];

  const selectGroup = (group: BottleneckGroup, on: boolean) => {
    const codes = bottleneckCodes(group);
    const current = condition?.values ?? [];
    const values = on ? [...current, ...codes] : current.filter((v) => typeof v !== 'string' || !codes.includes(v));
    dispatch({ type: 'setValues', dimension: dim, values });
  };

  return (
    <Accordion.Item value={dim} data-testid={`facet-${dim}`} className="rs-facet-section">
      <Accordion.Control data-testid={`facet-toggle-${dim}`}>
        <span className="rs-facet-control">
          <span>{name}</span>
          {selected.size > 0 && (
            <>
              <Badge component="span" size="sm" variant={mode === 'none' ? 'outline' : 'filled'} radius="sm" aria-hidden="true">
                {mode === 'none' ? `− ${selected.size}` : selected.size}
              </Badge>
              <span className="rs-visually-hidden">{t('explore.facet.selectedCount', { count: selected.size })}</span>
            </>
          )}
        </span>
      </Accordion.Control>
      <Accordion.Panel>
        <Group gap={6} mb="xs" justify="space-between" wrap="nowrap">
          <SegmentedControl<ConditionMode>
            size="xs"
            value={mode}
            onChange={(m) => dispatch({ type: 'setMode', dimension: dim, mode: m })}
            data={modes}
            aria-label={t('explore.mode.label', { dimension: name })}
            data-testid={`facet-mode-${dim}`}
          />
          {(selected.size > 0 || mode !== 'any') && (
            <Button variant="subtle" size="compact-xs" onClick={() => dispatch({ type: 'clearDimension', dimension: dim })} data-testid={`facet-clear-${dim}`} aria-label={t('explore.facet.clearLabel', { dimension: name })}>
              {t('explore.facet.clear')}
            </Button>
          )}
        </Group>
        {dim === 'bottleneck' && <GroupShortcuts selected={selected} onSelect={selectGroup} />}
        {dim === 'geography' && (
          <Switch
            size="xs"
            mb="xs"
            checked={filter.includeSubRegions}
            onChange={(e) => dispatch({ type: 'setIncludeSubRegions', value: e.currentTarget.checked })}
            label={t('explore.facet.subRegions')}
            data-testid="filter-subregions"
          />
        )}
        <FacetList dim={dim} entries={entries} selected={selected} onToggle={(value) => dispatch({ type: 'toggleValue', dimension: dim, value })} />
      </Accordion.Panel>
    </Accordion.Item>
  );
}
