/**
 * One cell of a round-trip workbook → the value the database would hold, by the importer's rules, so
 * that a re-save by Excel or LibreOffice changes nothing: a year as number or text, `1.200` and 1200,
 * an empty cell and a missing one, a label and its code, `; `, `,` or a line break between values,
 * spaces around a value, `\r\n` for `\n` (docs/roundtrip.md). Pure: no database.
 */
import { dimension } from '../../src-shared/codebook';
import type { ValueDimensionKey } from '../../src-shared/import-mapping';
import { cellText, IssueLog, readNumber, readYear, tidyName, type CellValue } from '../import';
import type { Matchers } from '../workbook/matchers';
import { MAX_REACH, NAME_MAX, TEXT_MAX } from '../edits';

export interface Message {
  nl: string;
  en: string;
}

export type Read<T> = { ok: true; value: T; warning?: Message } | { ok: false; problem: Message };

/** A stored value of a dimension: a code (codebook or open list), or a text kept unmapped. */
export type ValueRef = { code: string } | { unmapped: string };


const ok = <T>(value: T, warning?: Message): Read<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const problem = (en: string, nl: string): Read<never> => ({ ok: false, problem: { en, nl } });

/** The cell's text as the importer reads it (controls removed, trimmed), line breaks as `\n`. */
export function plainText(raw: CellValue | undefined): string {
  return cellText(raw ?? null, new IssueLog(), {}).replace(/\r\n?/g, '\n');
}

export function readText(raw: CellValue | undefined): Read<string | null> {
  const text = plainText(raw);
  if (text.length > TEXT_MAX) return problem(`the text is longer than ${TEXT_MAX} characters.`, `de tekst is langer dan ${TEXT_MAX} tekens.`);
  return ok(text === '' ? null : text);
}

export function readName(raw: CellValue | undefined): Read<string | null> {
  const name = tidyName(plainText(raw));
  if (name.length > NAME_MAX) return problem(`the name is longer than ${NAME_MAX} characters.`, `de naam is langer dan ${NAME_MAX} tekens.`);
  return ok(name === '' ? null : name);
}

export function readYearCell(raw: CellValue | undefined): Read<number | null> {
  const y = readYear(typeof raw === 'string' ? raw.trim() : raw ?? null);
  if (y.kind === 'unknown') return ok(null);
  if (y.kind === 'year') return ok(y.value);
  return problem(`'${plainText(raw)}' is not a year from 1900 to 2100.`, `'${plainText(raw)}' is geen jaartal van 1900 tot 2100.`);
}

export function readReach(raw: CellValue | undefined): Read<number | null> {
  const n = readNumber(raw ?? null);
  if (n.kind === 'unknown') return ok(null);
  if (n.kind === 'unreadable' || n.value < 0 || n.value > MAX_REACH) return problem(`'${plainText(raw)}' is not a reach (a whole number).`, `'${plainText(raw)}' is geen bereik (een geheel getal).`);
  return ok(Math.round(n.value));
}

/** Reach unit or reach source: a code of its list (a near spelling is taken, with a warning). */
export function readCoded(matchers: Matchers, field: 'reachUnit' | 'reachSource', raw: CellValue | undefined): Read<string | null> {
  const text = plainText(raw);
  if (text === '') return ok(null);
  const m = matchers[field].match(text);
  if (m.kind === 'exact') return ok(m.code);
  if (m.kind === 'near') return ok(m.code, { en: `'${text}' is read as '${m.label}'.`, nl: `'${text}' is gelezen als '${m.label}'.` });
  return problem(`'${text}' is not a known value.`, `'${text}' is geen bekende waarde.`);
}

/** The sort and compare key of a value. */
export function valueKey(v: ValueRef): string {
  return 'code' in v ? v.code : `\u0000${v.unmapped.toLowerCase()}`;
}

/** A value as the history and the CLI print it: the code, or the unmapped text. */
export function valueText(v: ValueRef): string {
  return 'code' in v ? v.code : v.unmapped;
}

/** Codebook order, then open-list codes, then unmapped texts (as the history joins them). */
const ORDERS = new Map<string, Map<string, number>>();

export function sortValues(dim: ValueDimensionKey, values: readonly ValueRef[]): ValueRef[] {
  if (values.length === 1) return [...values];
  let order = ORDERS.get(dim);
  if (!order) ORDERS.set(dim, (order = new Map(dimension(dim).values.map((v, i) => [v.code, i]))));
  const rank = (v: ValueRef) => ('code' in v ? order.get(v.code) ?? 100_000 : 200_000);
  const unique = new Map(values.map((v) => [valueKey(v), v]));
  return [...unique.values()].sort((a, b) => rank(a) - rank(b) || (valueKey(a) < valueKey(b) ? -1 : valueKey(a) > valueKey(b) ? 1 : 0));
}

/**
 * A dimension cell → its values, split and matched as the importer does. A text that matches no code
 * is taken only as a value already kept unmapped in the database (`unmapped`: folded text → stored
 * text); anything else is a problem, so nothing typed is dropped or invented.
 */
export function readValues(matchers: Matchers, dim: ValueDimensionKey, raw: CellValue | undefined, unmapped: ReadonlyMap<string, string>): Read<ValueRef[]> {
  const text = plainText(raw);
  if (text === '') return ok([]);
  const def = dimension(dim);
  const matcher = matchers[dim];
  const whole = def.multi ? undefined : matcher.match(text);
  const parts = whole && whole.kind !== 'none' ? [{ text, match: whole }] : matcher.matchMany(text);
  const values: ValueRef[] = [];
  const near: string[] = [];
  for (const part of parts) {
    if (part.match.kind === 'exact' || part.match.kind === 'near') {
      values.push({ code: part.match.code });
      if (part.match.kind === 'near') near.push(`'${part.text}' → '${part.match.label}'`);
      continue;
    }
    const kept = unmapped.get(part.text.toLowerCase());
    if (kept !== undefined) {
      values.push({ unmapped: kept });
      continue;
    }
    return problem(`'${part.text}' is not a value of ${def.en}.`, `'${part.text}' is geen waarde van ${def.nl}.`);
  }
  const sorted = sortValues(dim, values);
  if (!def.multi && sorted.length > 1) return problem(`${def.en} takes one value, not ${sorted.length}.`, `${def.nl} heeft één waarde, niet ${sorted.length}.`);
  const warning = near.length > 0 ? { en: `read as near spellings: ${near.join(', ')}.`, nl: `gelezen als bijna-gelijke spelling: ${near.join(', ')}.` } : undefined;
  return ok(sorted, warning);
}
