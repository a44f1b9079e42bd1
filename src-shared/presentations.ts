/**
 * Presentations (issue 20, docs/presentations.md): a title and ordered slides, each slide a copy of a
 * filter plus a view, with the view's options, a title and a speaker note. The schemas here are the
 * contract's arguments and the shape of the `.regioscan-presentation.json` file.
 *
 * Pure module: no Node and no DOM APIs.
 */
import { z } from 'zod';
import { filterSchema } from './filter-schema';
import type { Filter } from './filter';

/** What a slide shows of its filter, in the order the screens appear. */
export const SLIDE_VIEWS = ['list', 'map', 'overview', 'whitespots', 'changes', 'goal', 'impact'] as const;
export type SlideView = (typeof SLIDE_VIEWS)[number];

/** The map's colour modes (the Ecosysteemkaart's `colourBy`). */
export const MAP_COLOUR_MODES = ['focus', 'region', 'scan', 'type', 'activities', 'cluster'] as const;

export const PRESENTATION_TITLE_MAX = 200;
export const SLIDE_TITLE_MAX = 200;
export const SLIDE_NOTE_MAX = 5000;
export const SLIDES_MAX = 200;

export const cameraSchema = z
  .object({ x: z.number().finite(), y: z.number().finite(), ratio: z.number().finite().positive(), angle: z.number().finite() })
  .strict();

/** A view's options: the map's camera and colour mode, the goal of a goal slide, the earlier scan of a change report. */
export const slideOptionsSchema = z
  .object({
    camera: cameraSchema.optional(),
    colourBy: z.enum(MAP_COLOUR_MODES).optional(),
    /** A goal slide's goal, by name (all goals when absent). */
    goal: z.string().trim().min(1).max(200).optional(),
    /** A change report's earlier scan (the slide's filter names the later one). */
    compare: z.number().int().positive().optional(),
  })
  .strict();

export type SlideOptions = z.output<typeof slideOptionsSchema>;

export const slideTitleSchema = z.string().trim().min(1).max(SLIDE_TITLE_MAX);
export const slideNoteSchema = z.string().max(SLIDE_NOTE_MAX);
export const presentationTitleSchema = z.string().trim().min(1).max(PRESENTATION_TITLE_MAX);

/** A new slide: the filter (a copy), where it came from, the view and its options, title and note. */
export const newSlideSchema = z
  .object({
    filter: filterSchema,
    filterName: z.string().max(200).nullable().optional(),
    view: z.enum(SLIDE_VIEWS),
    options: slideOptionsSchema.optional(),
    title: slideTitleSchema,
    note: slideNoteSchema.optional(),
  })
  .strict();

export type NewSlide = z.input<typeof newSlideSchema>;

/** What can change on a slide (each field left out stays as it is). */
export const slidePatchSchema = z
  .object({ title: slideTitleSchema.optional(), note: slideNoteSchema.optional(), view: z.enum(SLIDE_VIEWS).optional(), options: slideOptionsSchema.optional(), filter: filterSchema.optional() })
  .strict();

export type SlidePatch = z.input<typeof slidePatchSchema>;

export interface Slide {
  id: number;
  /** 1, 2, … in the presentation. */
  position: number;
  title: string;
  note: string;
  view: SlideView;
  filter: Filter;
  /** The saved filter the slide's filter was copied from (by name), if any; the copy stays when it is deleted. */
  filterName: string | null;
  options: SlideOptions;
}

export interface Presentation {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  slides: Slide[];
}

export interface PresentationSummary {
  id: number;
  title: string;
  slides: number;
  updatedAt: string;
}

/** One slide drawn for the screen: the same data the PDF page is drawn from. */
export interface SlideShow {
  id: number;
  title: string;
  note: string;
  view: SlideView;
  /** The filter in words (null: every activity of its scans). */
  filterWords: string | null;
  scans: string;
  /** Scans and filter in words, as the PDF page prints it under the title. */
  subtitle: string;
  figures: { activities: number; initiatives: number; organisations: number };
  /** The view's tables, each head row first (none for the map). */
  tables: string[][][];
  /** The map as SVG markup (vectors, the PDF's drawing), for a map slide. */
  svg: string | null;
  /** A sentence when the view has nothing to show (no goals, no responses, no earlier scan). */
  empty: string | null;
}
