/**
 * Organisations of the sample scan and the initiatives they take part in, per role.
 *
 * The first twenty are the report's "aanbieders aangesloten bij ten minste 5 initiatieven": each takes
 * part in exactly the published number of initiatives, with one role per initiative, and the role
 * columns equal the published ones — except RUG, whose published row is inconsistent (uitvoerder 4,
 * total 14): here it is uitvoerder in all 14. All other organisations take part in at most 4
 * initiatives (so the published table stays complete). Which organisation does what in which
 * initiative is illustrative. "Bouwplatform Noord" is invented (`invented` in the file).
 *
 * The organisations are data, in organisations.json, checked when this module loads: every type is an
 * organisation type of the codebook, every link names an initiative of initiatives.json, and names
 * are unique.
 */
import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../src-shared/codebook';
import { INITIATIVES } from './initiatives';
import file from './organisations.json';

const initiativeKeys = new Set(INITIATIVES.map((i) => i.key));
const organisationTypes = new Set(ORGANISATION_TYPES.map((t) => t.code));
const keys = z.array(z.string().refine((key) => initiativeKeys.has(key), { error: (issue) => `no initiative ${String(issue.input)}` })).min(1);

const organisationSpec = z.strictObject({
  name: z.string().min(1),
  /** ORGANISATION_TYPES code. */
  type: z.string().refine((code) => organisationTypes.has(code), { error: 'not an organisation type of the codebook' }),
  /** Initiative keys (see initiatives.json) per role code. */
  links: z.strictObject({ initiatiefnemer: keys.optional(), financier: keys.optional(), uitvoerder: keys.optional(), contact: keys.optional() }),
  /** The organisation does not exist (named in the scan's notes). */
  invented: z.literal(true).optional(),
});

export const organisationsFile = z.strictObject({ organisations: z.array(organisationSpec) }).superRefine(({ organisations }, ctx) => {
  const names = organisations.map((o) => o.name);
  if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'two organisations have the same name' });
});

export type OrganisationSpec = z.output<typeof organisationSpec>;

export const ORGANISATIONS: readonly OrganisationSpec[] = organisationsFile.parse(file).organisations;

/** Organisations that do not exist (named in the scan's notes). */
export const INVENTED_ORGANISATIONS: readonly string[] = ORGANISATIONS.filter((o) => o.invented).map((o) => o.name);
