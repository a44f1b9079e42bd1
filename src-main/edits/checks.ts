/**
 * The checks every edit value passes, from `--set` (set-clauses.ts) and from the app's edit channels
 * (structured-sets.ts): text lengths, whole numbers in range, reach unit and source by their lists.
 * A value that fails is one sentence (exit 2 on the command line), before anything is written.
 */
import { knownOpenEntries } from '../activities';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { buildMatchers } from '../workbook/matchers';

/** Longest text an edit stores in one field (a name: NAME_MAX); the round trip checks cells against the same. */
export const TEXT_MAX = 10_000;
export const NAME_MAX = 500;
export const MAX_REACH = 1_000_000_000;

export function refused(en: string, nl: string): UserError {
  return new UserError('refused-set', { en, nl });
}

export function text(field: string, value: string, required: boolean): string | null {
  if (value === '') {
    if (required) throw refused(`${field} cannot be empty.`, `${field} mag niet leeg zijn.`);
    return null;
  }
  const max = field === 'name' ? NAME_MAX : TEXT_MAX;
  if (value.length > max) throw refused(`${field} is longer than ${max} characters.`, `${field} is langer dan ${max} tekens.`);
  return value;
}

export function wholeNumber(field: string, value: string, min: number, max: number): number | null {
  if (value === '') return null;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw refused(`${field} is a whole number from ${min} to ${max}, not '${clip(value)}'.`, `${field} is een geheel getal van ${min} tot ${max}, niet '${clip(value)}'.`);
  }
  return n;
}

export function coded(db: Db, field: 'reachUnit' | 'reachSource', value: string): string | null {
  if (value === '') return null;
  const m = buildMatchers(knownOpenEntries(db))[field].match(value);
  if (m.kind === 'exact') return m.code;
  const near = m.kind === 'near' ? ` (did you mean '${m.label}'?)` : '';
  const nearNl = m.kind === 'near' ? ` (bedoelt u '${m.label}'?)` : '';
  throw refused(`unknown value '${clip(value)}' for ${field} in --set${near}.`, `onbekende waarde '${clip(value)}' voor ${field} in --set${nearNl}.`);
}

