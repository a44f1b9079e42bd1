/** Small display helpers shared by Vergelijken and Witte vlekken. */
import type { Language } from '../i18n';

/** "6 Interne kennis" for numbered codes (knelpunt, rationale, form), the label otherwise. */
export function valueHead(_dimension: string, v: { code: string | null; label: string }): string {
  return v.code !== null && /^\d+$/.test(v.code) ? `${v.code} ${v.label}` : v.label;
}

/** A share per 100 with one decimal ("12,5"); a dash when the scan has no matching activities. */
export function formatShare(share: number | null, lang: Language): string {
  if (share === null) return '–';
  return share.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
