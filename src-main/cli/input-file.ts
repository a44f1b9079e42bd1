/** A file a command reads (survey responses, demand tables): its bytes, or one sentence when it is too large or cannot be read. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors';
import { LIMITS } from '../import';

export function readInputFile(path: string): Buffer {
  try {
    if (statSync(path).size > LIMITS.fileBytes) {
      throw new UserError('import-refused', { nl: `${basename(path)} is te groot om in te lezen.`, en: `${basename(path)} is too large to read (more than ${LIMITS.fileBytes / 1024 / 1024} MB).` });
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('import-refused', { nl: `${path} kan niet worden gelezen.`, en: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
  }
}
