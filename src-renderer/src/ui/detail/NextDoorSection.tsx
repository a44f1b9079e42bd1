/**
 * Volgende deur in the activity detail panel (docs/surveys.md): activities of other initiatives that
 * take the same entrepreneur one step further, each with its reason in words and how often
 * participants named it under Volgende stap; then everything participants wrote there. The list
 * copies as a referral text. Its own section, placed in ActivityDetail with one line.
 */
import { Badge, Button, Group, List, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { useToast } from '../Toast';
import type { DetailTarget } from './DetailDrawer';
import { nextDoorText } from './nextDoorText';

/** Suggestions shown before "Toon alle". */
const FIRST = 6;

export function NextDoorSection({ activity, onOpen }: { activity: number; onOpen(target: DetailTarget): void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const [all, setAll] = useState(false);
  const args = useMemo(() => ({ activity, language: lang }), [activity, lang]);
  const { value: result } = useApiQuery('nextdoor.suggest', args);
  if (!result) return null;
  const shown = all ? result.suggestions : result.suggestions.slice(0, FIRST);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(nextDoorText(t('nextdoor.text.heading', { activity: result.activity, initiative: result.initiative }), result));
      notify(t('nextdoor.copied'));
    } catch {
      notify(t('nextdoor.copyFailed'), 'error');
    }
  };

  return (
    <section aria-labelledby="detail-nextdoor-title" data-testid="detail-nextdoor">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={3} id="detail-nextdoor-title" className="rs-detail-section">{t('nextdoor.title')}</Title>
        {result.suggestions.length > 0 && (
          <Button size="compact-xs" variant="subtle" leftSection={<IconCopy size={14} aria-hidden="true" />} onClick={() => void copy()} data-testid="nextdoor-copy">
            {t('nextdoor.copy')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">{result.nextGroups.length === 0 ? t('nextdoor.noGroup') : result.suggestions.length === 0 ? t('nextdoor.none') : t('nextdoor.lead')}</Text>
      {shown.length > 0 && (
        <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((s) => (
            <li key={s.activityId} data-testid={`nextdoor-${s.activityId}`}>
              <UnstyledButton className="rs-inline-link" onClick={() => onOpen({ kind: 'activity', id: s.activityId })}>
                {s.initiative}: {s.activity}
              </UnstyledButton>
              {s.referrals > 0 && (
                <Badge ml={6} size="sm" variant="filled" color="teal.9" tt="none" data-testid="nextdoor-referrals">
                  {t('nextdoor.referrals', { count: s.referrals })}
                </Badge>
              )}
              <Text size="xs" c="dimmed">{s.reason}</Text>
            </li>
          ))}
        </Stack>
      )}
      {!all && result.suggestions.length > FIRST && (
        <Button size="compact-xs" variant="default" mt="xs" onClick={() => setAll(true)} data-testid="nextdoor-more">
          {t('nextdoor.more', { count: result.suggestions.length })}
        </Button>
      )}
      {result.referrals.length > 0 && (
        <div data-testid="nextdoor-reported">
          <Text size="sm" fw={600} mt="sm">{t('nextdoor.reported.title')}</Text>
          <List size="sm">
            {result.referrals.map((r) => (
              <List.Item key={r.text}>{t('nextdoor.reported.item', { text: r.text, count: r.count })}</List.Item>
            ))}
          </List>
        </div>
      )}
    </section>
  );
}
