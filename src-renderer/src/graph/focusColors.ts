/**
 * The Ecosysteemkaart's mapping from focus category to colour, legend order and legend text (pure;
 * colorBy.ts builds the legend for every colour mode).
 *
 * Okabe–Ito palette (Okabe & Ito 2008): eight colours that stay distinct with the common colour-vision
 * deficiencies. The two infrastructure forms share the blue family; "Geen expliciete focus" gets a
 * neutral grey instead of Okabe–Ito's black, so it reads as "no colour" and stays visible in dark mode.
 */
import { focusLabel, type FocusKey } from '../../../src-shared/focus';

/** Legend order: the six specific forms in codebook order, then varied, then none. */
export const FOCUS_CATEGORIES: readonly FocusKey[] = ['form:1', 'form:2', 'form:3', 'form:4', 'form:5', 'form:6', 'varied', 'none'];

const PALETTE: Readonly<Record<string, string>> = {
  'form:1': '#0072B2', // blue: harde infrastructuur
  'form:2': '#56B4E9', // sky blue: zachte infrastructuur
  'form:3': '#009E73', // bluish green: data
  'form:4': '#D55E00', // vermillion: intelligentie
  'form:5': '#E69F00', // orange: diensten
  'form:6': '#F0E442', // yellow: interface
  varied: '#CC79A7', // reddish purple: gevarieerde focus
  none: '#999999', // grey: geen expliciete focus
};

/** A focus key main may add later (a new form) still gets a colour: the neutral one. */
export const FALLBACK_COLOR = '#999999';

export function focusColor(focus: string): string {
  return PALETTE[focus] ?? FALLBACK_COLOR;
}

export function focusName(focus: string, lang: 'nl' | 'en'): string {
  return focusLabel(focus as FocusKey, lang);
}
