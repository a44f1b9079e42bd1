import { formatCount, numberLocale as locale } from '../../../src-shared/plural';
import type { Language } from './translate';

// The one locale choice and number format, shared with main's words (src-shared/plural.ts).
export { locale };

/** "12 mrt 2025, 14:05" / "12 Mar 2025, 14:05"; SQLite's "2025-03-12 14:05:00" is read as UTC. */
export function formatDateTime(value: string, lang: Language): string {
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const formatNumber: (value: number, lang: Language) => string = formatCount;
