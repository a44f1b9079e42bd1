import { ActionIcon, Badge, Burger, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { IconChartDots3, IconMoon, IconSun } from '@tabler/icons-react';
import { useI18n, type Language } from '../i18n';
import { otherColorScheme } from '../state/app';
import { useAppActions, useAppState } from '../state/AppStateProvider';
import { useAppInfo } from '../state/appData';
import { ScanSelector } from './ScanSelector';

interface HeaderBarProps {
  navOpened: boolean;
  onToggleNav(): void;
}

function LanguageOption({ code, name, lang }: { code: string; name: string; lang: Language }) {
  return (
    <span lang={lang} title={name}>
      {code}
    </span>
  );
}

export function HeaderBar({ navOpened, onToggleNav }: HeaderBarProps) {
  const { t } = useI18n();
  const { language, colorScheme } = useAppState();
  const { setLanguage, setColorScheme } = useAppActions();
  const appInfo = useAppInfo();
  const toggleLabel = colorScheme === 'dark' ? t('colorScheme.toLight') : t('colorScheme.toDark');

  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap" className="rs-header-bar">
      <Burger
        opened={navOpened}
        onClick={onToggleNav}
        hiddenFrom="sm"
        size="sm"
        color="var(--rs-header-fg)"
        aria-label={navOpened ? t('nav.toggle.close') : t('nav.toggle.open')}
        aria-expanded={navOpened}
        aria-controls="rs-navbar"
      />
      <Group gap="sm" wrap="nowrap" className="rs-brand">
        <span className="rs-brand-mark" aria-hidden="true">
          <IconChartDots3 size={22} stroke={1.8} />
        </span>
        <div className="rs-brand-text">
          <Text component="span" className="rs-brand-name">
            {t('app.name')}
          </Text>
          <Text component="span" className="rs-brand-tagline" visibleFrom="lg">
            {t('app.tagline')}
          </Text>
        </div>
        {appInfo?.readOnly && (
          <Badge variant="white" color="dark" size="sm" radius="sm">
            {t('about.readOnly')}
          </Badge>
        )}
      </Group>

      <div className="rs-header-scans">
        <ScanSelector />
      </div>

      <Group gap="sm" wrap="nowrap" className="rs-header-tools">
        <SegmentedControl<Language>
          data-testid="language-switch"
          aria-label={t('language.label')}
          className="rs-language-switch"
          size="xs"
          value={language}
          onChange={setLanguage}
          data={[
            { value: 'nl', label: <LanguageOption code="NL" name={t('language.nl')} lang="nl" /> },
            { value: 'en', label: <LanguageOption code="EN" name={t('language.en')} lang="en" /> },
          ]}
        />
        <Tooltip label={toggleLabel} withArrow openDelay={400}>
          <ActionIcon
            data-testid="color-scheme-toggle"
            className="rs-header-icon"
            variant="subtle"
            size="lg"
            aria-label={toggleLabel}
            onClick={() => setColorScheme(otherColorScheme(colorScheme))}
          >
            {colorScheme === 'dark' ? <IconSun size={20} aria-hidden="true" /> : <IconMoon size={20} aria-hidden="true" />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
