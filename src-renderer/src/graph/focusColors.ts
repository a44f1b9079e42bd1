/**
 * The Ecosysteemkaart's mapping from focus category to colour, legend order and legend text (pure;
 * colorBy.ts builds the legend for every colour mode). The palette lives in src-shared/focus.ts, so
 * that the published website (src-site) colours its map the same.
 */
import { focusLabel, type FocusKey } from '../../../src-shared/focus';

export { FOCUS_CATEGORIES, FOCUS_FALLBACK_COLOR as FALLBACK_COLOR, focusColor } from '../../../src-shared/focus';

export function focusName(focus: string, lang: 'nl' | 'en'): string {
  return focusLabel(focus as FocusKey, lang);
}
