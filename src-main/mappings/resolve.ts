/**
 * What a person types for a rule, checked: a dimension (the names and aliases `--where` takes), a
 * value (matched as the importer matches cells: folded text), a code (code or label, as `--where`),
 * a header and its column target. Anything that names nothing is one sentence (UserError).
 */
import { dimension, foldKey, resolveDimension, ROLES } from '../../src-shared/codebook';
import { FIELD_TARGETS, isColumnTarget, VALUE_DIMENSION_KEYS, tidySpaces, type ColumnTarget, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { knownOpenEntries, parseWhere } from '../activities';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { buildMatchers } from '../workbook/matchers';

export const VALUE_MAX = 500;

export function refusedRule(en: string, nl: string): UserError {
  return new UserError('invalid-mapping', { en, nl });
}

/** Words that name a column rule where a dimension is asked (`regioscan map kolom "Doelgroep" description`). */
const COLUMN_WORDS = new Set(['column', 'kolom', 'header', 'kop']);

export function isColumnWord(text: string): boolean {
  return COLUMN_WORDS.has(text.trim().toLowerCase());
}

export function valueDimension(text: string): ValueDimensionKey {
  const key = resolveDimension(text);
  if (!key) {
    throw refusedRule(
      `unknown dimension '${clip(text)}'; use a key such as sector, type or bottleneck, a Dutch or English column name, or 'column' for a column rule.`,
      `onbekende dimensie '${clip(text)}'; gebruik een sleutel zoals sector, type of bottleneck, een Nederlandse of Engelse kolomnaam, of 'kolom' voor een kolomregel.`,
    );
  }
  if (!(VALUE_DIMENSION_KEYS as readonly string[]).includes(key)) {
    throw refusedRule(`${dimension(key).en} has no coded values to map.`, `${dimension(key).nl} heeft geen codes om aan te koppelen.`);
  }
  return key as ValueDimensionKey;
}

/** The key a value is matched by: folded as the importer folds cells (and as unmapped values are stored). */
export function valueKey(value: string): string {
  const text = value.trim();
  if (text === '') throw refusedRule('the value to map is empty.', 'de waarde om te koppelen is leeg.');
  if (text.length > VALUE_MAX) throw refusedRule(`the value to map is longer than ${VALUE_MAX} characters.`, `de waarde om te koppelen is langer dan ${VALUE_MAX} tekens.`);
  const key = foldKey(text);
  if (key === '') throw refusedRule(`'${clip(text)}' has no letters or digits; the importer cannot match it again.`, `'${clip(text)}' heeft geen letters of cijfers; de import kan die niet herkennen.`);
  return key;
}

/** A code of the dimension, given as code or label (the `--where` value syntax); exactly one. */
export function codeOf(db: Db, dim: ValueDimensionKey, text: string): string {
  if (text.trim() === '') throw refusedRule(`give a code of ${dimension(dim).en}.`, `geef een code van ${dimension(dim).nl}.`);
  const [condition] = parseWhere(db, [`${dim}=${text}`], { option: 'CODE', code: 'invalid-mapping' });
  const values = condition!.values;
  if (values.length !== 1) {
    throw refusedRule(`'${clip(text)}' names ${values.length} values of ${dimension(dim).en}; a value maps to one code.`, `'${clip(text)}' noemt ${values.length} waarden van ${dimension(dim).nl}; een waarde koppelt aan één code.`);
  }
  const value = values[0]!;
  if (typeof value !== 'string') {
    throw refusedRule(`'${clip(text)}' is itself a value kept unmapped, not a code of ${dimension(dim).en}.`, `'${clip(text)}' is zelf een ongekoppelde waarde, geen code van ${dimension(dim).nl}.`);
  }
  return value;
}

/**
 * A check that a code is one the dimension has (its codebook or this database's open-list entries),
 * for many rules at once: the matchers are built once.
 */
export function codeChecker(db: Db): (dim: ValueDimensionKey, code: string) => boolean {
  const matchers = buildMatchers(knownOpenEntries(db));
  return (dim, code) => matchers[dim].has(code);
}

/** The rule key of a header (the import's mapping step matches headers by it). */
export function headerKey(header: string): string {
  const text = tidySpaces(header);
  if (text === '') throw refusedRule('the header is empty.', 'de kolomkop is leeg.');
  if (text.length > 300) throw refusedRule('the header is longer than 300 characters.', 'de kolomkop is langer dan 300 tekens.');
  return foldKey(text) || text;
}

/** A column target: its key (description, sector, role:financier, extra) or a field's or dimension's Dutch or English name. */
export function columnTargetOf(text: string): ColumnTarget {
  const t = text.trim();
  if (isColumnTarget(t)) return t;
  const folded = foldKey(t);
  const field = FIELD_TARGETS.find((f) => foldKey(f.nl) === folded || foldKey(f.en) === folded);
  if (field) return field.key;
  const dim = resolveDimension(t);
  if (dim && (VALUE_DIMENSION_KEYS as readonly string[]).includes(dim)) return dim as ColumnTarget;
  const role = ROLES.find((r) => foldKey(r.nl) === folded || foldKey(r.en) === folded);
  if (role) return `role:${role.code}`;
  throw refusedRule(
    `'${clip(t)}' is no column the importer knows; use a field such as description, website or reach, a dimension such as sector, or extra.`,
    `'${clip(t)}' is geen kolom die de import kent; gebruik een veld zoals description, website of reach, een dimensie zoals sector, of extra.`,
  );
}

/** A code's or column target's label. */
export function targetLabel(kind: 'value' | 'column', dim: string | null, target: string, lang: 'nl' | 'en'): string {
  if (kind === 'value') {
    const entry = dimension(dim as ValueDimensionKey).values.find((v) => v.code === target);
    return entry ? entry[lang] : target;
  }
  const field = FIELD_TARGETS.find((f) => f.key === target);
  if (field) return field[lang];
  if ((VALUE_DIMENSION_KEYS as readonly string[]).includes(target)) return dimension(target as ValueDimensionKey)[lang];
  if (target.startsWith('role:')) return ROLES.find((r) => `role:${r.code}` === target)?.[lang] ?? target;
  return lang === 'nl' ? 'Extra veld' : 'Extra field';
}
