/**
 * Focus of digitalisation of an initiative (the Ecosysteemkaart's colour), one rule in one place:
 * count the specific digitalisation forms (all but 7 Niet-gespecificeerd) over the initiative's
 * activities; none → "Geen expliciete focus"; one form holding at least two thirds of those
 * codings → "Focus op <vorm>"; otherwise "Gevarieerde focus".
 */
import { FORMS } from './codebook';

export type FocusKey = 'none' | 'varied' | `form:${string}`;

export const SPECIFIC_FORMS = FORMS.filter((f) => !f.generic).map((f) => f.code);

/** `formsPerActivity`: the form codes of each activity of the initiative. */
export function initiativeFocus(formsPerActivity: readonly (readonly string[])[]): FocusKey {
  const counts = new Map<string, number>();
  let total = 0;
  for (const forms of formsPerActivity) {
    for (const code of new Set(forms)) {
      if (!SPECIFIC_FORMS.includes(code)) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      total++;
    }
  }
  if (total === 0) return 'none';
  for (const [code, n] of counts) if (n * 3 >= total * 2) return `form:${code}`;
  return 'varied';
}

/** The rule above in words, for the map's help (the one place the app explains it). */
export function focusRule(lang: 'nl' | 'en'): string {
  return lang === 'nl'
    ? 'De kleur volgt de vormen van digitalisering van álle activiteiten van het initiatief (ook die buiten het filter, zodat een kleur niet verspringt), zonder 7 Niet-gespecificeerd, geteld per activiteit. Geen enkele vorm: geen expliciete focus. Eén vorm met minstens twee derde van die tellingen: focus op die vorm. Anders: gevarieerde focus.'
    : 'The colour follows the digitalisation forms of all the initiative’s activities (also those outside the filter, so a colour does not jump), leaving out 7 Not specified, counted per activity. No form at all: no explicit focus. One form holding at least two thirds of those counts: focus on that form. Otherwise: varied focus.';
}

export function focusLabel(focus: FocusKey, lang: 'nl' | 'en'): string {
  if (focus === 'none') return lang === 'nl' ? 'Geen expliciete focus' : 'No explicit focus';
  if (focus === 'varied') return lang === 'nl' ? 'Gevarieerde focus' : 'Varied focus';
  const form = FORMS.find((f) => `form:${f.code}` === focus);
  return lang === 'nl' ? `Focus op ${form?.nl.toLowerCase() ?? focus}` : `Focus on ${form?.en.toLowerCase() ?? focus}`;
}

/** Legend order: the six specific forms in codebook order, then varied, then none. */
export const FOCUS_CATEGORIES: readonly FocusKey[] = ['form:1', 'form:2', 'form:3', 'form:4', 'form:5', 'form:6', 'varied', 'none'];

/**
 * The map's colour per focus (the app's map and the published site): the Okabe–Ito palette (Okabe &
 * Ito 2008), eight colours that stay distinct with the common colour-vision deficiencies. The two
 * infrastructure forms share the blue family; "Geen expliciete focus" gets a neutral grey instead of
 * Okabe–Ito's black, so it reads as "no colour" and stays visible in dark mode.
 */
const FOCUS_PALETTE: Readonly<Record<string, string>> = {
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
export const FOCUS_FALLBACK_COLOR = '#999999';

export function focusColor(focus: string): string {
  return FOCUS_PALETTE[focus] ?? FOCUS_FALLBACK_COLOR;
}
