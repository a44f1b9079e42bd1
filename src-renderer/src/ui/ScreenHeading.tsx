/**
 * The top of a screen: its `<h1>` (`screen-title-<route>`, which the screen's section is labelled by
 * and navigation focuses), on an analysis screen with a one-line lead beside it, then the active
 * filter in words with the way to change it (every screen follows the one filter).
 */
import { Button, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAdjustments } from '@tabler/icons-react';
import { FilterWords } from './FilterWords';
import { useT } from '../i18n';
import { formatRoute, type Route } from '../routes';

/** A screen's `<h1>`: the route's name. */
export function ScreenTitle({ route }: { route: Route }) {
  const t = useT();
  return (
    <Title order={1} id={`screen-title-${route}`} tabIndex={-1} className="rs-screen-title">
      {t(`route.${route}`)}
    </Title>
  );
}

/** The `<h1>` with the screen's lead beside it (below it when the line is too short). */
export function ScreenHead({ route, lead }: { route: Route; lead: string }) {
  return (
    <div className="rs-explore-head">
      <ScreenTitle route={route} />
      <Text size="sm" c="dimmed" className="rs-explore-lead">
        {lead}
      </Text>
    </div>
  );
}

export function ScreenHeading({ route, lead }: { route: Route; lead: string }) {
  const t = useT();
  return (
    <>
      <ScreenHead route={route} lead={lead} />
      <Group gap="sm" wrap="nowrap" align="stretch" className="rs-graph-filter">
        <div className="rs-graph-filter-words">
          <FilterWords />
        </div>
        <Button component="a" href={formatRoute('activiteiten')} size="xs" variant="default" leftSection={<IconAdjustments size={16} aria-hidden="true" />} className="rs-graph-filter-link">
          {t('graph.changeFilter')}
        </Button>
      </Group>
    </>
  );
}

/** The top of an upkeep screen (Importeren, Te koppelen, Back-ups): its `<h1>` and lead, no filter. */
export function PlainScreenHeading({ route, children }: { route: Route; children?: ReactNode }) {
  const t = useT();
  return (
    <div>
      <ScreenTitle route={route} />
      <Text mt="xs" className="rs-screen-lead">
        {t(`screen.${route}.lead`)}
      </Text>
      {children}
    </div>
  );
}
