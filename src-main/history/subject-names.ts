/**
 * What people call a subject of the history, in Dutch and English ("activiteit 12", "dia
 * presentation[3].slide[7]"): undo's sentences and the not-found refusals of history and edits.
 */
const NAMES = {
  nl: { activity: 'activiteit', initiative: 'initiatief', scan: 'scan', organisation: 'organisatie', value: 'waarde', presentation: 'presentatie', slide: 'dia' },
  en: { activity: 'activity', initiative: 'initiative', scan: 'scan', organisation: 'organisation', value: 'value', presentation: 'presentation', slide: 'slide' },
} as const;

/** A subject's name in both languages; a subject without a name here is called by its code. */
export function subjectName(subject: string): { nl: string; en: string } {
  const named = Object.hasOwn(NAMES.nl, subject);
  const nl: Readonly<Record<string, string>> = NAMES.nl;
  const en: Readonly<Record<string, string>> = NAMES.en;
  return named ? { nl: nl[subject]!, en: en[subject]! } : { nl: subject, en: subject };
}
