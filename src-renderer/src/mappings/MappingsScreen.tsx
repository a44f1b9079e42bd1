import { PlainScreenHeading } from '../ui/ScreenHeading';
import { Stack, Title } from '@mantine/core';
import { useT } from '../i18n';
import { useAppInfo } from '../state/appData';
import { MappingRules } from './MappingRules';
import { UnmappedValues } from './UnmappedValues';

/** Te koppelen: values that matched no code (map them, for all scans at once) and the stored mapping rules (docs/mappings.md). */
export function MappingsScreen() {
  const t = useT();
  const appInfo = useAppInfo();
  const readOnly = (appInfo?.readOnly ?? false) || appInfo?.damage != null;
  return (
    <section data-testid="screen-te-koppelen" aria-labelledby="screen-title-te-koppelen" className="rs-screen rs-screen-wide">
      <Stack gap="lg">
        <PlainScreenHeading route="te-koppelen" />
        <section aria-labelledby="koppelen-values-title">
          <Title order={2} id="koppelen-values-title" size="h3" mb="xs">
            {t('koppelen.values.title')}
          </Title>
          <UnmappedValues readOnly={readOnly} />
        </section>
        <MappingRules readOnly={readOnly} />
      </Stack>
    </section>
  );
}
