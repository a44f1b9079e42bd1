/**
 * The slides of a presentation in order: each with its view, where its filter came from, its title
 * and speaker notes (saved when the field is left), reordered by dragging its handle or with the up
 * and down buttons, and delete.
 * Every change is one change group in main (undo with Ctrl+Z or `regioscan undo`).
 */
import { ActionIcon, Badge, Group, Paper, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Slide } from '../../../src-shared/presentations';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { useFailureToast } from '../ui/Toast';

/** The drag's data type: a slide's id (a drop elsewhere ignores it). */
const SLIDE_DRAG = 'application/x-regioscan-slide';

function SlideItem({ slide, count }: { slide: Slide; count: number }) {
  const { t } = useI18n();
  const edit = useApiMutation('presentations.editSlide');
  const move = useApiMutation('presentations.moveSlide');
  const remove = useApiMutation('presentations.removeSlide');
  const [title, setTitle] = useState(slide.title);
  const [note, setNote] = useState(slide.note);
  const fail = useFailureToast();
  const n = slide.position;

  const save = (patch: { title?: string; note?: string }) => {
    if ((patch.title === undefined || patch.title === slide.title) && (patch.note === undefined || patch.note === slide.note)) return;
    edit.run({ slide: slide.id, patch }).catch((error: unknown) => {
      setTitle(slide.title);
      fail(error);
    });
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      className="rs-slide-item"
      data-testid={`slide-item-${n}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(SLIDE_DRAG)) e.preventDefault();
      }}
      onDrop={(e) => {
        const dragged = Number(e.dataTransfer.getData(SLIDE_DRAG));
        if (!Number.isInteger(dragged) || dragged <= 0 || dragged === slide.id) return;
        e.preventDefault();
        move.run({ slide: dragged, position: n }).catch(fail);
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={6}>
        <Group gap="xs" wrap="nowrap">
          <span
            className="rs-slide-handle"
            draggable
            title={t('presentations.slide.drag')}
            onDragStart={(e) => {
              e.dataTransfer.setData(SLIDE_DRAG, String(slide.id));
              e.dataTransfer.effectAllowed = 'move';
            }}
            data-testid={`slide-handle-${n}`}
          >
            <IconGripVertical size={16} aria-hidden="true" />
          </span>
          <Text fw={700} size="sm">
            {n}.
          </Text>
          <Badge variant="light">{t(`presentations.view.${slide.view}`)}</Badge>
          {slide.filterName && (
            <Text size="xs" c="dimmed">
              {t('presentations.slide.from', { name: slide.filterName })}
            </Text>
          )}
        </Group>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" disabled={n === 1} aria-label={t('presentations.slide.up', { n })} onClick={() => void move.run({ slide: slide.id, position: n - 1 }).catch(fail)} data-testid={`slide-up-${n}`}>
            <IconArrowUp size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={n === count} aria-label={t('presentations.slide.down', { n })} onClick={() => void move.run({ slide: slide.id, position: n + 1 }).catch(fail)} data-testid={`slide-down-${n}`}>
            <IconArrowDown size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('presentations.slide.delete', { n })} onClick={() => void remove.run({ slide: slide.id }).catch(fail)} data-testid={`slide-delete-${n}`}>
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Group>
      <TextInput size="xs" label={t('presentations.slide.title')} value={title} maxLength={200} onChange={(e) => setTitle(e.currentTarget.value)} onBlur={() => save({ title: title.trim() })} data-testid={`slide-title-${n}`} />
      <Textarea size="xs" mt={4} label={t('presentations.slide.note')} value={note} autosize minRows={1} maxRows={6} maxLength={5000} onChange={(e) => setNote(e.currentTarget.value)} onBlur={() => save({ note })} data-testid={`slide-note-${n}`} />
    </Paper>
  );
}

export function SlideList({ slides }: { slides: Slide[] }) {
  return (
    <ol className="rs-slide-list" data-testid="slide-list">
      {slides.map((s) => (
        // Keyed by id and content: a move or an undo shows the stored title and note again.
        <SlideItem key={`${s.id}:${s.title}:${s.note}`} slide={s} count={slides.length} />
      ))}
    </ol>
  );
}
