/**
 * The filter column: free text, saved filters, and one collapsible section per dimension, grouped
 * by the method's families. Which sections are open is remembered on this computer.
 */
import { Accordion, ActionIcon, Group, Skeleton, Stack, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconFilterOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { useFacets, useFilter } from '../state/FilterProvider';
import { isFilterEmpty } from '../state/filters';
import { dimensionsOf, FAMILIES } from './facets';
import { FacetSection } from './FacetSection';
import { ReachFilter, StartYearFilter } from './RangeFilters';
import { SavedFilters } from './SavedFilters';
import { readStored, writeStored } from './storage';
import { TextSearch } from './TextSearch';
import { ErrorAlert } from '../ui/ErrorAlert';

const OPEN_KEY = 'regioscan.explore.openSections';
const DEFAULT_OPEN = ['type', 'geography', 'form', 'bottleneck'];
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function HistoryButtons() {
  const { t } = useI18n();
  const { filter, canUndo, canRedo, dispatch } = useFilter();
  // Filter undo has Alt+Z (Ctrl+Z undoes changes to the data: ui/ChangeUndoKeys).
  const mod = isMac ? '⌥' : 'Alt+';
  const buttons = [
    { key: 'undo', label: t('explore.undo', { keys: `${mod}Z` }), icon: IconArrowBackUp, disabled: !canUndo, action: () => dispatch({ type: 'undo' }) },
    { key: 'redo', label: t('explore.redo', { keys: `${mod}Shift+Z` }), icon: IconArrowForwardUp, disabled: !canRedo, action: () => dispatch({ type: 'redo' }) },
    { key: 'clear', label: t('explore.clear'), icon: IconFilterOff, disabled: isFilterEmpty(filter), action: () => dispatch({ type: 'clear' }) },
  ];
  return (
    <Group gap={2} wrap="nowrap">
      {buttons.map(({ key, label, icon: Icon, disabled, action }) => (
        <Tooltip key={key} label={label} withArrow openDelay={300}>
          <ActionIcon variant="subtle" color="gray" size="md" aria-label={label} disabled={disabled} onClick={action} data-testid={`filter-${key}`}>
            <Icon size={18} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

function ExtraSection({ value, label, children }: { value: string; label: string; children: ReactNode }) {
  return (
    <Accordion.Item value={value} data-testid={`filter-section-${value}`} className="rs-facet-section">
      <Accordion.Control>{label}</Accordion.Control>
      <Accordion.Panel>{children}</Accordion.Panel>
    </Accordion.Item>
  );
}

export function FilterPanel() {
  const { t } = useI18n();
  const facets = useFacets();
  const [open, setOpen] = useState<string[]>(() => readStored(OPEN_KEY, DEFAULT_OPEN));
  const onOpen = (value: string[]) => {
    setOpen(value);
    writeStored(OPEN_KEY, value);
  };
  const counts = facets.result?.facets;

  return (
    <section className="rs-filter-panel" aria-labelledby="filter-panel-title" data-testid="filter-panel">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} id="filter-panel-title" className="rs-panel-title">
            {t('explore.filter.title')}
          </Title>
          <HistoryButtons />
        </Group>
        <TextSearch />
        <SavedFilters />
        <ErrorAlert error={facets.error} title={t('explore.facets.error')} />
        {!counts && !facets.error ? (
          <Stack gap="xs" aria-busy="true">
            {[0, 1, 2, 3, 4].map((i) => (
              <Skeleton key={i} height={28} radius="sm" />
            ))}
          </Stack>
        ) : (
          FAMILIES.map((family) => (
            <div key={family} className="rs-family">
              <Title order={3} className="rs-family-title">
                {t(`explore.family.${family}` as MessageKey)}
              </Title>
              <Accordion multiple value={open} onChange={onOpen} order={4} chevronPosition="right" variant="default" className="rs-facets-accordion">
                {dimensionsOf(family).map((dim) => (
                  <FacetSection key={dim} dim={dim} counts={counts?.[dim] ?? []} />
                ))}
                {family === 'activiteit' && (
                  <ExtraSection value="startYear" label={t('explore.year.label')}>
                    <StartYearFilter />
                  </ExtraSection>
                )}
                {family === 'bereik' && (
                  <ExtraSection value="reach" label={t('explore.reach.label')}>
                    <ReachFilter />
                  </ExtraSection>
                )}
              </Accordion>
            </div>
          ))
        )}
      </Stack>
    </section>
  );
}
