/**
 * Links across scans (issue 17, docs/links.md): what `links.*` channels and `regioscan links` /
 * `changes` return. The shapes are zod schemas and their types are inferred from them, so the CLI's
 * JSON, the channels and the tests agree on one definition.
 *
 * Pure module: no Node and no DOM APIs.
 */
import { z } from 'zod';

export const LINK_STATUSES = ['auto', 'proposed', 'confirmed', 'rejected'] as const;
export const linkStatusSchema = z.enum(LINK_STATUSES);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

export const linkKindSchema = z.enum(['initiative', 'activity']);
export type LinkKind = z.infer<typeof linkKindSchema>;

/** An initiative or activity as a link names it (the id is the node id of `graph --json`). */
export const linkRefSchema = z.object({ id: z.number().int(), name: z.string() });
export type LinkRef = z.infer<typeof linkRefSchema>;

/** One piece of evidence behind a link; `similarity` in [0, 1]. */
export const linkReasonSchema = z.discriminatedUnion('kind', [
  /** Normalised names: equal (`same`), else their token Jaro-Winkler similarity. */
  z.object({ kind: z.literal('name'), similarity: z.number(), same: z.boolean() }),
  /** Organisations both have in one role. */
  z.object({ kind: z.literal('organisation'), role: z.string(), organisations: z.array(z.string()) }),
  /** Activity names: how well each activity finds a namesake on the other side. */
  z.object({ kind: z.literal('activities'), similarity: z.number() }),
  z.object({ kind: z.literal('website'), website: z.string() }),
  /** Activity links: the same activity type (code). */
  z.object({ kind: z.literal('type'), code: z.string() }),
  /** Activity links: the share of dimension codes both have (Jaccard). */
  z.object({ kind: z.literal('dimensions'), similarity: z.number() }),
]);
export type LinkReason = z.infer<typeof linkReasonSchema>;

export const linkViewSchema = z.object({
  from: linkRefSchema,
  to: linkRefSchema,
  score: z.number(),
  reasons: z.array(linkReasonSchema),
  status: linkStatusSchema,
});
export type LinkView = z.infer<typeof linkViewSchema>;

const scanRefSchema = z.object({ id: z.number().int(), label: z.string() });
const pairSchema = z.object({ from: linkRefSchema, to: linkRefSchema });

/**
 * An initiative missing from one scan of a region and back in another: `absent` (in the from-scan,
 * missing from the to-scan, back in `seenIn`, a later scan) or `back` (new in the to-scan but seen
 * in `seenIn`, an earlier scan). Neither is counted as stopped or new.
 */
const gapSchema = z.object({ id: z.number().int(), name: z.string(), kind: z.enum(['absent', 'back']), seenIn: scanRefSchema });
export type LinkGap = z.infer<typeof gapSchema>;

export const changeReportSchema = z.object({
  from: scanRefSchema,
  to: scanRefSchema,
  initiatives: z.object({
    new: z.array(linkRefSchema),
    stopped: z.array(linkRefSchema),
    continued: z.array(pairSchema),
    renamed: z.array(pairSchema),
    merged: z.array(z.object({ from: z.array(linkRefSchema), to: linkRefSchema })),
    split: z.array(z.object({ from: linkRefSchema, to: z.array(linkRefSchema) })),
    gap: z.array(gapSchema),
  }),
  activities: z.object({ new: z.number().int(), stopped: z.number().int(), continued: z.number().int() }),
  /** Per dimension, per value: matching activities in each scan (counts, not shares); labels in Dutch. */
  dimensions: z.record(z.string(), z.array(z.object({ code: z.string().nullable(), label: z.string(), from: z.number().int(), to: z.number().int() }))),
  /** Summed reach of the activities whose reach is known (contacts, not unique firms), and how many those are. */
  reach: z.object({ from: z.number(), to: z.number(), knownFrom: z.number().int(), knownTo: z.number().int() }),
  organisations: z.object({ new: z.array(linkRefSchema), gone: z.array(linkRefSchema), continued: z.array(linkRefSchema) }),
  /** Organisation–initiative ties in both scans ÷ ties in either, over linked initiatives; null without ties. */
  jaccard: z.number().nullable(),
});
export type ChangeReport = z.infer<typeof changeReportSchema>;
