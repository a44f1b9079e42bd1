/**
 * One dimension of Vergelijken as a table: per value, the count and share per 100 of every scan side
 * by side, the spread, and where the value is present. Differences are marked in words (badges), not
 * by colour alone: "afwezig" where a scan lacks a value another has, "groot verschil" from
 * BIG_DIFFERENCE percentage points (see format.ts), "niet gekoppeld" for unmapped values.
 */
import { Badge, Table } from '@mantine/core';
import type { CompareDimension, CompareScan, CompareValue } from '../../../src-shared/model';
import { useI18n } from '../i18n';
import { formatShare, isAbsent, isBigDifference, valueHead } from './format';

export function presenceWords(v: CompareValue, scans: readonly CompareScan[], t: ReturnType<typeof useI18n>['t']): string {
  if (v.presence === 'all') return t('compare.presence.all');
  if (v.presence === 'none') return t('compare.presence.none');
  return t('compare.presence.some', { scans: scans.filter((_, i) => v.counts[i]! > 0).map((s) => s.label).join(', ') });
}

export function CompareTable({ dim, scans, values }: { dim: CompareDimension; scans: readonly CompareScan[]; values: readonly CompareValue[] }) {
  const { t, lang } = useI18n();
  return (
    <div className="rs-compare-table-wrap">
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" className="rs-compare-table" data-testid={`compare-table-${dim.key}`}>
        <caption className="rs-visually-hidden">{t('compare.table.label', { dimension: dim.label })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col">
              {t('compare.col.value')}
            </Table.Th>
            {scans.map((s) => (
              <Table.Th key={s.id} colSpan={2} scope="colgroup" ta="center">
                {s.label}
              </Table.Th>
            ))}
            <Table.Th rowSpan={2} scope="col" ta="right">
              {t('compare.col.spread')}
            </Table.Th>
            <Table.Th rowSpan={2} scope="col">
              {t('compare.col.presence')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {scans.map((s) => [
              <Table.Th key={`${s.id}-n`} scope="col" ta="right">
                {t('compare.col.count')}
              </Table.Th>,
              <Table.Th key={`${s.id}-p`} scope="col" ta="right">
                {t('compare.col.share')}
              </Table.Th>,
            ])}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((v) => {
            const big = isBigDifference(v);
            return (
              <Table.Tr key={`${v.code ?? '\u0000'}|${v.label}`} className={big ? 'rs-compare-big' : undefined} data-testid={`compare-row-${dim.key}-${v.code ?? v.label}`}>
                <Table.Th scope="row" fw={500}>
                  {valueHead(dim.key, v)}
                  {v.unmapped && (
                    <Badge size="xs" variant="outline" color="orange" ml={6} tt="none">
                      {t('compare.unmapped')}
                    </Badge>
                  )}
                </Table.Th>
                {scans.map((s, i) => {
                  const absent = isAbsent(v, i);
                  return [
                    <Table.Td key={`${s.id}-n`} ta="right" className="rs-num">
                      {absent ? (
                        <Badge size="xs" variant="light" color="red" tt="none" data-testid="compare-absent">
                          {t('compare.absent')}
                        </Badge>
                      ) : (
                        v.counts[i]
                      )}
                    </Table.Td>,
                    <Table.Td key={`${s.id}-p`} ta="right" className="rs-num">
                      {formatShare(v.shares[i]!, lang)}
                    </Table.Td>,
                  ];
                })}
                <Table.Td ta="right" className="rs-num">
                  <span className={big ? 'rs-compare-spread-big' : undefined}>{formatShare(v.spread, lang)}</span>
                  {big && (
                    <Badge size="xs" variant="light" color="blue" ml={6} tt="none" data-testid="compare-big">
                      {t('compare.bigDifference')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{presenceWords(v, scans, t)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
