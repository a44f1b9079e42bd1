/**
 * Region names of the Netherlands the importer knows, so that it can propose where a new
 * geography name of a workbook belongs ("Zeeuws-Vlaanderen" → Provincie Zeeland). The provinces
 * themselves are geography codes of the codebook (values.ts).
 *
 * Sources:
 * - COROP areas: Centraal Bureau voor de Statistiek (CBS), "COROP-indeling" — the 40 COROP areas
 *   and the province each lies in (the classification CBS uses for regional statistics).
 * - Landstreken: a short hand-made list of well-known parts of a province that workbooks use as
 *   regions (Walcheren, Betuwe, Parkstad …), each with its province.
 * Pure data, in regions-nl.json, checked when this module loads: every province is a province
 * code of the codebook, names are unique, and the COROP codes are CR01 … CR40 in order. The importer
 * only proposes a place, the user accepts or changes it.
 */
import * as z from 'zod/mini';
import file from './regions-nl.json';
import { GEOGRAPHIES } from './values';

export interface KnownRegion {
  name: string;
  /** The geography code of the province it lies in. */
  province: string;
  /** Other spellings of the name. */
  aliases?: readonly string[];
  /** CBS code of a COROP area (CR01 … CR40). */
  corop?: string;
}

const provinces = new Set(GEOGRAPHIES.filter((g) => g.code.startsWith('provincie-')).map((g) => g.code));

// zod/mini, as in codebook-file.ts: this module is bundled into the renderer and the published website.
const knownRegion: z.ZodMiniType<KnownRegion> = z.strictObject({
  corop: z.optional(z.string().check(z.regex(/^CR\d\d$/))),
  name: z.string().check(z.minLength(1)),
  province: z.string().check(z.refine((code) => provinces.has(code), { error: 'not a province of the codebook' })),
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
});

const regionsFile = z.strictObject({ coropAreas: z.array(knownRegion).check(z.length(40)), landstreken: z.array(knownRegion) }).check(
  z.superRefine((regions, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message, input: regions });
    const corops = regions.coropAreas.map((r) => r.corop);
    const expected = Array.from({ length: 40 }, (_, i) => `CR${String(i + 1).padStart(2, '0')}`);
    if (corops.join() !== expected.join()) problem('the COROP areas are CR01 … CR40, in order');
    if (regions.landstreken.some((r) => r.corop !== undefined)) problem('a landstreek has no COROP code');
    const names = [...regions.coropAreas, ...regions.landstreken].map((r) => r.name);
    if (new Set(names).size !== names.length) problem('a region name occurs twice');
  }),
);

/** regions-nl.json, checked. */
const REGIONS = regionsFile.parse(file);

/** The 40 COROP areas (CBS), with the province each lies in. */
export const COROP_AREAS: readonly KnownRegion[] = REGIONS.coropAreas;

/** Well-known parts of provinces that are not COROP areas (hand-made list, see above). */
export const LANDSTREKEN: readonly KnownRegion[] = REGIONS.landstreken;

export const KNOWN_REGIONS: readonly KnownRegion[] = [...COROP_AREAS, ...LANDSTREKEN];
