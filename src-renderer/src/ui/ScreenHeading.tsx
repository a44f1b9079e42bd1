/**
 * The top of an analysis screen: its `<h1>` (focused on navigation) with a one-line lead, then the
 * active filter in words with the way to change it (every screen follows the one filter).
 */
import { Button, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAdjustments } from '@tabler/icons-react';
import { FilterWords } from './FilterWords';
import { useT } from '../i18n';
import { formatRoute, type Route } from '../routes';

export function ScreenHeading({ route, lead }: { route: Route; lead: string }) {
  const t = useT();
  return (
    <>
      <div className="rs-explore-head">
        <Title order={1} id={`screen-title-${route}`} tabIndex={-1} className="rs-screen-title">
          {t(`route.${route}`)}
        </Title>
        <Text size="sm" c="dimmed" className="rs-explore-lead">
          {lead}
        </Text>
      </div>
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
      <Title order={1} id={`screen-title-${route}`} tabIndex={-1} className="rs-screen-title">
        {t(`route.${route}`)}
      </Title>
      <Text mt="xs" className="rs-screen-lead">
        {t(`screen.${route}.lead`)}
      </Text>
      {children}
    </div>
  );
}
