import { PlainScreenHeading } from '../ui/ScreenHeading';
import { Stack } from '@mantine/core';
import { BackupsSection } from './BackupsSection';

/** Back-ups: the automatic backups beside the database, and restoring one (after confirmation). */
export function BackupsScreen() {
  return (
    <section data-testid="screen-back-ups" aria-labelledby="screen-title-back-ups" className="rs-screen rs-screen-wide">
      <Stack gap="lg">
        <PlainScreenHeading route="back-ups" />
        <BackupsSection labelledBy="screen-title-back-ups" />
      </Stack>
    </section>
  );
}
