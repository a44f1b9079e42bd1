/**
 * A file over LIMITS.fileBytes is refused in one sentence, however it arrives: uploaded by the
 * renderer (base64), picked in the desktop's open dialog, or named on the command line.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors';
import { LIMITS } from './limits';

const MB = LIMITS.fileBytes / 1024 / 1024;

export function fileTooLarge(fileName?: string): UserError {
  return new UserError('import-refused', {
    nl: `${fileName ?? 'Dit bestand'} is groter dan ${MB} MB; dat is geen scan.`,
    en: `${fileName ?? 'This file'} is larger than ${MB} MB; that is not a scan.`,
  });
}

/** The bytes of a file the renderer sent as base64, refused when they are over the limit. */
export function decodeUpload(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LIMITS.fileBytes) throw fileTooLarge();
  return bytes;
}

/**
 * A file a command reads (a workbook, a database to merge, survey responses, a rules file): its
 * bytes, or one sentence when it is too large (`tooLarge`, by default fileTooLarge) or cannot be read.
 */
export function readInputFile(path: string, tooLarge: (fileName: string) => UserError = fileTooLarge): Buffer {
  try {
    if (statSync(path).size > LIMITS.fileBytes) throw tooLarge(basename(path));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('import-refused', { nl: `${path} kan niet worden gelezen.`, en: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
  }
}
