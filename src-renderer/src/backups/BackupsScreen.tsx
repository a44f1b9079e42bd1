import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n';
import { BackupsSection } from './BackupsSection';

/** Back-ups: the automatic backups beside the database, and restoring one (after confirmation). */
export function BackupsScreen() {
  const t = useT();
  return (
    <section data-testid="screen-back-ups" aria-labelledby="screen-title-back-ups" className="rs-screen rs-screen-wide">
      <Stack gap="lg">
        <div>
          <Title order={1} id="screen-title-back-ups" tabIndex={-1} className="rs-screen-title">
            {t('route.back-ups')}
          </Title>
          <Text mt="xs" className="rs-screen-lead">
            {t('screen.back-ups.lead')}
          </Text>
        </div>
        <BackupsSection labelledBy="screen-title-back-ups" />
      </Stack>
    </section>
  );
}
