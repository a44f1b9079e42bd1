/**
 * Te koppelen, the values: every value kept unmapped with its count, scans, sheet and column, and a
 * code picker that maps it (all its occurrences, one change group; the rule is stored).
 */
import { Table, Text } from '@mantine/core';
import { isDimensionKey } from '../../../src-shared/codebook';
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../../src-shared/import-mapping';
import type { UnmappedValueView } from '../../../src-shared/mappings-model';
import { useApiMutation, useApiQuery } from '../api/query';
import { dimensionLabel, useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useFailureToast, useToast } from '../ui/Toast';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CodebookOptions, PickerCell, PlaceOptions } from '../ui/CodePicker';

const isValueDimension = (key: string): key is ValueDimensionKey => (VALUE_DIMENSION_KEYS as readonly string[]).includes(key);

function origin(v: UnmappedValueView): string {
  return v.origins.map((o) => [o.scanTitle, o.sheet, o.column].filter(Boolean).join(' · ')).join('; ');
}

export function UnmappedValues({ readOnly }: { readOnly: boolean }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const fail = useFailureToast();
  const { value: list, error } = useApiQuery('mappings.unmapped', {}, { keepPrevious: true });
  // Geography's codes are the hierarchy as it is now (the codebook's and the names workbooks added).
  const geography = useApiQuery('geography.list', list?.some((v) => v.dimension === 'geography') ? {} : null);
  const map = useApiMutation('mappings.map');
  const undo = useApiMutation('history.undo');

  const pick = (v: UnmappedValueView, code: string) => {
    if (code === '' || !isValueDimension(v.dimension)) return;
    map.run({ dimension: v.dimension, value: v.value, code, language: lang }).then(
      (result) =>
        notify(t('koppelen.mapped', { value: v.value, code: result.rule.targetLabel, count: result.changed }), 'success', {
          label: t('koppelen.undo'),
          run: () => void undo.run({}).then(() => notify(t('koppelen.undone')), fail),
        }),
      fail,
    );
  };

  // Geography's names alphabetically, not indented: a value may belong anywhere in the hierarchy.
  const places = [...(geography.value ?? [])].sort((a, b) => a.label.localeCompare(b.label, lang)).map((entry) => ({ ...entry, depth: 0 }));

  if (error) return <ErrorAlert error={error} />;
  if (!list) return <Text c="dimmed" size="sm">{t('koppelen.loading')}</Text>;
  if (list.length === 0) return <Text size="sm" data-testid="unmapped-none">{t('koppelen.values.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table withTableBorder striped verticalSpacing={6} fz="sm" data-testid="unmapped-values" aria-labelledby="koppelen-values-title">
        <TableHead columns={[t('koppelen.col.dimension'), t('koppelen.col.value'), { label: t('koppelen.col.count'), ta: 'right' }, t('koppelen.col.origin'), t('koppelen.col.code')]} />
        <Table.Tbody>
          {list.map((v) => {
            const dimName = isDimensionKey(v.dimension) ? dimensionLabel(v.dimension, lang) : v.dimension;
            return (
              <Table.Tr key={`${v.dimension}:${v.value}`} data-testid={`unmapped-${v.dimension}-${v.value}`}>
                <Table.Td>{dimName}</Table.Td>
                <Table.Td>
                  <Text span fw={600} size="sm">
                    {v.value}
                  </Text>
                </Table.Td>
                <Table.Td className="rs-num">{formatNumber(v.count, lang)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{origin(v) || v.scans.map((s) => s.title).join('; ')}</Text>
                </Table.Td>
                <PickerCell value="" onPick={(code) => pick(v, code)} label={t('koppelen.pickLabel', { value: v.value, dimension: dimName })} disabled={readOnly || map.busy || !isValueDimension(v.dimension)} testId={`unmapped-code-${v.dimension}-${v.value}`}>
                  <option value="">{t('koppelen.pick')}</option>
                  {v.dimension === 'geography' ? <PlaceOptions places={places} /> : <CodebookOptions dimension={v.dimension} />}
                </PickerCell>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
