/**
 * The response workbook (docs/surveys.md): sheet `Antwoorden` with `ID`, `Initiatief`, `Activiteit`,
 * one column per knelpunt whose header starts with its code and a full stop (`6. Interne kennis`),
 * and an optional `Volgende stap`; a `Toelichting` sheet that may name the round. Shared by the
 * writer (template.ts) and the reader (read-responses.ts), so both agree on every name.
 */
import { BOTTLENECKS, foldKey } from '../../src-shared/codebook';

export const SURVEY_SHEET = { answers: 'Antwoorden', explanation: 'Toelichting' } as const;
/** The Antwoorden sheet's fixed column headers (the knelpunt columns are bottleneckHeader's). */
export const SURVEY_HEADER = { id: 'ID', initiative: 'Initiatief', activity: 'Activiteit', nextStep: 'Volgende stap' } as const;
/** The Toelichting row whose second cell names the round the workbook was made for. */
export const ROUND_KEY = 'Ronde';
/** The text that stands for "not applicable" (not a score). */
export const NOT_APPLICABLE = 'n.v.t.';

export const BOTTLENECK_CODES: readonly string[] = BOTTLENECKS.map((b) => b.code);

/** `6. Interne kennis`: the code, a full stop and the codebook's Dutch label. */
export function bottleneckHeader(code: string): string {
  const entry = BOTTLENECKS.find((b) => b.code === code);
  return `${code}. ${entry?.nl ?? ''}`.trim();
}

/** The knelpunt a header names by its leading code and full stop, or undefined. */
export function headerBottleneck(header: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*\./.exec(header);
  const code = m ? String(Number(m[1])) : undefined;
  return code !== undefined && BOTTLENECK_CODES.includes(code) ? code : undefined;
}

/** A score 1–5, null for n.v.t., 'empty' for an empty cell, 'bad' for anything else. */
export function parseScore(cell: string | number | boolean | null | undefined): number | null | 'empty' | 'bad' {
  if (cell === null || cell === undefined) return 'empty';
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? cell : 'bad';
  if (typeof cell === 'boolean') return 'bad';
  const text = cell.trim();
  if (text === '') return 'empty';
  if (/^[1-5]$/.test(text)) return Number(text);
  const folded = foldKey(text);
  return folded === 'nvt' || folded === 'na' ? null : 'bad';
}

/** Header comparison that forgives case and spacing (`id`, `Volgende  stap`). */
export function sameHeader(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}
