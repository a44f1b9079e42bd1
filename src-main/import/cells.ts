/** Reading one cell as text, cleaned of control characters and lone surrogates (reported). */
import { resolveWhere, type IssueLog, type LazyWhere } from './issues';
import type { CellValue } from './read-workbook';

// C0 controls except tab, line feed and carriage return; DEL and C1 controls; lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- see above
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u00a0\ud800-\udfff]/;

export function cellText(value: CellValue | undefined, log: IssueLog, at: LazyWhere): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : String(value);
  // Fast path: most cells hold nothing to clean (tab and newline are kept, but checked below).
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  const clean = raw.replace(CONTROL, '').replace(/\u00a0/g, ' ').trim();
  if (clean.length !== raw.replace(/\u00a0/g, ' ').trim().length) {
    const where = resolveWhere(at);
    log.add('warning', 'control-characters', {}, { ...where, value: JSON.stringify(raw).slice(1, -1).slice(0, 200) });
  }
  return clean;
}

/** Display form of a name: single spaces, trimmed. */
export function tidyName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Key under which names are the same: case, spacing and Unicode form ignored. */
export function nameKey(text: string): string {
  return tidyName(text).normalize('NFC').toLowerCase();
}
