import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { SCREENS } from '../screens';
import { useAppState } from '../state/AppStateProvider';
import { AboutModal } from './AboutModal';
import { HeaderBar } from './HeaderBar';
import { NavBar } from './NavBar';
import { NoticeBanner } from './NoticeBanner';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main-content';

/** Header, navigation and the current screen. */
export function Shell() {
  const t = useT();
  const { route } = useAppState();
  const [navOpened, nav] = useDisclosure(false);
  const [aboutOpened, about] = useDisclosure(false);
  const Screen = SCREENS[route];
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
        navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="xl"
      >
        <AppShell.Header className="rs-header">
          <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <NavBar onNavigate={nav.close} onOpenAbout={about.open} />
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className="rs-main">
          <NoticeBanner />
          <Screen />
        </AppShell.Main>
      </AppShell>
      <AboutModal opened={aboutOpened} onClose={about.close} />
    </>
  );
}
