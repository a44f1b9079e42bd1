/**
 * A dimension's codebook picker in the edit form: a Select where the method gives one value, a
 * MultiSelect where it allows several, each option with code and label. A value the import kept
 * unmapped is not an option: it shows as a badge "niet gekoppeld: …" that can be removed.
 */
import { ActionIcon, Badge, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ValueDimensionKey } from '../../../../src-shared/import-mapping';
import { dimensionLabel, useI18n } from '../../i18n';
import { isMulti, isUnmapped, type PickerOption } from './editModel';

interface DimensionPickerProps {
  dimension: ValueDimensionKey;
  options: readonly PickerOption[];
  /** Encoded values (editModel.encodeValue): codes and unmapped values. */
  value: readonly string[];
  onChange(value: string[]): void;
}

export function DimensionPicker({ dimension, options, value, onChange }: DimensionPickerProps) {
  const { t, lang } = useI18n();
  const label = dimensionLabel(dimension, lang);
  const unmapped = value.filter(isUnmapped);
  const codes = value.filter((v) => !isUnmapped(v));
  const common = { label, data: options as PickerOption[], searchable: true, nothingFoundMessage: t('edit.picker.nothing'), size: 'xs' as const, 'data-testid': `edit-dim-${dimension}`, comboboxProps: { withinPortal: true } };
  return (
    <Stack gap={4}>
      {isMulti(dimension) ? (
        <MultiSelect {...common} value={codes} onChange={(next) => onChange([...next, ...unmapped])} placeholder={codes.length === 0 ? t('edit.picker.placeholder') : undefined} clearable />
      ) : (
        // One value: choosing a code replaces an unmapped value too.
        <Select {...common} value={codes[0] ?? null} onChange={(next) => onChange(next === null ? unmapped : [next])} placeholder={t('edit.picker.placeholder')} clearable />
      )}
      {unmapped.length > 0 && (
        <Group gap={4}>
          {unmapped.map((v) => (
            <Badge
              key={v}
              variant="outline"
              className="rs-detail-unmapped"
              tt="none"
              data-testid={`edit-unmapped-${dimension}`}
              rightSection={
                <ActionIcon size="xs" variant="transparent" className="rs-detail-unmapped" aria-label={t('edit.unmapped.remove', { value: v.slice(2) })} onClick={() => onChange(value.filter((x) => x !== v))}>
                  <IconX size={12} aria-hidden="true" />
                </ActionIcon>
              }
            >
              {t('edit.unmapped', { value: v.slice(2) })}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
