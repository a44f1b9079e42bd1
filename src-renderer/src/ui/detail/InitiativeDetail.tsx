/**
 * One initiative: description, website, focus, start year, home region, and its activities (with how
 * many match the active filter); an activity opens its own detail.
 */
import { Anchor, Badge, Button, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowsJoin, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { focusLabel, type FocusKey } from '../../../../src-shared/focus';
import { useI18n } from '../../i18n';
import { useFilter } from '../../state/FilterProvider';
import type { DetailTarget } from './DetailDrawer';
import { DetailButtons, DetailDeleteDialog, DetailFacts, DetailHeading, DetailPending, ExtraFields, type Fact } from './DetailParts';
import { useApiMutation, useApiQuery } from '../../api/query';
import { AddDialog, type AddTarget } from './AddDialog';
import { InitiativeEditForm } from './InitiativeEditForm';
import { MergeDialog } from './MergeDialog';

export function InitiativeDetailView({ id, onOpen, onGone }: { id: number; onOpen(target: DetailTarget): void; onGone(): void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const [adding, setAdding] = useState<AddTarget | null>(null);
  const remove = useApiMutation('edits.deleteInitiative');
  const { filter } = useFilter();
  const args = useMemo(() => ({ id, filter, language: lang }), [id, filter, lang]);
  const { value: initiative, error } = useApiQuery('query.initiative', args);

  if (error || !initiative) return <DetailPending error={error} title={t('explore.detail.initiative')} />;

  const facts: Fact[] = [
    {
      label: t('explore.detail.website'),
      value: initiative.website ? (
        <Anchor href={initiative.website} target="_blank" rel="noreferrer" data-testid="detail-website">
          {initiative.website}
        </Anchor>
      ) : (
        t('explore.detail.none')
      ),
    },
    { label: t('explore.icol.focus'), value: focusLabel(initiative.focus as FocusKey, lang), testId: 'detail-focus' },
    { label: t('explore.col.startYear'), value: initiative.startYear === null ? t('explore.detail.unknown') : String(initiative.startYear) },
    { label: t('explore.detail.homeRegion'), value: initiative.homeRegion ?? t('explore.detail.unknown') },
    { label: t('explore.icol.matching'), value: t('explore.matching', { matching: initiative.matching, total: initiative.activities }) },
  ];

  return (
    <Stack gap="lg" data-testid="initiative-detail">
      <DetailHeading title={initiative.name}>{initiative.scan}</DetailHeading>
      <DetailButtons
        focus={{ initiative: initiative.id, mapInitiative: initiative.id }}
        editing={editing}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        more={
          <>
            <Button size="xs" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setAdding({ kind: 'activity', scan: initiative.scanId, initiative: { id: initiative.id, name: initiative.name } })} data-testid="detail-add-activity">
              {t('edit.addActivity')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconArrowsJoin size={16} aria-hidden="true" />} onClick={() => setMerging(true)} data-testid="detail-merge">{t('edit.merge')}</Button>
          </>
        }
      />
      <AddDialog target={adding} onClose={() => setAdding(null)} onAdded={(activity) => onOpen({ kind: 'activity', id: activity })} />
      <MergeDialog keep={merging ? { id: initiative.id, name: initiative.name, scanId: initiative.scanId } : null} onClose={() => setMerging(false)} />
      <DetailDeleteDialog kind="initiative" opened={deleting} onClose={() => setDeleting(false)} remove={() => remove.run({ id: initiative.id })} onGone={onGone}>
        {t('edit.deleteInitiative.body', { name: initiative.name, count: initiative.activities })}
      </DetailDeleteDialog>
      {editing && <InitiativeEditForm initiative={initiative} onDone={() => setEditing(false)} />}
      {!editing && (initiative.description ? <Text size="sm" className="rs-detail-description">{initiative.description}</Text> : <Text size="sm" c="dimmed">{t('explore.detail.noDescription')}</Text>)}
      {!editing && <DetailFacts facts={facts} />}
      {!editing && <ExtraFields extra={initiative.extra} />}
      <section aria-labelledby="detail-activities-title">
        <Title order={3} id="detail-activities-title" className="rs-detail-section">
          {t('explore.detail.activities', { count: initiative.activityList.length })}
        </Title>
        <ul className="rs-plain-list" data-testid="detail-activities">
          {initiative.activityList.map((a) => (
            <li key={a.id}>
              <UnstyledButton className="rs-detail-activity" onClick={() => onOpen({ kind: 'activity', id: a.id })} data-testid={`detail-activity-${a.id}`}>
                <span className="rs-detail-activity-name">{a.name}</span>
                {a.values.type?.[0] && (
                  <Badge component="span" size="sm" variant="light" radius="sm" tt="none">
                    {a.values.type[0].label}
                  </Badge>
                )}
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
