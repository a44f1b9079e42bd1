import { PlainScreenHeading } from '../ui/ScreenHeading';
import { Stack, Text } from '@mantine/core';
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
        <PlainScreenHeading route="importeren">
          <Text mt={4} size="sm" c="dimmed">
            {t('empty.importHint')}
          </Text>
        </PlainScreenHeading>
        <ImportSection />
        <ScansSection />
        <GeographySection />
        <BackupsLink />
      </Stack>
    </section>
  );
}
