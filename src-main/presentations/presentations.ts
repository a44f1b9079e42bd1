/**
 * Presentations (docs/presentations.md): a title and ordered slides. Every write is one change group
 * (origin `presentation`) in one transaction, recorded row by row by the history triggers, so
 * `regioscan undo` takes it back. A slide holds a COPY of its filter: deleting or changing the saved
 * filter it came from leaves the slide as it was made.
 */
import { type z } from 'zod';
import { filterSchema } from '../../src-shared/filter-schema';
import {
  newSlideSchema,
  presentationTitleSchema,
  slideOptionsSchema,
  slidePatchSchema,
  SLIDE_VIEWS,
  SLIDES_MAX,
  type NewSlide,
  type Presentation,
  type PresentationSummary,
  type Slide,
  type SlidePatch,
} from '../../src-shared/presentations';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { withChangeGroup, type Changes } from '../history';
import { issueSentence, parseJsonOr } from '../validation';
import {
  deletePresentationRow,
  deleteSlideRow,
  insertPresentation,
  insertSlide,
  presentationRow,
  presentationRows,
  renamePresentation,
  setSlidePosition,
  slideRow,
  slideRows,
  touchPresentation,
  updateSlide,
  type SlideRow,
} from './repository';

export const ORIGIN = 'presentation';

function damaged(row: SlideRow): never {
  throw new UserError('presentation-unreadable', { nl: `Dia ${row.id} ("${row.title}") is beschadigd.`, en: `Slide ${row.id} ("${row.title}") is damaged.` });
}

function parseJson<T extends z.ZodType>(schema: T, text: string, row: SlideRow): z.output<T> {
  const parsed = schema.safeParse(parseJsonOr(text, () => damaged(row)));
  if (!parsed.success) damaged(row);
  return parsed.data;
}

function toSlide(row: SlideRow): Slide {
  if (!(SLIDE_VIEWS as readonly string[]).includes(row.view)) damaged(row);
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    note: row.note,
    view: row.view as Slide['view'],
    filter: parseJson(filterSchema, row.filter, row),
    filterName: row.filter_name,
    options: parseJson(slideOptionsSchema, row.options, row),
  };
}

function notFound(id: number): never {
  throw new UserError('not-found', { nl: `Er is geen presentatie met ID ${id} (zie 'regioscan presentation list').`, en: `There is no presentation with ID ${id} (see 'regioscan presentation list').` });
}

function slideNotFound(id: number): never {
  throw new UserError('not-found', { nl: `Er is geen dia met ID ${id}.`, en: `There is no slide with ID ${id}.` });
}

/** Arguments checked against their schema: the first problem as one sentence (the CLI and the file reader pass raw input). */
function checked<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const sentence = issueSentence(parsed.error.issues[0]!);
    throw new UserError('invalid-presentation', { nl: `${sentence.nl.charAt(0).toUpperCase()}${sentence.nl.slice(1)}.`, en: `${sentence.en.charAt(0).toUpperCase()}${sentence.en.slice(1)}.` });
  }
  return parsed.data;
}

export function listPresentations(db: Db): PresentationSummary[] {
  return presentationRows(db).map((r) => ({ id: r.id, title: r.title, slides: r.slides, updatedAt: r.updated_at }));
}

export function getPresentation(db: Db, id: number): Presentation {
  const row = presentationRow(db, id) ?? notFound(id);
  return { id: row.id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, slides: slideRows(db, id).map(toSlide) };
}

export interface Written {
  presentation: Presentation;
  changes: Changes;
}

function write(db: Db, label: string, fn: (at: string) => number): Written {
  const { result, changes } = withChangeGroup(db, { origin: ORIGIN, label, scan: null }, () => fn(new Date().toISOString()));
  return { presentation: getPresentation(db, result), changes };
}

export function createPresentation(db: Db, title: string, slides: readonly NewSlide[] = []): Written {
  const name = checked(presentationTitleSchema, title);
  if (slides.length > SLIDES_MAX) throw new UserError('invalid-presentation', { nl: `Een presentatie heeft hoogstens ${SLIDES_MAX} dia's.`, en: `A presentation has at most ${SLIDES_MAX} slides.` });
  const checkedSlides = slides.map((s) => checked(newSlideSchema, s));
  return write(db, name, (at) => {
    const id = insertPresentation(db, name, at);
    checkedSlides.forEach((s, i) => insertSlide(db, slideFields(id, i + 1, s)));
    return id;
  });
}

