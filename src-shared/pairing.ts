/**
 * "Leer van elkaar": the three lenses of the method, their rule and their score, in one place.
 * Main's pairing engine, the CLI, the screen, the help text and the export all read these.
 *
 * A pair is two activities of *different* initiatives. Only specific codes count as shared: the
 * generic values (Geen specifieke sector/omvang/fase/maturiteit, Niet-gespecificeerd) and the
 * catch-alls (knelpunt 11 Overig, organisation type Overig) never do, nor do unmapped values.
 *
 * Score = Σ over shared codes of their dimension's weight. Pairs rank by score (high first), then
 * by the ids of their activities or initiatives (low first), so equal scores always come out in the
 * same order. An initiative pair's score is that of its best activity pair.
 */
import { dimension, ORGANISATION_TYPES, type DimensionKey } from './codebook';

export type PairingLens = 'A' | 'B' | 'C';
export const PAIRING_LENSES: readonly PairingLens[] = ['A', 'B', 'C'];

/**
 * What a pair can share. Codebook dimensions by key; `provider` is "an organisation of the same type
 * in the same role, but a different organisation", coded `role/type` (e.g. `financier/provincie`).
 */
export type SharedKey = DimensionKey | 'provider';

export interface LensPart {
  key: SharedKey;
  /** Points per shared code. */
  weight: number;
  /** The pair must share at least one code of every required part. */
  required: boolean;
}

export interface LensDef {
  lens: PairingLens;
  parts: readonly LensPart[];
}

const part = (key: SharedKey, weight: number, required = false): LensPart => ({ key, weight, required });

export const LENSES: Readonly<Record<PairingLens, LensDef>> = {
  // Doelgroep + digitaliseringsvorm; the rest of the target group and of the digitalisation strengthens.
  A: { lens: 'A', parts: [part('sector', 3, true), part('form', 3, true), part('size', 1), part('phase', 1), part('maturity', 1), part('goal', 1), part('application', 1), part('technology', 1)] },
  // Knelpunt + activiteit: the same activity type (required, no points: every pair has it) and a shared knelpunt.
  B: { lens: 'B', parts: [part('type', 0, true), part('bottleneck', 3, true), part('sector', 1), part('form', 1)] },
  // Aanbieder + beleidsrationale: a shared rationale and like organisations in a like role.
  C: { lens: 'C', parts: [part('rationale', 3, true), part('provider', 2, true), part('type', 1)] },
};

/** Catch-all codes that say nothing in common (besides the codebook's generic values). */
const CATCH_ALL: Partial<Record<SharedKey, ReadonlySet<string>>> = {
  bottleneck: new Set(['11']),
};
/** Organisation types that say nothing in common. */
export const CATCH_ALL_ORGANISATION_TYPES: ReadonlySet<string> = new Set(['overig']);

/** Whether `code` of `key` can count as shared (not generic, not a catch-all). */
export function isSpecificCode(key: DimensionKey, code: string): boolean {
  if (CATCH_ALL[key]?.has(code)) return false;
  const entry = dimension(key).values.find((v) => v.code === code);
  return !entry?.generic;
}

/** Shared codes of a pair, per part of its lens, in codebook order. */
export type SharedCodes = Partial<Record<SharedKey, string[]>>;

export function pairScore(lens: PairingLens, shared: SharedCodes): number {
  return LENSES[lens].parts.reduce((sum, p) => sum + p.weight * (shared[p.key]?.length ?? 0), 0);
}

export function meetsLens(lens: PairingLens, shared: SharedCodes): boolean {
  return LENSES[lens].parts.every((p) => !p.required || (shared[p.key]?.length ?? 0) > 0);
}

type Lang = 'nl' | 'en';

const PART_WORDS: Record<SharedKey, { nl: string; en: string }> = {
  type: { nl: 'type', en: 'type' },
  sector: { nl: 'sector', en: 'sector' },
  size: { nl: 'omvang', en: 'size' },
  phase: { nl: 'fase', en: 'phase' },
  maturity: { nl: 'maturiteit', en: 'maturity' },
  geography: { nl: 'geografie', en: 'geography' },
  form: { nl: 'vorm', en: 'form' },
  goal: { nl: 'doel', en: 'goal' },
  application: { nl: 'toepassing', en: 'application' },
  technology: { nl: 'technologie', en: 'technology' },
  bottleneck: { nl: 'knelpunt', en: 'bottleneck' },
  rationale: { nl: 'rationale', en: 'rationale' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  role: { nl: 'rol', en: 'role' },
  effort: { nl: 'inspanning', en: 'effort' },
  scan: { nl: 'scan', en: 'scan' },
  provider: { nl: 'aanbieder', en: 'provider' },
};

function codeWords(key: DimensionKey, code: string, lang: Lang): string {
  const entry = dimension(key).values.find((v) => v.code === code);
  if (!entry) return code;
  const label = lang === 'nl' ? entry.nl : entry.en;
  // Sectors read as "C Industrie", knelpunten and rationales as "6 Interne kennis", forms by name.
  return (key === 'sector' && code.length === 1) || key === 'bottleneck' || key === 'rationale' ? `${code} ${label}` : label;
}

/** `financier/provincie` → "financier Provincie" (both as the codebook says them). */
function providerWords(code: string, lang: Lang): string {
  const [role = '', type = ''] = code.split('/');
  const entry = ORGANISATION_TYPES.find((t) => t.code === type);
  return `${codeWords('role', role, lang).toLowerCase()} ${entry ? entry[lang] : type}`;
}

/** The reason of a pair in words: "Beide: sector C Industrie, Q Zorg · vorm Data · omvang micro". */
export function describeShared(lens: PairingLens, shared: SharedCodes, lang: Lang): string {
  const parts = LENSES[lens].parts
    .filter((p) => (shared[p.key]?.length ?? 0) > 0)
    .map((p) => {
      const codes = shared[p.key]!;
      const words = p.key === 'provider' ? codes.map((c) => providerWords(c, lang)) : codes.map((c) => codeWords(p.key as DimensionKey, c, lang));
      return `${PART_WORDS[p.key][lang]} ${words.join(', ')}`;
    });
  return `${lang === 'nl' ? 'Beide' : 'Both'}: ${parts.join(' · ')}`;
}
