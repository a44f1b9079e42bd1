/**
 * The 33 initiatives and 100 activities of the Noord-Nederland sample scan (a reconstruction).
 *
 * Names: every initiative and example the 2022 report names is here; initiatives marked `invented`
 * are made up to reach the published 33 and say so in the scan's notes. All codings, descriptions,
 * start years (except the nine published Werken met studenten years) and reach figures per activity
 * are illustrative. Websites are placeholders on the reserved `.example` domain.
 *
 * `geo` is the preferred geography of an activity; the builder assigns geographies from the published
 * type × geography table and uses these preferences to decide which activity gets which slot.
 * `hints` are knelpunten that fit the activity best; the builder fills the published type × knelpunt
 * table, preferring hinted activities.
 *
 * The initiatives are data, in initiatives.json, checked when this module loads: every code of a closed
 * list is a code of the codebook (goal, application and technology are open lists and may hold new
 * entries, as workbooks do), and keys, names and slugs are unique.
 */
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  BOTTLENECKS,
  FORMS,
  GEOGRAPHIES,
  MATURITIES,
  PHASES,
  RATIONALES,
  REACH_SOURCES,
  SECTORS,
  SIZES,
  type CodeEntry,
} from '../../src-shared/codebook';
import file from './initiatives.json';

/** A code of one of the codebook's lists. */
function codeOf(list: readonly CodeEntry[], what: string) {
  const codes = new Set(list.map((v) => v.code));
  return z.string().refine((code) => codes.has(code), { error: (issue) => `${String(issue.input)} is not a ${what} code of the codebook` });
}
const codes = (list: readonly CodeEntry[], what: string) => z.array(codeOf(list, what)).min(1);
const openList = z.array(z.string().min(1)).min(1);

/** The codings an activity can have; an initiative's profile gives the first seven to all its activities. */
const codings = {
  sector: codes(SECTORS, 'sector').optional(),
  size: codes(SIZES, 'size').optional(),
  phase: codes(PHASES, 'phase').optional(),
  maturity: codes(MATURITIES, 'maturity').optional(),
  goal: openList.optional(),
  application: openList.optional(),
  technology: openList.optional(),
};

const activitySpec = z.strictObject({
  name: z.string().min(1),
  type: codeOf(ACTIVITY_TYPES, 'activity type'),
  geo: codeOf(GEOGRAPHIES, 'geography'),
  description: z.string().min(1),
  form: codes(FORMS, 'form'),
  ...codings,
  rationale: codes(RATIONALES, 'rationale').optional(),
  hints: codes(BOTTLENECKS, 'knelpunt').optional(),
  /** Known reach: [number, REACH_SOURCES code]. Absent = unknown. */
  reach: z.tuple([z.number().int().positive(), codeOf(REACH_SOURCES, 'reach source')]).optional(),
});

const initiativeSpec = z.strictObject({
  key: z.string().min(1),
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  startYear: z.number().int().nullable(),
  home: codeOf(GEOGRAPHIES, 'geography'),
  invented: z.literal(true).optional(),
  description: z.string().min(1),
  /** Codings every activity of the initiative gets unless the activity says otherwise. */
  profile: z.strictObject(codings).optional(),
  activities: z.array(activitySpec).min(1),
});

export const initiativesFile = z
  .strictObject({
    /** Rationale per activity type when an activity does not say otherwise. */
    defaultRationale: z.record(codeOf(ACTIVITY_TYPES, 'activity type'), codes(RATIONALES, 'rationale')),
    initiatives: z.array(initiativeSpec),
  })
  .superRefine(({ initiatives }, ctx) => {
    for (const field of ['key', 'name', 'slug'] as const) {
      const values = initiatives.map((i) => i[field]);
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: `two initiatives have the same ${field}` });
    }
    for (const i of initiatives) {
      const names = i.activities.map((a) => a.name);
      if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: `${i.name}: two activities have the same name` });
    }
  });

export type ActivitySpec = z.output<typeof activitySpec>;
export type InitiativeSpec = z.output<typeof initiativeSpec>;

const SAMPLE = initiativesFile.parse(file);

export const INITIATIVES: readonly InitiativeSpec[] = SAMPLE.initiatives;

/** Rationale per activity type when an activity does not say otherwise. */
export const DEFAULT_RATIONALE: Readonly<Record<string, readonly string[]>> = SAMPLE.defaultRationale;