function slideFields(presentation: number, position: number, s: z.output<typeof newSlideSchema>): Omit<SlideRow, 'id'> {
  return {
    presentation_id: presentation,
    position,
    title: s.title,
    note: s.note ?? '',
    view: s.view,
    filter: JSON.stringify(s.filter),
    filter_name: s.filterName ?? null,
    options: JSON.stringify(s.options ?? {}),
  };
}

export function renamePresentationTitle(db: Db, id: number, title: string): Written {
  const name = checked(presentationTitleSchema, title);
  const row = presentationRow(db, id) ?? notFound(id);
  return write(db, row.title, (at) => {
    renamePresentation(db, id, name, at);
    return id;
  });
}

export function deletePresentation(db: Db, id: number): { deleted: number; changes: Changes } {
  const row = presentationRow(db, id) ?? notFound(id);
  const { result, changes } = withChangeGroup(db, { origin: ORIGIN, label: row.title, scan: null }, () => deletePresentationRow(db, id));
  return { deleted: result, changes };
}

export function addSlide(db: Db, presentation: number, slide: NewSlide, position?: number): Written {
  const s = checked(newSlideSchema, slide);
  const row = presentationRow(db, presentation) ?? notFound(presentation);
  const existing = slideRows(db, presentation);
  if (existing.length >= SLIDES_MAX) throw new UserError('invalid-presentation', { nl: `Een presentatie heeft hoogstens ${SLIDES_MAX} dia's.`, en: `A presentation has at most ${SLIDES_MAX} slides.` });
  return write(db, row.title, (at) => {
    const id = insertSlide(db, slideFields(presentation, existing.length + 1, s));
    if (position !== undefined) placeSlide(db, presentation, id, position);
    touchPresentation(db, presentation, at);
    return presentation;
  });
}

function ownedSlide(db: Db, id: number): SlideRow {
  return slideRow(db, id) ?? slideNotFound(id);
}

export function editSlide(db: Db, id: number, patch: SlidePatch): Written {
  const p = checked(slidePatchSchema, patch);
  const row = ownedSlide(db, id);
  const current = toSlide(row);
  return write(db, current.title, (at) => {
    updateSlide(db, {
      id,
      title: p.title ?? current.title,
      note: p.note ?? current.note,
      view: p.view ?? current.view,
      filter: JSON.stringify(p.filter ?? current.filter),
      options: JSON.stringify(p.options ?? current.options),
    });
    touchPresentation(db, row.presentation_id, at);
    return row.presentation_id;
  });
}

/** Puts a slide at `position` (1 = first; past the end = last) and numbers the others 1, 2, … around it. */
function placeSlide(db: Db, presentation: number, id: number, position: number): void {
  const others = slideRows(db, presentation).filter((s) => s.id !== id);
  const at = Math.min(Math.max(Math.trunc(position), 1), others.length + 1);
  const order = [...others.slice(0, at - 1).map((s) => s.id), id, ...others.slice(at - 1).map((s) => s.id)];
  order.forEach((slide, i) => setSlidePosition(db, slide, i + 1));
}

export function moveSlide(db: Db, id: number, position: number): Written {
  if (!Number.isInteger(position) || position < 1) throw new UserError('invalid-position', { nl: `Een plaats is een geheel getal vanaf 1, niet ${position}.`, en: `A position is a whole number from 1, not ${position}.` });
  const row = ownedSlide(db, id);
  return write(db, row.title, (at) => {
    placeSlide(db, row.presentation_id, id, position);
    touchPresentation(db, row.presentation_id, at);
    return row.presentation_id;
  });
}

export function removeSlide(db: Db, id: number): Written {
  const row = ownedSlide(db, id);
  return write(db, row.title, (at) => {
    deleteSlideRow(db, id);
    slideRows(db, row.presentation_id).forEach((s, i) => setSlidePosition(db, s.id, i + 1));
    touchPresentation(db, row.presentation_id, at);
    return row.presentation_id;
  });
}
