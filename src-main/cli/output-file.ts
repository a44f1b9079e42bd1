/** A file a command writes (an export, a factsheet, a database): written whole, or one sentence naming the path and the reason. */
import { writeFileSync } from 'node:fs';
import { UserError } from '../errors';

export function writeOutputFile(out: string, bytes: Buffer | string): void {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError('export-not-written', { nl: `${out} kan niet worden geschreven (${reason}).`, en: `${out} cannot be written (${reason}).` });
  }
}
