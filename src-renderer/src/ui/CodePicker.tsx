/**
 * A code picker in a table row (a value kept unmapped, a column's target, a region's parent): a small
 * native select in the row's last cell, and its `<option>`s: a codebook dimension's codes, numbered
 * ones with their number first, or places of the geography hierarchy indented by their depth. The
 * empty first choice says what keeping the row as it is means, so it stays with the screen.
 */
import { NativeSelect, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { GeographyOption } from '../../../src-shared/model';
import { dimension, isDimensionKey } from '../../../src-shared/codebook';
import { codeLabel, useI18n } from '../i18n';

const INDENT = '\u00a0\u00a0\u00a0';

/** The codes of a codebook dimension; nothing for a key that is not one. */
export function CodebookOptions({ dimension: key }: { dimension: string }) {
  const { lang } = useI18n();
  if (!isDimensionKey(key)) return null;
  return (
    <>
      {dimension(key).values.map((entry) => (
        <option key={entry.code} value={entry.code}>
          {/^\d+$|^[A-Z]$/.test(entry.code) ? `${entry.code}. ` : ''}
          {codeLabel(key, entry.code, lang)}
        </option>
      ))}
    </>
  );
}

/** Places in the order given, each indented by its depth in the hierarchy (0: not indented). */
export function PlaceOptions({ places }: { places: readonly GeographyOption[] }) {
  return (
    <>
      {places.map((place) => (
        <option key={place.code} value={place.code}>
          {INDENT.repeat(place.depth)}
          {place.label}
        </option>
      ))}
    </>
  );
}

interface PickerCellProps {
  value: string;
  /** The chosen option's value. */
  onPick(value: string): void;
  /** What is picked for what, for screen readers (the row says it to the eye). */
  label: string;
  disabled: boolean;
  testId: string;
  children: ReactNode;
}

export function PickerCell({ value, onPick, label, disabled, testId, children }: PickerCellProps) {
  return (
    <Table.Td>
      <NativeSelect size="xs" value={value} onChange={(e) => onPick(e.currentTarget.value)} aria-label={label} disabled={disabled} data-testid={testId}>
        {children}
      </NativeSelect>
    </Table.Td>
  );
}
