/**
 * One activity in full: every dimension in words, the providers with their roles and organisation
 * type, reach with unit and source, description, start year, website, the extra fields (columns the
 * importer kept as they were), and the import-report rows that touched it.
 */
import { Anchor, Badge, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DimensionKey } from '../../../../src-shared/codebook';
import type { ActivityDetail } from '../../../../src-shared/model';
import { dimensionLabel, entryLabel, useI18n } from '../../i18n';
import { IssuesTable } from '../IssuesTable';
import type { DetailTarget } from './DetailDrawer';
import { DetailButtons, DetailDeleteDialog, DetailFacts, DetailHeading, DetailPending, ExtraFields, type Fact } from './DetailParts';
import { useApiMutation, useApiQuery } from '../../api/query';
import { ActivityEditForm } from './ActivityEditForm';
import { NextDoorSection } from './NextDoorSection';
import { locale } from '../../i18n/format';

/** The dimensions listed in words (providers and roles get their own table). */
const WORD_DIMENSIONS: readonly DimensionKey[] = ['type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'goal', 'application', 'technology', 'bottleneck', 'rationale', 'effort'];

function Providers({ activity }: { activity: ActivityDetail }) {
  const { t } = useI18n();
  if (activity.providers.length === 0) return <Text size="sm" c="dimmed">{t('explore.detail.noProviders')}</Text>;
  return (
    <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={t('explore.detail.providers')} data-testid="detail-providers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('explore.detail.organisation')}</Table.Th>
          <Table.Th scope="col">{t('explore.detail.organisationType')}</Table.Th>
          <Table.Th scope="col">{t('explore.detail.roles')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {activity.providers.map((p) => (
          <Table.Tr key={p.organisation}>
            <Table.Td>{p.organisation}</Table.Td>
            <Table.Td>{p.organisationType?.label ?? '–'}</Table.Td>
            <Table.Td>{p.roles.map((r) => r.label).join(', ') || '–'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A dimension's values in words; a value the import kept unmapped says so. */
function DimensionValues({ dim, activity }: { dim: DimensionKey; activity: ActivityDetail }) {
  const { t } = useI18n();
  const values = activity.values[dim] ?? [];
  if (values.length === 0) return <>–</>;
  const coded = values.filter((v) => v.code !== null).map((v) => entryLabel(dim, v.code, v.label)).join(', ');
  return (
    <>
      {coded}
      {values
        .filter((v) => v.code === null)
        .map((v) => (
          <Badge key={v.label} variant="outline" className="rs-detail-unmapped" tt="none" ml={coded ? 6 : 0} data-testid={`detail-unmapped-${dim}`}>
            {t('edit.unmapped', { value: v.label })}
          </Badge>
        ))}
    </>
  );
}

export function ActivityDetailView({ id, onOpen, onGone }: { id: number; onOpen(target: DetailTarget): void; onGone(): void }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useApiMutation('edits.delete');
  const args = useMemo(() => ({ id, language: lang }), [id, lang]);
  const { value: activity, error } = useApiQuery('query.activity', args);
  const number = (n: number) => n.toLocaleString(locale(lang));

  if (error || !activity) return <DetailPending error={error} title={t('explore.detail.activity')} />;

  const reach = activity.reach === null ? t('explore.detail.reachUnknown') : `${number(activity.reach)}${activity.reachUnit ? ` ${activity.reachUnit}` : ''}`;
  const facts: Fact[] = [
    { label: t('explore.col.startYear'), value: activity.startYear === null ? t('explore.detail.unknown') : String(activity.startYear) },
    { label: t('explore.col.reach'), value: reach, testId: 'detail-reach' },
    { label: t('explore.detail.reachSource'), value: activity.reachSource ?? t('explore.detail.unknown') },
    {
      label: t('explore.detail.website'),
      value: activity.website ? (
        <Anchor href={activity.website} target="_blank" rel="noreferrer" data-testid="detail-website">
          {activity.website}
        </Anchor>
      ) : (
        t('explore.detail.none')
      ),
    },
  ];
  const dimensionFacts: Fact[] = WORD_DIMENSIONS.map((dim) => ({
    label: dimensionLabel(dim, lang),
    value: <DimensionValues dim={dim} activity={activity} />,
    testId: `detail-dim-${dim}`,
  }));

  return (
    <Stack gap="lg" data-testid="activity-detail">
      <DetailHeading title={activity.name}>
        {t('explore.detail.partOf')}{' '}
        <UnstyledButton className="rs-inline-link" onClick={() => onOpen({ kind: 'initiative', id: activity.initiativeId })} data-testid="detail-initiative-link">
          {activity.initiative}
        </UnstyledButton>{' '}
        · {activity.scan}
      </DetailHeading>
      <DetailButtons focus={{ activity: activity.id, mapInitiative: activity.initiativeId }} editing={editing} onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
      <DetailDeleteDialog kind="activity" opened={deleting} onClose={() => setDeleting(false)} remove={() => remove.run({ id: activity.id })} onGone={onGone}>
        {t('edit.deleteActivity.body', { name: activity.name })}
      </DetailDeleteDialog>
      {editing ? <ActivityEditForm activity={activity} onDone={() => setEditing(false)} /> : <ActivityFacts activity={activity} facts={facts} dimensionFacts={dimensionFacts} onOpen={onOpen} />}
    </Stack>
  );
}

function ActivityFacts({ activity, facts, dimensionFacts, onOpen }: { activity: ActivityDetail; facts: Fact[]; dimensionFacts: Fact[]; onOpen(target: DetailTarget): void }) {
  const { t } = useI18n();
  return (
    <>
      {activity.description ? <Text size="sm" className="rs-detail-description">{activity.description}</Text> : <Text size="sm" c="dimmed">{t('explore.detail.noDescription')}</Text>}
      <DetailFacts facts={facts} />
      <ExtraFields extra={activity.extra} />
      <section aria-labelledby="detail-dimensions">
        <Title order={3} id="detail-dimensions" className="rs-detail-section">{t('explore.detail.dimensions')}</Title>
        <DetailFacts facts={dimensionFacts} />
      </section>
      <NextDoorSection activity={activity.id} onOpen={onOpen} />
      <section aria-labelledby="detail-providers-title">
        <Title order={3} id="detail-providers-title" className="rs-detail-section">{t('explore.detail.providers')}</Title>
        <Providers activity={activity} />
      </section>
      <section aria-labelledby="detail-issues-title">
        <Title order={3} id="detail-issues-title" className="rs-detail-section">{t('explore.detail.issues')}</Title>
        {activity.issues.length === 0 ? (
          <Text size="sm" c="dimmed">{t('explore.detail.noIssues')}</Text>
        ) : (
          <IssuesTable issues={activity.issues} label={t('explore.detail.issues')} testId="detail-issues" />
        )}
      </section>
    </>
  );
}
