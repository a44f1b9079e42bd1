import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n';
import { BackupsLink } from './BackupsLink';
import { GeographySection } from './GeographySection';
import { ImportSection } from './ImportSection';
import { ScansSection } from './ScansSection';

/** Importeren: load a Regioscan workbook as a new scan, manage the scans already imported and the regions workbooks added; a link to Back-ups. */
export function ImportScreen() {
  const t = useT();
  return (
    <section data-testid="screen-importeren" aria-labelledby="screen-title-importeren" className="rs-screen rs-screen-wide">
      <Stack gap="xl">
        <div>
          <Title order={1} id="screen-title-importeren" tabIndex={-1} className="rs-screen-title">
            {t('route.importeren')}
          </Title>
          <Text mt="xs" className="rs-screen-lead">
            {t('screen.importeren.lead')}
          </Text>
          <Text mt={4} size="sm" c="dimmed">
            {t('empty.importHint')}
          </Text>
        </div>
        <ImportSection />
        <ScansSection />
        <GeographySection />
        <BackupsLink />
      </Stack>
    </section>
  );
}
