import { dimension, type DimensionKey } from '../../../src-shared/codebook';
import type { Language } from './translate';

/** Anything in the codebook with a Dutch and English label: a value, a group or a dimension. */
export interface Labelled {
  readonly nl: string;
  readonly en: string;
}

/** The label of a codebook entry (value, group or dimension) in the UI language. */
export function codebookLabel(entry: Labelled, lang: Language): string {
  return entry[lang];
}

/** The label of a value code within a dimension; an unknown code (open lists) is shown as it is. */
export function codeLabel(key: DimensionKey, code: string, lang: Language): string {
  const entry = dimension(key).values.find((v) => v.code === code);
  return entry ? codebookLabel(entry, lang) : code;
}

/** The name of a dimension in the UI language. */
export function dimensionLabel(key: DimensionKey, lang: Language): string {
  return codebookLabel(dimension(key), lang);
}

/** The label as the panel shows it: numbered codes and SBI letters keep their code in front. */
export function entryLabel(dim: DimensionKey, code: string | null, label: string): string {
  if (code === null) return label;
  if (/^\d+$/.test(code) || (dim === 'sector' && /^[A-Z]$/.test(code))) return `${code} ${label}`;
  return label;
}
