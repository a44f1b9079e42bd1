/**
 * The mapping step of one previewed scan: unknown and headerless columns, values without a code and
 * new geography names, each with a picker. A pick changes the mapping (data, src-shared/import-
 * mapping.ts); main recomputes the preview with it and the counts above follow.
 */
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { dimension, isDimensionKey, ROLES, type DimensionKey } from '../../../src-shared/codebook';
import { FIELD_TARGETS, VALUE_DIMENSION_KEYS, type ColumnTarget, type ImportMapping, type ValueDimensionKey } from '../../../src-shared/import-mapping';
import type { GeographyOption, ImportPreviewScan } from '../../../src-shared/model';
import { dimensionLabel, useI18n, type Language } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useImport } from './ImportProvider';
import { TableHead } from '../ui/TableHead';
import { CodebookOptions, PickerCell, PlaceOptions } from '../ui/CodePicker';

function ColumnTargetOptions({ lang, extraLabel, groups }: { lang: Language; extraLabel: string; groups: { fields: string; dimensions: string; roles: string } }) {
  return (
    <>
      <option value="extra">{extraLabel}</option>
      <optgroup label={groups.fields}>
        {FIELD_TARGETS.map((f) => (
          <option key={f.key} value={f.key}>
            {f[lang]}
          </option>
        ))}
      </optgroup>
      <optgroup label={groups.dimensions}>
        {VALUE_DIMENSION_KEYS.map((key) => (
          <option key={key} value={key}>
            {dimensionLabel(key, lang)}
          </option>
        ))}
      </optgroup>
      <optgroup label={groups.roles}>
        {ROLES.map((r) => (
          <option key={r.code} value={`role:${r.code}`}>
            {r[lang]}
          </option>
        ))}
      </optgroup>
    </>
  );
}

interface MappingSectionProps {
  scan: ImportPreviewScan;
  mapping: ImportMapping;
  regionOptions: readonly GeographyOption[];
  headingId: string;
  disabled: boolean;
}

