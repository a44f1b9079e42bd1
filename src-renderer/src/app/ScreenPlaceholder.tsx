import { Button, EmptyState, Paper } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useT } from '../i18n';
import { formatRoute, type Route } from '../routes';
import { useAppState } from '../state/AppStateProvider';
import { useScans } from '../state/appData';
import { SCREEN_ICONS } from './screenIcons';
import { FilterWords } from '../ui/FilterWords';

/**
 * The empty state every screen shows until it has its own content: icon, the screen's `<h1>`,
 * what the screen will show and, without scans, the way to Importeren.
 */
export function ScreenPlaceholder({ route }: { route: Route }) {
  const t = useT();
  const { selectedScanIds } = useAppState();
  const scans = useScans();
  const Icon = SCREEN_ICONS[route];

  const isImport = route === 'importeren';
  const noScans = scans.status === 'ready' && scans.items.length === 0;
  const noSelection = scans.items.length > 0 && selectedScanIds.length === 0;
  const status = isImport ? t('empty.importHint') : noScans ? t('empty.noScans') : noSelection ? t('empty.noSelection') : null;

  return (
    <section data-testid={`screen-${route}`} aria-labelledby={`screen-title-${route}`} className="rs-screen">
      {/* The active filter applies to every view; say which one even before a view has content. */}
      {!isImport && !noScans && !noSelection && (
        <div className="rs-placeholder-filter">
          <FilterWords />
        </div>
      )}
      <Paper withBorder radius="md" className="rs-empty-panel">
        <EmptyState size="lg" variant="light">
          <EmptyState.Indicator>
            <Icon size={36} stroke={1.5} aria-hidden="true" />
          </EmptyState.Indicator>
          <EmptyState.Title order={1} id={`screen-title-${route}`} tabIndex={-1} className="rs-screen-title">
            {t(`route.${route}`)}
          </EmptyState.Title>
          <EmptyState.Description className="rs-screen-lead">{t(`screen.${route}.lead`)}</EmptyState.Description>
          {status && <EmptyState.Description className="rs-screen-status">{status}</EmptyState.Description>}
          {noScans && !isImport && (
            <EmptyState.Actions>
              <Button
                component="a"
                href={formatRoute('importeren')}
                rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                data-testid="empty-import-link"
              >
                {t('empty.importAction')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    </section>
  );
}
