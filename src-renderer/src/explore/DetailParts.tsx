/** Pieces shared by the activity and initiative details: a list of facts and the "volgt" placeholders. */
import { Button, Group, Tooltip } from '@mantine/core';
import { IconAffiliate, IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

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

/** Links to screens that do not exist yet: focusable, announced as unavailable, with a "volgt" tooltip. */
export function FollowsButtons() {
  const t = useT();
  const buttons = [
    { key: 'ecosystem', label: t('explore.detail.showInMap'), icon: IconAffiliate },
    { key: 'learn', label: t('explore.detail.learnFrom'), icon: IconBulb },
  ];
  return (
    <Group gap="xs">
      {buttons.map(({ key, label, icon: Icon }) => (
        <Tooltip key={key} label={t('explore.detail.follows')} withArrow>
          <Button
            size="xs"
            variant="default"
            data-disabled
            aria-disabled="true"
            onClick={(e) => e.preventDefault()}
            leftSection={<Icon size={16} aria-hidden="true" />}
            data-testid={`detail-follows-${key}`}
          >
            {label}
            <span className="rs-visually-hidden"> ({t('explore.detail.follows')})</span>
          </Button>
        </Tooltip>
      ))}
    </Group>
  );
}
