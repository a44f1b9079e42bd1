/**
 * The budget on text one import may hold and write (LIMITS.textBytes), counted in UTF-8 bytes. A
 * file past it is refused whole, with one sentence naming the limit; nothing is cut short or merged
 * to make it fit.
 */
import { UserError } from '../errors';
import { LIMITS } from './limits';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export class TextBudget {
  used = 0;

  constructor(
    private readonly refuse: () => never,
    readonly limit: number = LIMITS.textBytes,
  ) {}

  /** Counts a text value; past the limit, refuses. */
  add(text: string): void {
    this.addBytes(Buffer.byteLength(text, 'utf8'));
  }

  addBytes(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) this.refuse();
  }
}

/** The text in a workbook's cells, every cell counted (also those that share one string). */
export function cellTextBudget(fileName: string): TextBudget {
  return new TextBudget(() => {
    throw new UserError('import-refused', {
      nl: `De cellen van "${fileName}" bevatten samen meer dan ${mb(LIMITS.textBytes)} tekst (een scan minder dan 1 MB); het bestand wordt niet geïmporteerd.`,
      en: `The cells of "${fileName}" hold more than ${mb(LIMITS.textBytes)} of text together (a scan holds less than 1 MB); the file is not imported.`,
    });
  });
}

/** The text an import writes to the database: every text value stored, the import report included. */
export function writtenTextBudget(fileName: string | null): TextBudget {
  return new TextBudget(() => {
    throw new UserError('import-refused', {
      nl: `${fileName ? `"${fileName}"` : 'Deze import'} zou meer dan ${mb(LIMITS.textBytes)} tekst in de database zetten (een scan minder dan 1 MB); er is niets gewijzigd.`,
      en: `${fileName ? `"${fileName}"` : 'This import'} would put more than ${mb(LIMITS.textBytes)} of text into the database (a scan less than 1 MB); nothing was changed.`,
    });
  });
}
