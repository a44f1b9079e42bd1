import { MultiSelect, Pill } from '@mantine/core';
import { useT } from '../i18n';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { scanLabel, scanShortLabel } from '../state/scans';

/** Pills shown in the header before the rest is summarised as "+N", so the bar keeps one line. */
const MAX_PILLS = 2;

/** The scans the screens show, picked from `scans.list`. */
export function ScanSelector() {
  const t = useT();
  const { selectedScanIds } = useAppState();
  const { selectScans } = useAppActions();
  const scans = useScans();

  const data = scans.items.map((scan) => ({
    value: scan.id,
    label: scan.isSample ? `${scanLabel(scan)} (${t('scans.sample')})` : scanLabel(scan),
  }));
  const labels = new Map(data.map((item) => [item.value, item.label]));
  const shortLabels = new Map(scans.items.map((scan) => [scan.id, scanShortLabel(scan)]));
  const hidden = selectedScanIds.slice(MAX_PILLS);

  const placeholder =
    scans.status === 'loading'
      ? t('scans.loading')
      : scans.status === 'error' && data.length === 0
        ? t('scans.error')
        : data.length === 0
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
      nothingFoundMessage={data.length === 0 ? t('scans.empty') : t('scans.nothingFound')}
      searchable
      clearable={false}
      maxDropdownHeight={320}
      comboboxProps={{ width: 'target', position: 'bottom-start', shadow: 'md', withinPortal: false }}
      renderPill={({ option, value, onRemove, disabled }) => {
        const index = value === undefined ? -1 : selectedScanIds.indexOf(value);
        if (index >= MAX_PILLS) {
          if (index > MAX_PILLS) return null;
          const rest = hidden.map((id) => labels.get(id) ?? String(id)).join('\n');
          return (
            <Pill title={rest} data-testid="scan-selector-more">
              +{hidden.length}
            </Pill>
          );
        }
        return (
          <Pill title={option?.label} withRemoveButton={!disabled} onRemove={onRemove} disabled={disabled}>
            {(value !== undefined && shortLabels.get(value)) || option?.label}
          </Pill>
        );
      }}
    />
  );
}
