import type { Settings } from '../../../src-shared/model';
import { en } from './en';
import { nl, type Dictionary, type MessageKey } from './nl';

export type Language = Settings['language'];
export type { MessageKey, Dictionary } from './nl';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { nl, en };

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Fills `{name}` placeholders; an unknown placeholder is left as it is. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text for `key` in `lang`. Pure, for use outside React and in tests. */
export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  return interpolate(DICTIONARIES[lang][key], vars);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** A text in both languages, for messages kept in state (like main's errors) and shown later. */
export function localised(key: MessageKey, vars?: Vars): { nl: string; en: string } {
  return { nl: translate('nl', key, vars), en: translate('en', key, vars) };
}
