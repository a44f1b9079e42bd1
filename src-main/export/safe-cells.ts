/**
 * Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
 * start) must never be evaluated. In .xlsx every text is written as a string cell, which no
 * spreadsheet evaluates, and such text gets Excel's quotePrefix style so that it stays text when a
 * user edits the cell (workbook/quote-prefix.ts); in .csv, where the reader decides, such text gets
 * a leading apostrophe (shown, readable, and what Excel itself uses to mark text).
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

export function neutraliseForCsv(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One CSV field: neutralised, and quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string | number | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseForCsv(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
