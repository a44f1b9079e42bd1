import type { Settings } from '../../../src-shared/model';
import { formatCount, plural, type PluralForms } from '../../../src-shared/plural';
import { en } from './en';
import { nl, type Dictionary, type MessageKey } from './nl';

export type Language = Settings['language'];
export type { MessageKey, Dictionary } from './nl';
export { formatCount, plural, type PluralForms } from '../../../src-shared/plural';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { nl, en };

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const PLURAL_HEAD = /\{(\w+),\s*plural,/g;

/** Reads `one {…} other {…}` from `text` at `from`; returns the forms and where the placeholder ends. */
function readPluralForms(text: string, from: number): { forms: Partial<PluralForms>; end: number } | null {
  const forms: Partial<PluralForms> = {};
  let i = from;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') return { forms, end: i + 1 };
    const name = /^(one|other)\s*\{/.exec(text.slice(i));
    if (!name) return null;
    i += name[0].length;
    let depth = 1;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth !== 0) return null;
    forms[name[1] as keyof PluralForms] = text.slice(start, i - 1);
  }
}

/**
 * Fills `{name}` placeholders, and plural placeholders in (a subset of) ICU MessageFormat:
 * `{count, plural, one {# activiteit} other {# activiteiten}}` picks the form for the number in
 * `count` and writes that number, formatted for the language, where `#` stands. An unknown
 * placeholder is left as it is.
 */
export function interpolate(template: string, vars?: Vars, lang: Language = DEFAULT_LANGUAGE): string {
  if (!vars) return template;
  let text = '';
  let last = 0;
  for (const head of template.matchAll(PLURAL_HEAD)) {
    if (head.index < last) continue;
    const parsed = readPluralForms(template, head.index + head[0].length);
    const value = vars[head[1]!];
    if (!parsed || parsed.forms.other === undefined || value === undefined) continue;
    // A count handed over already written out ("1.000") is read without its group separators.
    const n = typeof value === 'number' ? value : Number(value.replace(/[.,\s\u00a0\u202f]/g, ''));
    const form = plural(n, { one: parsed.forms.one ?? parsed.forms.other, other: parsed.forms.other }, lang);
    text += template.slice(last, head.index) + form.replaceAll('#', typeof value === 'number' ? formatCount(value, lang) : value);
    last = parsed.end;
  }
  text += template.slice(last);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text for `key` in `lang`. Pure, for use outside React and in tests. */
export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  return interpolate(DICTIONARIES[lang][key], vars, lang);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** A text in both languages, for messages kept in state (like main's errors) and shown later. */
export function localised(key: MessageKey, vars?: Vars): { nl: string; en: string } {
  return { nl: translate('nl', key, vars), en: translate('en', key, vars) };
}
