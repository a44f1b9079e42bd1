import { MultiSelect, Pill } from '@mantine/core';
import { useT } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';
import { scanLabel, scanShortLabel } from '../state/scans';

/** The scans the screens show, picked from `scans.list`. */
export function ScanSelector() {
  const t = useT();
  const { selectedScanIds } = useAppState();
  const { selectScans } = useAppActions();
  const { scans } = useData();

  const data = scans.items.map((scan) => ({
    value: scan.id,
    label: scan.isSample ? `${scanLabel(scan)} (${t('scans.sample')})` : scanLabel(scan),
  }));
  const shortLabels = new Map(scans.items.map((scan) => [scan.id, scanShortLabel(scan)]));

  const isEmpty = scans.status === 'ready' && scans.items.length === 0;
  const placeholder =
    scans.status === 'loading' || scans.status === 'idle'
      ? t('scans.loading')
      : scans.status === 'error' && scans.items.length === 0
        ? t('scans.error')
        : isEmpty
          ? t('scans.empty')
          : selectedScanIds.length === 0
            ? t('scans.placeholder')
            : undefined;

  return (
    <MultiSelect<number>
      data-testid="scan-selector"
      className="rs-scan-selector"
      aria-label={t('scans.label')}
      data={data}
      value={selectedScanIds}
      onChange={selectScans}
      placeholder={placeholder}
      nothingFoundMessage={t('scans.nothingFound')}
      disabled={data.length === 0}
      searchable
      clearable={false}
      maxDropdownHeight={320}
      comboboxProps={{ width: 'target', position: 'bottom-start', shadow: 'md' }}
      renderPill={({ option, value, onRemove, disabled }) => (
        <Pill
          title={option?.label}
          withRemoveButton={!disabled}
          onRemove={onRemove}
          disabled={disabled}
        >
          {(value !== undefined && shortLabels.get(value)) || option?.label}
        </Pill>
      )}
    />
  );
}
