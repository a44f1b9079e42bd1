/**
 * The published figures of the 2022 Noord-Nederland pilot as the tests look them up: per activity
 * type by its Dutch label, as the report prints it. They are not typed in here: the one copy is
 * scripts/sample/published-figures.json, which scripts/sample/published.ts checks on load against the
 * report's own totals (a cell typed wrong makes a row or column sum fail).
 */
import { PUBLISHED, type PublishedType } from '../../scripts/sample/published';

const byType = <T>(figure: (t: PublishedType) => T): Record<string, T> => Object.fromEntries(PUBLISHED.types.map((t) => [t.type, figure(t)]));

export const TYPE_COUNTS = byType((t) => t.activities);

/** Geography codes of the type × geography columns (NL, N-NL, Dr, Fr, Gr, Assen, ZO-Dr, NO-Fr, n.g.). */
export const GEO_COLUMNS = PUBLISHED.geographyColumns;
export const TYPE_GEO = byType((t) => t.geography);
export const GEO_TOTALS = PUBLISHED.geographyTotals;

/** Knelpunt 0–11 per type (the row cells). */
export const TYPE_KNELPUNT = byType((t) => t.bottlenecks);
/** The sums of the rows (the report prints 14, 47, 45 for knelpunt 5, 6, 7; docs/method.md says those are wrong). */
export const KNELPUNT_TOTALS = PUBLISHED.bottleneckTotals;

export const REACH = byType((t) => t.reach);

/** The nine Werken met studenten initiatives and their start years (null: unknown). */
export const WMS = PUBLISHED.werkenMetStudenten;

/** Initiatives per organisation, for the organisations in at least 5. */
export const ORGANISATIONS: Record<string, number> = Object.fromEntries(PUBLISHED.organisations.map((o) => [o.name, o.initiatives]));
