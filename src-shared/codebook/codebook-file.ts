/**
 * Reads the codebook's data file, codebook.json: every dimension with its names, header aliases,
 * groups and values, and the lists that belong to no dimension (organisation types, reach units and
 * sources, the report's reach class and effort per activity type). The fields mean what types.ts says.
 *
 * The file is checked when this module loads (in main, renderer, CLI, scripts and tests alike): the
 * shape of every entry, and that the dimensions are DIMENSION_KEYS in that order, codes are unique in
 * their list, groups and parents name an existing group or code, and every activity type has a reach
 * class and effort of the effort list. A mistake in the file stops the app at start, not later.
 */
import * as z from 'zod/mini';
import file from './codebook.json';
import { DIMENSION_FAMILIES, DIMENSION_KEYS, DIMENSION_KINDS, type CodeEntry, type CodeGroup, type DimensionDef, type DimensionKey } from './types';

// zod/mini rather than zod's chained API: this module is bundled into the renderer, the preload and the
// published website, and only the mini API lets the bundler keep just the checks used here.
const text = z.string().check(z.minLength(1));

const codeGroup: z.ZodMiniType<CodeGroup> = z.strictObject({ key: text, nl: text, en: text });

const codeEntry: z.ZodMiniType<CodeEntry> = z.strictObject({
  code: text,
  nl: text,
  en: text,
  group: z.optional(text),
  parent: z.optional(text),
  generic: z.optional(z.literal(true)),
  aliases: z.optional(z.array(text)),
});

const dimensionDef: z.ZodMiniType<DimensionDef> = z.strictObject({
  key: z.enum(DIMENSION_KEYS),
  nl: text,
  en: text,
  family: z.enum(DIMENSION_FAMILIES),
  multi: z.boolean(),
  kind: z.enum(DIMENSION_KINDS),
  headerAliases: z.array(text),
  groups: z.optional(z.array(codeGroup)),
  values: z.array(codeEntry),
});

export const codebookFile = z
  .strictObject({
    dimensions: z.array(dimensionDef),
    organisationTypes: z.array(codeEntry),
    reachUnits: z.array(codeEntry),
    reachSources: z.array(codeEntry),
    /** The report's reach class and effort per activity type (docs/method.md §2 and §5), as effort codes. */
    typeReachEffort: z.record(text, z.strictObject({ reach: text, effort: text })),
  })
  .check(
    z.superRefine((book, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: 'custom', message, input: book });
      if (book.dimensions.map((d) => d.key).join() !== DIMENSION_KEYS.join()) problem(`the dimensions must be ${DIMENSION_KEYS.join(', ')}, in that order`);
      const lists: [string, readonly CodeEntry[]][] = [
        ...book.dimensions.map((d): [string, readonly CodeEntry[]] => [d.key, d.values]),
        ['organisationTypes', book.organisationTypes],
        ['reachUnits', book.reachUnits],
        ['reachSources', book.reachSources],
      ];
      for (const [name, values] of lists) {
        const codes = values.map((v) => v.code);
        if (new Set(codes).size !== codes.length) problem(`${name}: a code occurs twice`);
        for (const v of values) if (v.parent !== undefined && !codes.includes(v.parent)) problem(`${name} ${v.code}: no parent ${v.parent}`);
      }
      for (const d of book.dimensions) {
        if (d.kind === 'entity' && d.values.length > 0) problem(`${d.key}: its values are rows of another table, not codebook entries`);
        const groups = new Set(d.groups?.map((g) => g.key));
        for (const v of d.values) if (v.group !== undefined && !groups.has(v.group)) problem(`${d.key} ${v.code}: no group ${v.group}`);
      }
      const codesOf = (key: string) => book.dimensions.find((d) => d.key === key)?.values.map((v) => v.code) ?? [];
      const types = codesOf('type');
      const levels = codesOf('effort');
      if (Object.keys(book.typeReachEffort).sort().join() !== [...types].sort().join()) problem('typeReachEffort: one entry per activity type');
      for (const [type, { reach, effort }] of Object.entries(book.typeReachEffort)) {
        if (!levels.includes(reach) || !levels.includes(effort)) problem(`typeReachEffort ${type}: reach and effort are effort codes`);
      }
    }),
  );

export type CodebookFile = z.output<typeof codebookFile>;

/** codebook.json, checked. */
export const CODEBOOK: CodebookFile = codebookFile.parse(file);

/** The values of a dimension (empty for the entity dimensions). */
export function valuesOf(key: DimensionKey): readonly CodeEntry[] {
  return CODEBOOK.dimensions.find((d) => d.key === key)?.values ?? [];
}

/** The groups of a dimension (knelpunt weten/willen/kunnen, rationale levels). */
export function groupsOf(key: DimensionKey): readonly CodeGroup[] {
  return CODEBOOK.dimensions.find((d) => d.key === key)?.groups ?? [];
}
