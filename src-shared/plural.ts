/**
 * Plural forms for counts ("1 melding", "2 meldingen"; "1 message", "2 messages"). Dutch and
 * English both have two forms, chosen by the language's plural rules (Intl.PluralRules).
 */
export interface PluralForms {
  one: string;
  other: string;
}

export type PluralLanguage = 'nl' | 'en';

const RULES: Record<PluralLanguage, Intl.PluralRules> = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/** The form for `n`: `one` for exactly one, `other` for everything else (0, 2, 1.5, …). */
export function plural(n: number, forms: PluralForms, lang: PluralLanguage = 'nl'): string {
  return RULES[lang].select(n) === 'one' ? forms.one : forms.other;
}

/** The locale that formats numbers for a UI language. */
export function numberLocale(lang: PluralLanguage): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

/** `n` written for people: 1.000 in Dutch, 1,000 in English. */
export function formatCount(n: number, lang: PluralLanguage): string {
  return n.toLocaleString(numberLocale(lang));
}

/** `n` and its noun, digits as they are (the command line): "1 activity", "2 activities". */
export function counted(n: number, one: string, other: string, lang: PluralLanguage = 'en'): string {
  return `${n} ${plural(n, { one, other }, lang)}`;
}
