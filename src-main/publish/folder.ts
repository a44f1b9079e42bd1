/**
 * Writing a publication into its folder. The folder may be new, empty, or an earlier publication
 * (its manifest.json says so): then the new files replace the old ones, and the files the old
 * manifest listed that the new one does not are removed. Anything else in the folder — a file the
 * web team added, a .htaccess — is left alone, and a folder with other content that is not a
 * publication is refused: publishing never deletes a user's files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clip, UserError } from '../errors';

export const MANIFEST = 'manifest.json';
/** The manifest's `kind`: how a folder is recognised as a publication. */
export const PUBLICATION_KIND = 'regioscan-publication';

export interface OutputFile {
  /** A plain file name (no folders). */
  name: string;
  bytes: Buffer;
}

const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

function refused(code: string, nl: string, en: string): never {
  throw new UserError(code, { nl, en });
}

/** The files an earlier publication in `dir` wrote, or null when `dir` holds something else. */
export function previousPublication(dir: string): string[] | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { kind?: unknown; files?: unknown };
    if (manifest.kind !== PUBLICATION_KIND || !Array.isArray(manifest.files)) return null;
    // Only plain names in this folder: a manifest edited to name ../something removes nothing outside it.
    return manifest.files.filter((f): f is string => typeof f === 'string' && PLAIN_NAME.test(f));
  } catch {
    return null;
  }
}

/** Where the folder stands before writing: new, empty, or an earlier publication (its files); refused otherwise. */
export function checkFolder(dir: string): { previous: string[] } {
  if (!existsSync(dir)) return { previous: [] };
  if (!statSync(dir).isDirectory()) refused('publish-refused', `${clip(dir, 120)} is een bestand, geen map: kies een lege map om de website in te zetten.`, `${clip(dir, 120)} is a file, not a folder: choose an empty folder for the website.`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return { previous: [] };
  const previous = previousPublication(dir);
  if (previous === null) {
    refused('publish-refused', `De map ${clip(dir, 120)} is niet leeg en bevat geen eerdere publicatie van Regioscan: kies een lege map, dan blijven uw bestanden onaangeroerd.`, `The folder ${clip(dir, 120)} is not empty and holds no earlier Regioscan publication: choose an empty folder, so that your files stay untouched.`);
  }
  return { previous };
}

/**
 * Writes every file beside its place first (a full disk or a refused write leaves the folder as it
 * was), then renames them into place, the manifest last, and removes what the earlier publication had
 * and this one has not.
 */
export function writePublication(dir: string, files: readonly OutputFile[]): void {
  for (const f of files) if (!PLAIN_NAME.test(f.name)) throw new Error(`Not a plain file name: ${f.name}`);
  const { previous } = checkFolder(dir);
  const ordered = [...files.filter((f) => f.name !== MANIFEST), ...files.filter((f) => f.name === MANIFEST)];
  const temporary = (name: string) => join(dir, `.${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    for (const f of ordered) writeFileSync(temporary(f.name), f.bytes);
    for (const f of ordered) renameSync(temporary(f.name), join(dir, f.name));
    const written = new Set(files.map((f) => f.name));
    for (const name of previous) if (!written.has(name)) rmSync(join(dir, name), { force: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    for (const f of ordered) rmSync(temporary(f.name), { force: true });
    if (reason === 'ENOSPC') refused('disk-full', `De schijf is vol: de website in ${clip(dir, 120)} is niet bijgewerkt.`, `The disk is full: the website in ${clip(dir, 120)} was not updated.`);
    refused('publish-not-written', `De website kan niet in ${clip(dir, 120)} worden geschreven (${reason}).`, `The website cannot be written to ${clip(dir, 120)} (${reason}).`);
  }
}
