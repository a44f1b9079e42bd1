/**
 * The published figures of the 2022 Noord-Nederland pilot (docs/method.md §5), read from
 * published-figures.json: the one copy the sample generator builds its assignment from and checks its
 * result against, and the tests hold the app to (tests/helpers/published-figures.ts).
 *
 * The file is checked on load, against itself as well as against the codebook: every activity type
 * once, each row of the type × geography table summing to the type's activities and each column to the
 * geography totals, the knelpunt columns summing to their totals, the organisations' role columns
 * summing to their initiatives. A figure typed wrong fails that check; it does not reach the sample.
 */
import { z } from 'zod';
import { ACTIVITY_TYPES, BOTTLENECKS, GEOGRAPHIES } from '../../src-shared/codebook';
import figures from './published-figures.json';

/** The report's role columns, in its order. */
export const ROLE_ORDER = ['contact', 'financier', 'initiatiefnemer', 'uitvoerder'] as const;

const count = z.number().int().nonnegative();
const typeCode = (label: string) => ACTIVITY_TYPES.find((t) => t.nl === label)?.code;

const publishedType = z.strictObject({
  /** The activity type's Dutch label, as the report prints it (the codebook's `nl`). */
  type: z.string().refine((label) => typeCode(label) !== undefined, { error: 'not an activity type of the codebook' }),
  /** Number of activities of the type. */
  activities: count,
  /** Type × geography: activities at each geography (its own level), in the order of `geographyColumns`. */
  geography: z.array(count),
  /**
   * Type × knelpunt 0–11: activities of the type coded with each knelpunt (an activity can have
   * several). These are the report's row cells; its printed column totals for 5–7 are wrong.
   */
  bottlenecks: z.array(count).length(BOTTLENECKS.length),
  /** Total reach of the type's activities (Kennisplatform in bezoekers, all others in ondernemingen). */
  reach: count,
});

const publishedOrganisation = z.strictObject({
  name: z.string(),
  /** Number of initiatives it takes part in. */
  initiatives: count,
  contact: count,
  financier: count,
  initiatiefnemer: count,
  uitvoerder: count,
  /** The report's role columns do not sum to its initiatives (RUG: uitvoerder 4, total 14). */
  rolesInconsistent: z.literal(true).optional(),
});

const sum = (values: readonly number[]) => values.reduce((s, n) => s + n, 0);
const columnSums = (rows: readonly (readonly number[])[], width: number) =>
  Array.from({ length: width }, (_, i) => sum(rows.map((row) => row[i] ?? 0)));

export const publishedFigures = z
  .strictObject({
    /** The report, and where its figures are written out in this repository. */
    source: z.string(),
    initiatives: count,
    activities: count,
    /** Geography codes of the type × geography columns (NL, N-NL, Dr, Fr, Gr, Assen, ZO-Dr, NO-Fr, n.g.). */
    geographyColumns: z.array(z.string().refine((code) => GEOGRAPHIES.some((g) => g.code === code), { error: 'not a geography of the codebook' })),
    /** Activities per geography column. */
    geographyTotals: z.array(count),
    /** Activities per knelpunt 0–11: the sums of the rows (the report prints 14, 47, 45 for 5, 6, 7; docs/method.md §5). */
    bottleneckTotals: z.array(count).length(BOTTLENECKS.length),
    /** One row per activity type, in the order of the report's table of activities per type. */
    types: z.array(publishedType),
    /** The initiatives with a Werken met studenten activity and their start years (null: unknown). */
    werkenMetStudenten: z.record(z.string(), z.number().int().nullable()),
    /** Organisations in at least 5 initiatives (the report's partial table). */
    organisations: z.array(publishedOrganisation),
  })
  .superRefine((f, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const labels = f.types.map((t) => t.type);
    if (new Set(labels).size !== labels.length || labels.length !== ACTIVITY_TYPES.length) problem('every activity type must have one row');
    if (sum(f.types.map((t) => t.activities)) !== f.activities) problem(`the activities per type do not sum to ${f.activities}`);
    for (const t of f.types) {
      if (t.geography.length !== f.geographyColumns.length) problem(`${t.type}: ${t.geography.length} geography cells`);
      if (sum(t.geography) !== t.activities) problem(`${t.type}: the geography row does not sum to its ${t.activities} activities`);
    }
    const geographyTotals = columnSums(f.types.map((t) => t.geography), f.geographyColumns.length);
    if (geographyTotals.join() !== f.geographyTotals.join()) problem(`geography columns sum to ${geographyTotals.join(', ')}`);
    const bottleneckTotals = columnSums(f.types.map((t) => t.bottlenecks), BOTTLENECKS.length);
    if (bottleneckTotals.join() !== f.bottleneckTotals.join()) problem(`knelpunt columns sum to ${bottleneckTotals.join(', ')}`);
    const students = f.types.find((t) => typeCode(t.type) === 'werken-met-studenten');
    if (Object.keys(f.werkenMetStudenten).length !== students?.activities) problem('one Werken met studenten initiative per activity');
    for (const o of f.organisations) {
      const roles = sum(ROLE_ORDER.map((role) => o[role]));
      if ((roles === o.initiatives) === (o.rolesInconsistent === true)) problem(`${o.name}: roles sum to ${roles}, initiatives ${o.initiatives}`);
    }
  })
  .transform((f) => ({ ...f, types: f.types.map((t) => ({ ...t, code: typeCode(t.type) as string })) }));

export type PublishedFigures = z.output<typeof publishedFigures>;
export type PublishedType = PublishedFigures['types'][number];

export const PUBLISHED: PublishedFigures = publishedFigures.parse(figures);
