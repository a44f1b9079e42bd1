import { Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../api/query';
import { ExportRequestProvider } from '../state/ExportRequest';
import { I18nProvider, useT } from '../i18n';
import { ImportProvider } from '../import/ImportProvider';
import { Shell } from './Shell';
import { AppStateProvider, useAppState } from '../state/AppStateProvider';
import { FilterProvider } from '../state/FilterProvider';
import { cssVariablesResolver, theme } from '../theme';

function Loading() {
  const t = useT();
  return (
    <Center component="main" h="100vh" aria-busy="true">
      <Stack align="center" gap="sm" role="status">
        <Loader aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** Theme and language follow the remembered settings (the colour scheme is forced from state). */
function ThemedApp() {
  const { status, language, colorScheme } = useAppState();
  return (
    <MantineProvider theme={theme} forceColorScheme={colorScheme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider lang={language}>
        {status === 'loading' ? (
          <Loading />
        ) : (
          <FilterProvider>
            <ExportRequestProvider>
              <ImportProvider>
                <Shell />
              </ImportProvider>
            </ExportRequestProvider>
          </FilterProvider>
        )}
      </I18nProvider>
    </MantineProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppStateProvider>
        <ThemedApp />
      </AppStateProvider>
    </QueryClientProvider>
  );
}
