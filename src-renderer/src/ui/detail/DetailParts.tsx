/** Pieces shared by the activity and initiative details: a list of facts and the links to the map and Leer van elkaar. */
import { Button, Group, Text, Title } from '@mantine/core';
import { IconAffiliate, IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ExtraFieldView } from '../../../../src-shared/model';
import { useT } from '../../i18n';
import { learnHash, mapHash, type LearnFocus } from '../../routes';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function DetailFacts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="rs-facts">
      {facts.map((f) => (
        <div key={f.label} className="rs-fact" data-testid={f.testId}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Columns of the workbook the importer did not know, kept as they were (nothing is dropped). */
export function ExtraFields({ extra }: { extra: readonly ExtraFieldView[] }) {
  const t = useT();
  if (extra.length === 0) return null;
  return (
    <section aria-labelledby="detail-extra-title" data-testid="detail-extra">
      <Title order={3} id="detail-extra-title" className="rs-detail-section">
        {t('explore.detail.extra')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('explore.detail.extraLead')}
      </Text>
      <DetailFacts facts={extra.map((e) => ({ label: e.initiative ? t('explore.detail.fromInitiative', { name: e.name }) : e.name, value: e.value, testId: `detail-extra-${e.name}` }))} />
    </section>
  );
}

/**
 * "Leer van…" (this initiative's or activity's best partners on Leer van elkaar) and "Toon op kaart"
 * (the Ecosysteemkaart with the initiative selected).
 */
export function FollowsButtons({ focus }: { focus: LearnFocus & { mapInitiative: number } }) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button component="a" size="xs" variant="default" href={mapHash(focus.mapInitiative)} leftSection={<IconAffiliate size={16} aria-hidden="true" />} data-testid="detail-show-in-map">
        {t('explore.detail.showInMap')}
      </Button>
      <Button component="a" size="xs" variant="default" href={learnHash(focus)} leftSection={<IconBulb size={16} aria-hidden="true" />} data-testid="detail-learn-from">
        {t('explore.detail.learnFrom')}
      </Button>
    </Group>
  );
}
