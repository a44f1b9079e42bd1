/** A scan's activity counts per dimension: "label (count)" per value, unmapped values marked. */
import { Badge, Table } from '@mantine/core';
import { dimension, DIMENSION_KEYS, isDimensionKey, type DimensionKey } from '../../../src-shared/codebook';
import type { FacetCount } from '../../../src-shared/model';
import { dimensionLabel, useI18n, type Language } from '../i18n';

/** The value's label in `lang` for a codebook code; a new entry of an open list or an unmapped text as it came. */
function valueLabel(key: DimensionKey, facet: FacetCount, lang: Language): string {
  if (facet.code === null) return facet.label;
  const entry = dimension(key).values.find((v) => v.code === facet.code);
  return entry ? entry[lang] : facet.label;
}

interface FacetSummaryProps {
  facets: Readonly<Record<string, readonly FacetCount[]>>;
  /** Accessible name of the table. */
  label: string;
}

export function FacetSummary({ facets, label }: FacetSummaryProps) {
  const { t, lang } = useI18n();
  const keys = [
    ...DIMENSION_KEYS.filter((key) => key in facets),
    ...Object.keys(facets).filter((key) => !isDimensionKey(key)),
  ];
  const rows = keys
    .map((key) => ({ key, values: (facets[key] ?? []).filter((f) => f.count > 0) }))
    .filter((row) => row.values.length > 0);

  if (rows.length === 0) return null;

  return (
    <Table aria-label={label} variant="vertical" layout="fixed" withTableBorder fz="sm" verticalSpacing={6} className="rs-facets">
      <Table.Tbody>
        {rows.map(({ key, values }) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" w={190}>
              {isDimensionKey(key) ? dimensionLabel(key, lang) : key}
            </Table.Th>
            <Table.Td>
              <ul className="rs-facet-values">
                {values.map((facet) => {
                  const text = isDimensionKey(key) ? valueLabel(key, facet, lang) : facet.label;
                  return (
                    <li key={`${facet.code ?? '~'}:${facet.label}`} className={facet.code === null ? 'rs-facet-unmapped' : undefined}>
                      {facet.code === null ? <em>{text}</em> : text} <span className="rs-facet-count">({facet.count})</span>
                      {facet.code === null && (
                        <Badge color="grape" variant="light" size="xs" radius="sm" tt="none" c="var(--rs-severity-unmapped)" ml={4}>
                          {t('import.facets.unmapped')}
                        </Badge>
                      )}
                    </li>
                  );
                })}
              </ul>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
