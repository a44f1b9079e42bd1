/**
 * Text that a spreadsheet could take for a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
 * start) must never be evaluated. In .xlsx every text is written as a string cell, which no
 * spreadsheet evaluates, and such text gets Excel's quotePrefix style so that it stays text when a
 * user edits the cell (workbook/quote-prefix.ts); in .csv, where the reader decides, such text gets
 * a leading apostrophe (shown, readable, and what Excel itself uses to mark text) — also where it
 * follows a separator or quote inside a cell, as a reader may split the file on the other separator.
 */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * A place inside a cell where a reader that splits on another separator (or misses a quote) starts a
 * field: after `;`, `,`, tab, a line break or a quote. Formula-like text there gets an apostrophe too.
 */
const FORMULA_AFTER_BREAK = /(?<=[;,\t\r\n"])(?=[=+\-@\t\r])/g;

export function neutraliseForCsv(text: string): string {
  const inner = text.replace(FORMULA_AFTER_BREAK, "'");
  return isFormulaLike(inner) ? `'${inner}` : inner;
}

/**
 * Characters that make a CSV reader start a new field or line: a file written with `;` is often read
 * with `,` (or tab) and the other way round, by a spreadsheet whose locale picks the separator. A field
 * holding any of them is quoted, whatever the file's own separator, so that no reader splits it and
 * no part of it (`a;=HYPERLINK(…)`) starts a field of its own.
 */
const CSV_QUOTE_NEEDED = /[;,\t"\r\n]/;

/** One CSV field: neutralised, and quoted when it holds any separator, a quote or a line break. */
export function csvField(value: string | number | null | undefined, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseForCsv(value);
  return text.includes(separator) || CSV_QUOTE_NEEDED.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
