/**
 * Importeren › Geografie: the regions that workbooks added, each with where it lies in the
 * hierarchy; choosing a parent places (or moves) it, so that a province with its sub-regions counts
 * it. Codebook regions have a fixed place and are not listed.
 */
import { Center, Loader, Table, Text,  } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { GeographyEntry } from '../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useReadOnly } from '../state/appData';
import { ImportPart } from './ImportPart';
import { formatNumber } from '../i18n/format';
import { TableHead } from '../ui/TableHead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PickerCell, PlaceOptions } from '../ui/CodePicker';

/** Depth of each entry in the tree (the list comes parents first). */
function depths(entries: readonly GeographyEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.code, e.parent === null ? 0 : (out.get(e.parent) ?? 0) + 1);
  return out;
}

/** The entry and everything below it: never offered as its parent. */
function subtree(entries: readonly GeographyEntry[], code: string): Set<string> {
  const out = new Set([code]);
  for (const e of entries) if (e.parent !== null && out.has(e.parent)) out.add(e.code);
  return out;
}

export function GeographySection() {
  const { t, lang } = useI18n();
  const readOnly = useReadOnly();
  // Again after every import, delete or placing: main announces them, and the list follows.
  const { value: entries, error: listError } = useApiQuery('geography.list', {}, { keepPrevious: true });
  const placing = useApiMutation('geography.place');
  const error = placing.error ?? listError;
  const [notice, setNotice] = useState<string | null>(null);

  const depth = useMemo(() => depths(entries ?? []), [entries]);
  const added = (entries ?? []).filter((e) => !e.fixed);
  const label = (code: string) => entries?.find((e) => e.code === code)?.label ?? code;

  const place = (entry: GeographyEntry, parent: string) => {
    setNotice(null);
    placing.run({ value: entry.code, parent }).then(() => setNotice(t('geography.placed', { region: entry.label, parent: label(parent) })), () => undefined);
  };

  return (
    <ImportPart id="geography-title" title={t('geography.title')} lead={t('geography.lead')} testId="geography-section">
      <ErrorAlert error={error} mb="sm" data-testid="geography-error" />
      <Text size="sm" mb={notice ? 'sm' : 0} aria-live="polite" data-testid="geography-notice">
        {notice}
      </Text>
      {entries === null && !error && (
        <Center py="md" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text ml="sm">{t('geography.loading')}</Text>
        </Center>
      )}
      {entries !== null && added.length === 0 && <Text size="sm" c="dimmed">{t('geography.empty')}</Text>}
      {added.length > 0 && (
        <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed" data-testid="geography-table">
          <TableHead columns={[t('geography.col.region'), { label: t('geography.col.activities'), w: 120 }, { label: t('geography.col.parent'), w: '40%' }]} />
          <Table.Tbody>
            {added.map((entry) => {
              const below = subtree(entries!, entry.code);
              return (
                <Table.Tr key={entry.code} data-testid={`geography-row-${entry.code}`}>
                  <Table.Td className="rs-cell-wrap">{entry.label}</Table.Td>
                  <Table.Td className="rs-num">{formatNumber(entry.activities, lang)}</Table.Td>
                  <PickerCell value={entry.parent ?? ''} onPick={(parent) => parent !== '' && place(entry, parent)} label={t('geography.parentLabel', { region: entry.label })} disabled={readOnly} testId={`geography-parent-${entry.code}`}>
                    {entry.parent === null && (
                      <option value="" disabled>
                        {t('geography.unplaced')}
                      </option>
                    )}
                    <PlaceOptions places={entries!.filter((e) => !below.has(e.code)).map((e) => ({ ...e, depth: depth.get(e.code) ?? 0 }))} />
                  </PickerCell>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </ImportPart>
  );
}
