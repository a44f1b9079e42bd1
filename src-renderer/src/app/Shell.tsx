import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useExportRequest } from '../state/ExportRequest';
import { useT } from '../i18n';
import { useImport } from '../import/ImportProvider';
import { useMenuCommands } from '../import/useMenuCommands';
import { useWindowFileDrop, WindowDropOverlay } from '../import/WindowFileDrop';
import { Screen } from './screens';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useAppInfo } from '../state/appData';
import { AboutModal } from './AboutModal';
import { DamageBanner } from './DamageBanner';
import { HeaderBar } from './HeaderBar';
import { NAV_RAIL_WIDTH, NavBar } from './NavBar';
import { NoticeBanner } from './NoticeBanner';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main-content';

/** Header, navigation and the current screen. */
export function Shell() {
  const t = useT();
  const { route } = useAppState();
  const [navOpened, nav] = useDisclosure(false);
  const [aboutOpened, about] = useDisclosure(false);
  const { navigate } = useAppActions();
  const appInfo = useAppInfo();
  const { actions: importActions } = useImport();
  const exportRequest = useExportRequest();

  // A file dropped anywhere on the window is imported, whichever screen is shown.
  const dragging = useWindowFileDrop((files) => {
    navigate('importeren');
    importActions.startFiles(files);
  });

  // The desktop menu: File › Importeren… opens main's dialog, Help › Over opens the About dialog.
  useMenuCommands({
    import: () => {
      navigate('importeren');
      if (appInfo?.nativeDialogs !== false) importActions.choose();
    },
    // File › Exporteren…: the Activiteiten screen with its export menu open.
    export: () => {
      navigate('activiteiten');
      exportRequest.request();
    },
    // File › Back-ups: the Back-ups screen.
    backups: () => navigate('back-ups'),
    about: about.open,
  });
  const screenTitle = t(`route.${route}`);

  useEffect(() => {
    document.title = t('app.documentTitle', { screen: screenTitle });
  }, [t, screenTitle]);

  // After navigating, move focus to the new screen's heading so screen readers announce it.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(`screen-title-${route}`)?.focus();
  }, [route]);

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 64 }}
        // Below 1200 px the navigation is a rail of icons (NavBar), so the screens keep their width.
        navbar={{ width: { sm: NAV_RAIL_WIDTH, lg: 240 }, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', lg: 'xl' }}
      >
        <AppShell.Header className="rs-header">
          <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <NavBar onNavigate={nav.close} onOpenAbout={about.open} />
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className="rs-main">
          <DamageBanner />
          <ReadOnlyBanner />
          <NoticeBanner />
          <Screen route={route} />
        </AppShell.Main>
      </AppShell>
      <AboutModal opened={aboutOpened} onClose={about.close} />
      <WindowDropOverlay visible={dragging} />
    </>
  );
}
