export * from './translate';
export { codebookLabel, codeLabel, dimensionLabel, entryLabel, type Labelled } from './codebook';
export { I18nProvider, useI18n, useT, type I18nValue } from './I18nProvider';
