/**
 * Pieces shared by the activity and initiative details: the panel while its row loads or failed, the
 * title with its line below, the row's buttons (edit ones only when the database can be written), a
 * list of facts, the extra fields and the links to the map and Leer van elkaar.
 */
import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAffiliate, IconBulb, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ExtraFieldView } from '../../../../src-shared/model';
import type { LocalisedMessage } from '../../api/errors';
import { useI18n, useT } from '../../i18n';
import { learnHash, mapHash, type LearnFocus } from '../../routes';
import { useReadOnly } from '../../state/appData';
import { ConfirmDeleteDialog } from '../ConfirmDeleteDialog';
import { ErrorAlert } from '../ErrorAlert';

/** The panel before its row is there: main's refusal in words, or a skeleton while it loads. */
export function DetailPending({ error, title }: { error: LocalisedMessage | null; title: string }) {
  const { t } = useI18n();
  if (error) {
    return (
      <>
        <Title order={2} id="detail-title" className="rs-detail-title">{title}</Title>
        <ErrorAlert error={error} />
      </>
    );
  }
  return (
    <Stack gap="sm" aria-busy="true">
      <Title order={2} id="detail-title" className="rs-visually-hidden">{t('explore.loading')}</Title>
      <Skeleton height={28} width="70%" />
      <Skeleton height={14} width="40%" />
      <Skeleton height={120} />
    </Stack>
  );
}

/** The row's name as the panel's title, and the line below it (its initiative, its scan). */
export function DetailHeading({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={2} id="detail-title" className="rs-detail-title">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {children}
      </Text>
    </div>
  );
}

/** Deleting the activity or initiative the panel shows, after a confirmation that says what goes with it. */
export function DetailDeleteDialog({ kind, opened, onClose, remove, onGone, children }: { kind: 'activity' | 'initiative'; opened: boolean; onClose(): void; remove(): Promise<unknown>; onGone(): void; children: ReactNode }) {
  const t = useT();
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t(kind === 'activity' ? 'edit.deleteActivity.title' : 'edit.deleteInitiative.title')}
      testId={`delete-${kind}-dialog`}
      confirmLabel={t('edit.deleteConfirm')}
      confirmTestId={`delete-${kind}-confirm`}
      remove={remove}
      onDone={onGone}
    >
      <Text size="sm">{children}</Text>
    </ConfirmDeleteDialog>
  );
}

/**
 * The row's buttons: the map and Leer van… links, and — unless it is being edited or the database
 * is read-only — Bewerken, what `more` adds, and Verwijderen….
 */
export function DetailButtons({ focus, editing, onEdit, onDelete, more }: { focus: LearnFocus & { mapInitiative: number }; editing: boolean; onEdit(): void; onDelete(): void; more?: ReactNode }) {
  const t = useT();
  const editable = !useReadOnly();
  return (
    <Group gap="xs">
      <FollowsButtons focus={focus} />
      {!editing && editable && (
        <>
          <Button size="xs" variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit} data-testid="detail-edit">{t('edit.edit')}</Button>
          {more}
          <Button size="xs" variant="default" leftSection={<IconTrash size={16} color="var(--mantine-color-red-8)" aria-hidden="true" />} onClick={onDelete} data-testid="detail-delete">{t('edit.delete')}</Button>
        </>
      )}
    </Group>
  );
}

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
function FollowsButtons({ focus }: { focus: LearnFocus & { mapInitiative: number } }) {
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
