/**
 * Controls on and above the map: the search box (zoom to an initiative and highlight it), the
 * details button for the selected initiative, the layout start/stop toggle, and zoom in/out/fit.
 */
import { ActionIcon, Button, Group, Select, Tooltip } from '@mantine/core';
import { IconFocusCentered, IconInfoCircle, IconMinus, IconPlayerPlay, IconPlayerStop, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useI18n } from '../i18n';
import type { CameraController } from './controllers/camera';

interface SearchProps {
  options: readonly { value: string; label: string }[];
  selected: string | null;
  onSelect(key: string | null): void;
  onDetails(key: string): void;
}

export function GraphSearch({ options, selected, onSelect, onDetails }: SearchProps) {
  const { t, lang } = useI18n();
  const sorted = useMemo(() => [...options].sort((a, b) => a.label.localeCompare(b.label, lang)), [options, lang]);
  const name = sorted.find((o) => o.value === selected)?.label;
  return (
    <Group gap={6} wrap="nowrap" className="rs-graph-search">
      <Select
        size="xs"
        searchable
        clearable
        value={selected}
        onChange={onSelect}
        data={sorted}
        limit={60}
        placeholder={t('graph.search.placeholder')}
        nothingFoundMessage={t('graph.search.nothing')}
        leftSection={<IconSearch size={14} aria-hidden="true" />}
        aria-label={t('graph.search.label')}
        onFocus={(event) => event.currentTarget.select()}
        className="rs-graph-search-input"
        data-testid="graph-search"
      />
      {selected && name && (
        <Tooltip label={t('graph.selected.details', { name })} withArrow>
          <ActionIcon size="md" variant="light" onClick={() => onDetails(selected)} aria-label={t('graph.selected.details', { name })} data-testid="graph-selected-details">
            <IconInfoCircle size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

export function LayoutToggle({ running, disabled, onToggle }: { running: boolean; disabled: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <Button
      size="xs"
      variant={running ? 'light' : 'default'}
      disabled={disabled}
      onClick={onToggle}
      leftSection={running ? <IconPlayerStop size={14} aria-hidden="true" /> : <IconPlayerPlay size={14} aria-hidden="true" />}
      data-testid="graph-layout-toggle"
      data-running={running}
    >
      {running ? t('graph.layout.stop') : t('graph.layout.start')}
    </Button>
  );
}

export function ZoomControls({ camera, ready }: { camera: CameraController; ready: boolean }) {
  const { t } = useI18n();
  const buttons = [
    { id: 'graph-zoom-in', label: t('graph.zoomIn'), icon: IconPlus, run: () => camera.zoomIn() },
    { id: 'graph-zoom-out', label: t('graph.zoomOut'), icon: IconMinus, run: () => camera.zoomOut() },
    { id: 'graph-fit', label: t('graph.fit'), icon: IconFocusCentered, run: () => camera.fit() },
  ];
  return (
    <div className="rs-graph-zoom">
      {buttons.map(({ id, label, icon: Icon, run }) => (
        <Tooltip key={id} label={label} position="left" withArrow>
          <ActionIcon size="lg" variant="default" onClick={run} disabled={!ready} aria-label={label} data-testid={id}>
            <Icon size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      ))}
    </div>
  );
}