export function MappingSection({ scan, mapping, regionOptions, headingId, disabled }: MappingSectionProps) {
  const { t, lang } = useI18n();
  const { actions } = useImport();

  const setColumn = (header: string, target: ColumnTarget) =>
    actions.remap({ ...mapping, columns: [...mapping.columns.filter((c) => c.header !== header), { header, target }] });
  const setValue = (dim: ValueDimensionKey, value: string, code: string) =>
    actions.remap({ ...mapping, values: [...mapping.values.filter((v) => !(v.dimension === dim && v.value === value)), ...(code === '' ? [] : [{ dimension: dim, value, code }])] });
  const setPlace = (value: string, parent: string) =>
    actions.remap({ ...mapping, places: [...mapping.places.filter((p) => p.value !== value), { value, parent: parent === '' ? null : parent }] });

  // Values the user mapped leave the unmapped list; they stay here so the choice can be changed.
  const mappedCells = (dim: string, value: string) => scan.issues.filter((i) => i.code === 'value-mapped' && i.params.text === value && i.params.dimension === dimension(dim as DimensionKey).nl).length;
  const values = [
    ...scan.unmapped.map((u) => ({ ...u, code: '' })),
    ...mapping.values.filter((rule) => mappedCells(rule.dimension, rule.value) > 0).map((rule) => ({ dimension: rule.dimension as string, value: rule.value, count: mappedCells(rule.dimension, rule.value), effect: 'mapped' as const, code: rule.code })),
  ];
  const dimName = (key: string) => (isDimensionKey(key) ? dimensionLabel(key, lang) : key);

  return (
    <section aria-labelledby={headingId} data-testid="import-mapping">
      <Group gap="xs" align="baseline" mb={4}>
        <Title order={4} id={headingId} fz="md">
          {t('mapping.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('mapping.lead')}
      </Text>
      <Stack gap="md">
        <div>
          <Title order={5} fz="sm" mb={6}>
            {t('mapping.columns.title')}
          </Title>
          {scan.columns.length === 0 ? (
            <Text size="sm" c="dimmed">{t('mapping.columns.none')}</Text>
          ) : (
            <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed" data-testid="mapping-columns">
              <TableHead columns={[t('mapping.col.column'), { label: t('mapping.col.sheet'), w: 140 }, { label: t('mapping.col.values'), w: 120 }, { label: t('mapping.col.target'), w: '38%' }]} />
              <Table.Tbody>
                {scan.columns.map((c) => (
                  <Table.Tr key={c.header} data-testid={`mapping-column-${c.header}`}>
                    <Table.Td className="rs-cell-wrap">
                      {c.header}{' '}
                      <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none" c="dimmed">
                        {t(`mapping.found.${c.found}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="rs-cell-wrap">{c.sheets.join(', ')}</Table.Td>
                    <Table.Td className="rs-num">{formatNumber(c.values, lang)}</Table.Td>
                    <PickerCell value={c.target} onPick={(target) => setColumn(c.header, target as ColumnTarget)} label={t('mapping.targetLabel', { column: c.header })} disabled={disabled} testId={`mapping-column-target-${c.header}`}>
                      <ColumnTargetOptions lang={lang} extraLabel={t('mapping.target.extra')} groups={{ fields: t('mapping.group.fields'), dimensions: t('mapping.group.dimensions'), roles: t('mapping.group.roles') }} />
                    </PickerCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {scan.extra.length > 0 && (
            <Text size="sm" mt={6} data-testid="mapping-extra">
              {t('mapping.extra', { fields: scan.extra.map((e) => `${e.name} (${formatNumber(e.count, lang)})`).join(', ') })}
            </Text>
          )}
        </div>

        <div>
          <Title order={5} fz="sm" mb={6}>
            {t('mapping.values.title')}
          </Title>
          {values.length === 0 ? (
            <Text size="sm" c="dimmed">{t('mapping.values.none')}</Text>
          ) : (
            <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed" data-testid="mapping-values">
              <TableHead columns={[{ label: t('mapping.col.dimension'), w: 150 }, t('mapping.col.value'), { label: t('mapping.col.cells'), w: 80 }, { label: t('mapping.col.code'), w: '38%' }]} />
              <Table.Tbody>
                {values.map((v) => (
                  <Table.Tr key={`${v.dimension}:${v.value}`} data-testid={`mapping-value-${v.dimension}-${v.value}`}>
                    <Table.Td>{dimName(v.dimension)}</Table.Td>
                    <Table.Td className="rs-cell-wrap">
                      <em>{v.value}</em>
                      {v.effect === 'row-error' && (
                        <Badge size="xs" color="red" variant="light" radius="sm" tt="none" ml={6} c="var(--rs-severity-error)">
                          {t('mapping.effect.rowError')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td className="rs-num">{formatNumber(v.count, lang)}</Table.Td>
                    <PickerCell value={v.code} onPick={(code) => setValue(v.dimension as ValueDimensionKey, v.value, code)} label={t('mapping.valueLabel', { value: v.value, dimension: dimName(v.dimension) })} disabled={disabled} testId={`mapping-value-code-${v.dimension}-${v.value}`}>
                      <option value="">{v.dimension === 'type' ? t('mapping.value.keepType') : t('mapping.value.keep')}</option>
                      {v.dimension === 'geography' ? <PlaceOptions places={regionOptions} /> : <CodebookOptions dimension={v.dimension} />}
                    </PickerCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>

        {scan.regions.length > 0 && (
          <div>
            <Title order={5} fz="sm" mb={4}>
              {t('mapping.regions.title')}
            </Title>
            <Text size="sm" c="dimmed" mb={6}>
              {t('mapping.regions.lead')}
            </Text>
            <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed" data-testid="mapping-regions">
              <TableHead columns={[t('mapping.col.region'), { label: t('mapping.col.activities'), w: 110 }, { label: t('mapping.col.parent'), w: '38%' }]} />
              <Table.Tbody>
                {scan.regions.map((r) => (
                  <Table.Tr key={r.name} data-testid={`mapping-region-${r.name}`}>
                    <Table.Td className="rs-cell-wrap">
                      {r.name}
                      {r.source && (
                        <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none" ml={6} c="dimmed">
                          {t(`mapping.source.${r.source}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td className="rs-num">{formatNumber(r.count, lang)}</Table.Td>
                    <PickerCell value={r.parent ?? ''} onPick={(parent) => setPlace(r.name, parent)} label={t('mapping.parentLabel', { region: r.name })} disabled={disabled} testId={`mapping-region-parent-${r.name}`}>
                      <option value="">{t('mapping.parent.none')}</option>
                      <PlaceOptions places={regionOptions.filter((o) => o.code !== r.name)} />
                    </PickerCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </section>
  );
}
