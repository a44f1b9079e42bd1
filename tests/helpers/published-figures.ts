/**
 * The published figures of the 2022 Noord-Nederland pilot, typed in from docs/method.md for the tests
 * (published-figures.json beside this file), independently of the sample generator's own copy in
 * scripts/sample/published-figures.json; sample-scan.test.ts checks that the two agree.
 *
 * - typeCounts: activities per activity type.
 * - geoColumns / typeGeo / geoTotals: type × geography (NL, N-NL, Dr, Fr, Gr, Assen, ZO-Dr, NO-Fr, n.g.).
 * - typeKnelpunt / knelpuntTotals: knelpunt 0–11 per type and the sums of the rows (the report prints
 *   14, 47, 45 for knelpunt 5, 6, 7; docs/method.md says those are wrong).
 * - reach: reach per type; wms: the nine Werken met studenten initiatives and their start years
 *   (null: unknown); organisations: initiatives per organisation, for those in at least 5.
 */
import figures from './published-figures.json';

export const TYPE_COUNTS: Record<string, number> = figures.typeCounts;
export const GEO_COLUMNS: string[] = figures.geoColumns;
export const TYPE_GEO: Record<string, number[]> = figures.typeGeo;
export const GEO_TOTALS: number[] = figures.geoTotals;
export const TYPE_KNELPUNT: Record<string, number[]> = figures.typeKnelpunt;
export const KNELPUNT_TOTALS: number[] = figures.knelpuntTotals;
export const REACH: Record<string, number> = figures.reach;
export const WMS: Record<string, number | null> = figures.wms;
export const ORGANISATIONS: Record<string, number> = figures.organisations;
