/**
 * The filter's schema (zod), kept apart from filter.ts so the renderer does not bundle zod for a
 * few helpers: main validates every filter that crosses from the renderer or arrives in a file.
 */
import { z } from 'zod';
import { DIMENSION_KEYS } from './codebook';
import { FILTER_VERSION, SEARCH_TEXT_CONTROL, SEARCH_TEXT_MAX } from './filter';

/**
 * The search text: capped, and without control characters (a NUL would end SQLite's FTS5 string).
 * The issues carry `params.searchText` so that main can say them in one sentence with the cap.
 */
export const searchTextSchema = z.string().superRefine((text, ctx) => {
  if (text.length > SEARCH_TEXT_MAX) ctx.addIssue({ code: 'custom', message: `At most ${SEARCH_TEXT_MAX} characters`, params: { searchText: 'too-long', length: text.length } });
  else if (SEARCH_TEXT_CONTROL.test(text)) ctx.addIssue({ code: 'custom', message: 'No control characters', params: { searchText: 'control' } });
});

const range = z.object({ min: z.number().finite().optional(), max: z.number().finite().optional() }).strict();

/** The filter as it may cross from renderer to main or arrive in a `.regioscan-filter.json` file. */
export const filterSchema = z
  .object({
    version: z.literal(FILTER_VERSION),
    scans: z.array(z.number().int().positive()).max(1000),
    conditions: z
      .array(
        z
          .object({
            dimension: z.enum(DIMENSION_KEYS),
            mode: z.enum(['any', 'all', 'none']),
            values: z.array(z.union([z.string().max(500), z.object({ unmapped: z.string().max(500) }).strict()])).max(500),
          })
          .strict(),
      )
      .max(64),
    text: searchTextSchema,
    includeSubRegions: z.boolean(),
    reach: range.extend({ known: z.enum(['known', 'unknown']).optional() }).strict().optional(),
    startYear: range.optional(),
  })
  .strict();
