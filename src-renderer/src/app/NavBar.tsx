import { AppShell, Button, NavLink, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../i18n';
import { formatRoute, ROUTES } from '../routes';
import { SCREEN_ICONS } from './screenIcons';
import { useAppState } from '../state/AppStateProvider';
import { useAppInfo } from '../state/appData';

/** The navigation's width as a rail of icons, between the burger menu (< 768 px) and 1200 px. */
export const NAV_RAIL_WIDTH = 72;
const RAIL_QUERY = '(min-width: 48em) and (max-width: 74.99em)';

interface NavBarProps {
  onNavigate(): void;
  onOpenAbout(): void;
}

export function NavBar({ onNavigate, onOpenAbout }: NavBarProps) {
  const t = useT();
  const { route } = useAppState();
  const appInfo = useAppInfo();
  // As a rail the labels are visually hidden (still the links' names) and shown as tooltips. Read on
  // the first render, so that a narrow window never shows the labels for a frame.
  const rail = useMediaQuery(RAIL_QUERY, undefined, { getInitialValueInEffect: false });
  const railHidden = rail ? 'rs-visually-hidden' : undefined;

  return (
    <AppShell.Navbar id="rs-navbar" aria-label={t('nav.label')} className="rs-navbar">
      <AppShell.Section grow component={ScrollArea} p="sm">
        <ul className="rs-plain-list">
          {ROUTES.map((r) => {
            const Icon = SCREEN_ICONS[r];
            const active = r === route;
            return (
              <li key={r}>
                <Tooltip label={t(`route.${r}`)} position="right" withArrow disabled={!rail} openDelay={200}>
                <NavLink
                  component="a"
                  href={formatRoute(r)}
                  data-testid={`nav-${r}`}
                  aria-current={active ? 'page' : undefined}
                  active={active}
                  label={t(`route.${r}`)}
                  leftSection={<Icon size={20} stroke={1.7} aria-hidden="true" />}
                  className="rs-nav-link"
                  classNames={{ body: railHidden }}
                  onClick={onNavigate}
                />
                </Tooltip>
              </li>
            );
          })}
        </ul>
      </AppShell.Section>
      <AppShell.Section p="sm" className="rs-navbar-footer">
        <Stack gap={4}>
          <Tooltip label={t('about.open')} position="right" withArrow disabled={!rail} openDelay={200}>
            <Button
              variant="subtle"
              justify="flex-start"
              leftSection={<IconInfoCircle size={18} aria-hidden="true" />}
              onClick={onOpenAbout}
              data-testid="about-open"
              className="rs-about-button"
            >
              <span className={railHidden}>{t('about.open')}</span>
            </Button>
          </Tooltip>
          {appInfo && (
            <Text size="xs" c="dimmed" px="sm" data-testid="app-version" className={railHidden}>
              {t('footer.version', { version: appInfo.version })}
            </Text>
          )}
        </Stack>
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
