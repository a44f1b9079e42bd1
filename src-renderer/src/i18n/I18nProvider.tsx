import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language, type Translate } from './translate';

export interface I18nValue {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  lang: DEFAULT_LANGUAGE,
  t: (key, vars) => translate(DEFAULT_LANGUAGE, key, vars),
});

/** Provides the UI language and keeps `<html lang>` in step with it. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => ({ lang, t: (key, vars) => translate(lang, key, vars) }), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The language and translate function. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
