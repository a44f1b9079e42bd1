/** Hands a produced file to the user: the desktop app's save dialog (main writes it), or the bytes for a browser download. */
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
