/** Small display helpers shared by Vergelijken and Witte vlekken, and Vergelijken's markers. */
import type { CompareDimension, CompareValue } from '../../../src-shared/model';
import type { Language } from '../i18n/translate';
import { locale } from '../i18n/format';

/** Percentage points from which a spread is called a large difference ("groot verschil"). */
export const BIG_DIFFERENCE = 10;

/** "6 Interne kennis" for numbered codes (knelpunt, rationale, form), the label otherwise. */
export function valueHead(_dimension: string, v: { code: string | null; label: string }): string {
  return v.code !== null && /^\d+$/.test(v.code) ? `${v.code} ${v.label}` : v.label;
}

/** A share per 100 with one decimal ("12,5"); a dash when the scan has no matching activities. */
export function formatShare(share: number | null, lang: Language): string {
  if (share === null) return '–';
  return share.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * The value's shares differ by BIG_DIFFERENCE percentage points or more between two scans. Shares
 * are floating point: 5 of 12 against 19 of 60 is exactly 10 points but computes as 9.999999999999996,
 * so the comparison allows for rounding noise far below the one decimal the table shows.
 */
export function isBigDifference(v: Pick<CompareValue, 'spread'>): boolean {
  return v.spread >= BIG_DIFFERENCE - 1e-9;
}

/** Scan `i` lacks the value while another compared scan has it ("afwezig"). */
export function isAbsent(v: Pick<CompareValue, 'presence' | 'counts'>, i: number): boolean {
  return v.presence === 'some' && v.counts[i] === 0;
}

/** Values of a dimension that differ: absent in some scan, or a large difference in share. */
export function differing(d: Pick<CompareDimension, 'values'>): number {
  return d.values.filter((v) => v.presence === 'some' || isBigDifference(v)).length;
}
