/**
 * The value lists of the Regioscan codebook (docs/method.md), by name. The lists themselves are data,
 * in codebook.json (read and checked by codebook-file.ts): each dimension's values stand under that
 * dimension, in display order. Dutch labels are copied exactly from the method; English labels are the
 * project's fixed choice (docs/method.md §2, English labels).
 */
import { CODEBOOK, groupsOf, valuesOf } from './codebook-file';
import type { CodeEntry, CodeGroup } from './types';

/** The 21 SBI sections A–U and "Geen specifieke sector". */
export const SECTORS: readonly CodeEntry[] = valuesOf('sector');
export const SIZES: readonly CodeEntry[] = valuesOf('size');
export const PHASES: readonly CodeEntry[] = valuesOf('phase');
/** The levels are the project's choice (docs/method.md §2). */
export const MATURITIES: readonly CodeEntry[] = valuesOf('maturity');
/** Geography: a hierarchy, seeded with the Netherlands; other scans add their own regions. */
export const GEOGRAPHIES: readonly CodeEntry[] = valuesOf('geography');
export const FORMS: readonly CodeEntry[] = valuesOf('form');
/** Goals, applications and technologies are open lists: seeded here, they grow with every workbook. */
export const GOALS: readonly CodeEntry[] = valuesOf('goal');
export const APPLICATIONS: readonly CodeEntry[] = valuesOf('application');
export const TECHNOLOGIES: readonly CodeEntry[] = valuesOf('technology');
export const BOTTLENECK_GROUPS: readonly CodeGroup[] = groupsOf('bottleneck');
export const BOTTLENECKS: readonly CodeEntry[] = valuesOf('bottleneck');
export const RATIONALE_LEVELS: readonly CodeGroup[] = groupsOf('rationale');
export const RATIONALES: readonly CodeEntry[] = valuesOf('rationale');
export const ACTIVITY_TYPES: readonly CodeEntry[] = valuesOf('type');
export const ROLES: readonly CodeEntry[] = valuesOf('role');
/** Laag / Middel / Hoog: the effort asked of the entrepreneur, and the report's reach class. */
export const LEVELS: readonly CodeEntry[] = valuesOf('effort');

/** The project's choice: every organisation has a type (docs/method.md §2). */
export const ORGANISATION_TYPES: readonly CodeEntry[] = CODEBOOK.organisationTypes;
export const REACH_UNITS: readonly CodeEntry[] = CODEBOOK.reachUnits;
/** The evidence for a reach figure. */
export const REACH_SOURCES: readonly CodeEntry[] = CODEBOOK.reachSources;

/** The report's reach class and effort per activity type (docs/method.md §2 and §5). */
export const TYPE_REACH_EFFORT: Readonly<Record<string, { reach: string; effort: string }>> = CODEBOOK.typeReachEffort;
