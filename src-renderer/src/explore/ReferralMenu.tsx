/**
 * Doorverwijzen (referral): "I want to do something with students" → choose the activity type and
 * see at once which initiatives to approach. Sets the type condition (other conditions stay) and
 * switches to the initiatives table.
 */
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconUsersGroup } from '@tabler/icons-react';
import { ACTIVITY_TYPES } from '../../../src-shared/codebook';
import { codebookLabel, useI18n } from '../i18n';
import { useFacets, useFilter } from '../state/FilterProvider';

export function ReferralMenu({ onChosen }: { onChosen(): void }) {
  const { t, lang } = useI18n();
  const { dispatch } = useFilter();
  const facets = useFacets();
  const counts = new Map((facets.result?.facets.type ?? []).map((f) => [f.code, f.count]));

  return (
    <Menu position="bottom-end" shadow="md" width={340}>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconUsersGroup size={16} aria-hidden="true" />} rightSection={<IconChevronDown size={14} aria-hidden="true" />} data-testid="referral-menu">
          {t('explore.referral')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('explore.referral.label')}</Menu.Label>
        {ACTIVITY_TYPES.map((type) => (
          <Menu.Item
            key={type.code}
            onClick={() => {
              dispatch({ type: 'setValues', dimension: 'type', values: [type.code], mode: 'any' });
              onChosen();
            }}
            rightSection={
              counts.has(type.code) ? (
                // The facet counts activities (under the filter), so the number says so.
                <Text size="xs" c="dimmed" className="rs-num" data-testid={`referral-count-${type.code}`}>
                  {t('explore.referral.count', { count: counts.get(type.code)! })}
                </Text>
              ) : null
            }
            data-testid={`referral-${type.code}`}
          >
            {codebookLabel(type, lang)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
