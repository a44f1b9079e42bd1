/**
 * Reach (known / unknown / all, and a range over known reach) and the activity's start year.
 * Numbers are handed to the filter after a short pause, so typing "2019" is one step in the history.
 */
import { Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useT } from '../i18n';
import { useFilter } from '../state/FilterProvider';
import type { ReachKnown } from '../state/filters';
import { useDebouncedEdit } from './useDebouncedValue';

type Bound = number | null;

function toBound(value: number | string): Bound {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const n = Number(value.replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? null : n;
}

interface BoundInputProps {
  label: string;
  value: number | undefined;
  onCommit(value: Bound): void;
  testId: string;
  min?: number;
  max?: number;
  placeholder?: string;
}

function BoundInput({ label, value, onCommit, testId, min, max, placeholder }: BoundInputProps) {
  const [local, setLocal] = useDebouncedEdit<Bound>(value ?? null, onCommit, 500);
  return (
    <NumberInput
      size="xs"
      label={label}
      value={local ?? ''}
      onChange={(v) => setLocal(toBound(v))}
      onBlur={() => onCommit(local)}
      min={min}
      max={max}
      allowDecimal={false}
      thousandSeparator={false}
      placeholder={placeholder}
      data-testid={testId}
      className="rs-bound-input"
    />
  );
}

export function ReachFilter() {
  const t = useT();
  const { filter, dispatch } = useFilter();
  const known: ReachKnown = filter.reach?.known ?? 'all';
  const setMin = useCallback((min: Bound) => dispatch({ type: 'setReach', min }), [dispatch]);
  const setMax = useCallback((max: Bound) => dispatch({ type: 'setReach', max }), [dispatch]);
  return (
    <Stack gap="xs" data-testid="filter-reach">
      <SegmentedControl<ReachKnown>
        size="xs"
        fullWidth
        value={known}
        onChange={(k) => dispatch({ type: 'setReach', known: k })}
        data={[
          { value: 'known', label: t('explore.reach.known') },
          { value: 'unknown', label: t('explore.reach.unknown') },
          { value: 'all', label: t('explore.reach.all') },
        ]}
        aria-label={t('explore.reach.label')}
        data-testid="filter-reach-known"
      />
      <Group gap="xs" grow wrap="nowrap">
        <BoundInput label={t('explore.range.min')} value={filter.reach?.min} onCommit={setMin} testId="filter-reach-min" min={0} />
        <BoundInput label={t('explore.range.max')} value={filter.reach?.max} onCommit={setMax} testId="filter-reach-max" min={0} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('explore.reach.hint')}
      </Text>
    </Stack>
  );
}

export function StartYearFilter() {
  const t = useT();
  const { filter, dispatch } = useFilter();
  const setMin = useCallback((min: Bound) => dispatch({ type: 'setStartYear', min }), [dispatch]);
  const setMax = useCallback((max: Bound) => dispatch({ type: 'setStartYear', max }), [dispatch]);
  return (
    <Stack gap="xs" data-testid="filter-start-year">
      <Group gap="xs" grow wrap="nowrap">
        <BoundInput label={t('explore.range.from')} value={filter.startYear?.min} onCommit={setMin} testId="filter-year-min" min={1900} max={2100} />
        <BoundInput label={t('explore.range.to')} value={filter.startYear?.max} onCommit={setMax} testId="filter-year-max" min={1900} max={2100} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('explore.year.hint')}
      </Text>
    </Stack>
  );
}
