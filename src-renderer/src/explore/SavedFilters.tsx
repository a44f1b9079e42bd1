/**
 * Saved filters: save the active filter with a name and note, apply one (its scans are chosen in
 * the header when they exist), rename, duplicate, delete, and hand one to a colleague as a
 * `.regioscan-filter.json` file (export and import).
 */
import { ActionIcon, Button, Group, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconDeviceFloppy, IconFileExport, IconFileImport, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { SavedFilter } from '../../../src-shared/model';
import { useApiMutation, useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppActions } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { useFacets, useFilter } from '../state/FilterProvider';
import { DeleteFilterDialog, SaveFilterDialog } from './SavedFilterDialogs';
import { useFailureToast, useToast } from '../ui/Toast';
import { useFileExport } from '../ui/useDeliverFile';
import { JSON_FILES, useFilePicker } from '../ui/useFilePicker';
import { useDescribeFilter } from '../ui/useDescribeFilter';
import { ErrorAlert } from '../ui/ErrorAlert';

type Dialog = { kind: 'save' } | { kind: 'rename'; saved: SavedFilter; filter: Filter } | { kind: 'delete'; saved: SavedFilter } | null;

/** Main validates every saved filter it returns (src-main/filters/saved-filters.ts). */
function parseSaved(saved: SavedFilter): Filter | null {
  return saved.filter;
}

interface ItemProps {
  saved: SavedFilter;
  onApply(saved: SavedFilter, filter: Filter): void;
  onRename(saved: SavedFilter, filter: Filter): void;
  onDuplicate(saved: SavedFilter): void;
  onExport(saved: SavedFilter): void;
  onDelete(saved: SavedFilter): void;
}

function SavedFilterItem({ saved, onApply, onRename, onDuplicate, onExport, onDelete }: ItemProps) {
  const { t } = useI18n();
  const filter = parseSaved(saved);
  const describe = useDescribeFilter(null);
  const actions = [
    { key: 'rename', label: t('explore.saved.rename', { name: saved.name }), icon: IconPencil, run: () => filter && onRename(saved, filter), disabled: !filter },
    { key: 'duplicate', label: t('explore.saved.duplicate', { name: saved.name }), icon: IconCopy, run: () => onDuplicate(saved), disabled: false },
    { key: 'export', label: t('explore.saved.export', { name: saved.name }), icon: IconFileExport, run: () => onExport(saved), disabled: false },
    { key: 'delete', label: t('explore.saved.deleteLabel', { name: saved.name }), icon: IconTrash, run: () => onDelete(saved), disabled: false },
  ];
  return (
    <li className="rs-saved-filter" data-testid={`saved-filter-${saved.id}`}>
      <UnstyledButton className="rs-saved-filter-apply" onClick={() => filter && onApply(saved, filter)} disabled={!filter} data-testid={`saved-filter-apply-${saved.id}`} title={filter ? describe(filter) : undefined}>
        <span className="rs-saved-filter-name">{saved.name}</span>
        {saved.note && <span className="rs-saved-filter-note">{saved.note}</span>}
      </UnstyledButton>
      {saved.missing.length > 0 && (
        <Text size="xs" className="rs-saved-filter-missing" data-testid={`saved-filter-missing-${saved.id}`}>
          <IconAlertTriangle size={13} aria-hidden="true" /> {t('explore.saved.missing', { values: saved.missing.join(', ') })}
        </Text>
      )}
      {!filter && (
        <Text size="xs" className="rs-saved-filter-missing">
          {t('explore.saved.invalid')}
        </Text>
      )}
      <Group gap={2} className="rs-saved-filter-actions">
        {actions.map(({ key, label, icon: Icon, run, disabled }) => (
          <Tooltip key={key} label={label} withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} onClick={run} disabled={disabled} data-testid={`saved-filter-${key}-${saved.id}`}>
              <Icon size={15} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
    </li>
  );
}

export function SavedFilters() {
  const { t } = useI18n();
  const { filter, dispatch } = useFilter();
  const scans = useScans();
  const { selectScans } = useAppActions();
  const facets = useFacets();
  const describe = useDescribeFilter(facets.result);
  const notify = useToast();
  // Saving, renaming, duplicating, deleting or importing one changes this list through main's announcement.
  const { value: items, error } = useApiQuery('filters.list', {}, { keepPrevious: true });
  const duplicateFilter = useApiMutation('filters.duplicate');
  const exportFilter = useFileExport('filters.export');
  const importFilter = useApiMutation('filters.import');
  const [dialog, setDialog] = useState<Dialog>(null);

  const fail = useFailureToast();

  const apply = (saved: SavedFilter, next: Filter) => {
    dispatch({ type: 'replace', filter: next });
    const available = scans.items.map((s) => s.id);
    const wanted = next.scans.length === 0 ? available : next.scans.filter((id) => available.includes(id));
    if (wanted.length > 0) selectScans(wanted);
    notify(t('explore.saved.applied', { name: saved.name }));
  };
  const duplicate = (saved: SavedFilter) => duplicateFilter.run({ id: saved.id }).then((copy) => notify(t('explore.saved.duplicated', { name: copy.name })), fail);
  const importFile = async (file: File) => {
    const saved = await importFilter.run({ text: await file.text() });
    notify(t('explore.saved.imported', { name: saved.name }));
  };
  const picker = useFilePicker({ accept: JSON_FILES, testId: 'saved-filter-import-input', onFile: importFile });

  return (
    <section className="rs-saved-filters" aria-labelledby="saved-filters-title" data-testid="saved-filters">
      <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
        <Title order={3} id="saved-filters-title" className="rs-family-title">
          {t('explore.saved.title')}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="light" leftSection={<IconDeviceFloppy size={14} aria-hidden="true" />} onClick={() => setDialog({ kind: 'save' })} data-testid="filter-save">
            {t('explore.saved.save')}
          </Button>
          <Tooltip label={t('explore.saved.import')} withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('explore.saved.import')} onClick={picker.open} data-testid="saved-filter-import">
              <IconFileImport size={15} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
          {picker.input}
        </Group>
      </Group>
      <ErrorAlert error={error} p="xs" />
      {items && items.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('explore.saved.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Stack component="ul" gap={4} className="rs-saved-filter-list">
          {items.map((saved) => (
            <SavedFilterItem
              key={saved.id}
              saved={saved}
              onApply={apply}
              onRename={(s, f) => setDialog({ kind: 'rename', saved: s, filter: f })}
              onDuplicate={(s) => void duplicate(s)}
              onExport={(s) => void exportFilter.run({ id: s.id })}
              onDelete={(s) => setDialog({ kind: 'delete', saved: s })}
            />
          ))}
        </Stack>
      )}
      {(dialog?.kind === 'save' || dialog?.kind === 'rename') && (
        <SaveFilterDialog
          opened
          onClose={() => setDialog(null)}
          filter={dialog.kind === 'rename' ? dialog.filter : filter}
          {...(dialog.kind === 'rename' ? { existing: dialog.saved } : {})}
          words={describe(dialog.kind === 'rename' ? dialog.filter : filter)}
          onSaved={(saved) => notify(t('explore.saved.saved', { name: saved.name }))}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteFilterDialog opened saved={dialog.saved} onClose={() => setDialog(null)} />}
    </section>
  );
}
