/**
 * Reads a PDF back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdfimages), not with the
 * library that wrote it. CI installs poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './db';

function onDisk(bytes: Buffer): string {
  const path = join(tempDir('regioscan-pdf-'), 'read.pdf');
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext -layout`: the text with each line as laid out on the page; `raw`: in the order it was drawn (a table cell's wrapped lines stay together). */
export function pdfText(bytes: Buffer, mode: 'layout' | 'raw' = 'layout'): string {
  return execFileSync('pdftotext', [`-${mode}`, onDisk(bytes), '-'], { encoding: 'utf8' });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** `pdffonts`: every font the pages use, with whether it is embedded. */
export function pdfFonts(bytes: Buffer): PdfFont[] {
  const lines = execFileSync('pdffonts', [onDisk(bytes)], { encoding: 'utf8' }).split('\n');
  const rule = lines.findIndex((l) => /^-+ -+/.test(l));
  const header = lines[rule - 1]!;
  // Columns: name, type, encoding, emb, sub, uni, object ID — located by the header's words.
  const emb = header.indexOf('emb');
  const type = header.indexOf('type');
  const encoding = header.indexOf('encoding');
  return lines
    .slice(rule + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ name: l.slice(0, type).trim(), type: l.slice(type, encoding).trim(), embedded: l.slice(emb, emb + 3) === 'yes' }));
}

/** `pdfinfo`: its key–value lines. */
export function pdfInfo(bytes: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', [onDisk(bytes)], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** `pdfimages -list`: how many raster images the pages hold. */
export function pdfImageCount(bytes: Buffer): number {
  const out = execFileSync('pdfimages', ['-list', onDisk(bytes)], { encoding: 'utf8' }).split('\n');
  return out.slice(2).filter((l) => l.trim() !== '').length;
}

/** Text fit to build a regular expression from. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of the page that holds `marker` (pages end with a form feed). */
export function pageWith(text: string, marker: string): string {
  return text.split('\f').find((p) => p.includes(marker)) ?? '';
}
