import { AppShell, Button, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../i18n';
import { formatRoute, ROUTES } from '../routes';
import { SCREEN_ICONS } from '../screens/icons';
import { useAppState } from '../state/AppStateProvider';
import { useData } from '../state/DataProvider';

interface NavBarProps {
  onNavigate(): void;
  onOpenAbout(): void;
}

export function NavBar({ onNavigate, onOpenAbout }: NavBarProps) {
  const t = useT();
  const { route } = useAppState();
  const { appInfo } = useData();

  return (
    <AppShell.Navbar id="rs-navbar" aria-label={t('nav.label')} className="rs-navbar">
      <AppShell.Section grow component={ScrollArea} p="sm">
        <ul className="rs-nav-list">
          {ROUTES.map((r) => {
            const Icon = SCREEN_ICONS[r];
            const active = r === route;
            return (
              <li key={r}>
                <NavLink
                  component="a"
                  href={formatRoute(r)}
                  data-testid={`nav-${r}`}
                  aria-current={active ? 'page' : undefined}
                  active={active}
                  label={t(`route.${r}`)}
                  leftSection={<Icon size={20} stroke={1.7} aria-hidden="true" />}
                  className="rs-nav-link"
                  onClick={onNavigate}
                />
              </li>
            );
          })}
        </ul>
      </AppShell.Section>
      <AppShell.Section p="sm" className="rs-navbar-footer">
        <Stack gap={4}>
          <Button
            variant="subtle"
            justify="flex-start"
            leftSection={<IconInfoCircle size={18} aria-hidden="true" />}
            onClick={onOpenAbout}
            data-testid="about-open"
          >
            {t('about.open')}
          </Button>
          {appInfo && (
            <Text size="xs" c="dimmed" px="sm" data-testid="app-version">
              {t('footer.version', { version: appInfo.version })}
            </Text>
          )}
        </Stack>
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
