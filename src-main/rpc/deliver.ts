/** Hands a produced file to the user: the desktop app's save dialog (main writes it), or the bytes for a browser download. */
import type { Filter } from '../../src-shared/filter';
import { valueLabel, type FilterWordsOptions } from '../../src-shared/filter-words';
import type { ExportedFile } from '../../src-shared/model';
import type { HandlerEnv } from './types';

export async function deliver(env: HandlerEnv, fileName: string, bytes: Buffer): Promise<ExportedFile> {
  if (env.saveFile) {
    const savedTo = await env.saveFile(fileName, bytes);
    return { fileName, data: null, savedTo };
  }
  return { fileName, data: bytes.toString('base64'), savedTo: null };
}

/** The date in a file name: `2024-05-31`. */
export function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Text as a part of a file name: ASCII letters and digits, accents dropped, dashes between words, lower case. */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

/**
 * A file name that says what is inside: `regioscan-zeeland-2024-werken-met-studenten-2026-12-03.xlsx`
 * — the scans, the filter's values (a `none` condition as "niet …"), the searched text, the date. The
 * part between the scans and the date is cut at a dash to keep the name short.
 */
export function filterFileName(options: { kind?: string; scans: readonly string[]; filter: Filter; lang: 'nl' | 'en'; date: Date; ext: string; resolve?: FilterWordsOptions['resolve'] }): string {
  const { filter, lang } = options;
  const values = filter.conditions
    .filter((c) => c.values.length > 0 && c.dimension !== 'scan')
    .flatMap((c) => [...(c.mode === 'none' ? [lang === 'nl' ? 'niet' : 'not'] : []), ...c.values.map((v) => valueLabel(c.dimension, v, lang, options.resolve))]);
  if (filter.text.trim() !== '') values.push(filter.text.trim());
  let what = fileSlug([...options.scans, ...values].join(' ')) || (lang === 'nl' ? 'alle-scans' : 'all-scans');
  if (what.length > MAX_NAME) what = what.slice(0, what.lastIndexOf('-', MAX_NAME) > 0 ? what.lastIndexOf('-', MAX_NAME) : MAX_NAME);
  return ['regioscan', options.kind, what, fileStamp(options.date)].filter((p) => p).join('-') + `.${options.ext}`;
}

/** At most this many characters between "regioscan-" and the date. */
const MAX_NAME = 90;
