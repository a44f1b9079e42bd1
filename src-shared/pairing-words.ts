/**
 * The lenses of Leer van elkaar in words, for the screen, its help and the export: title, the question
 * each answers (the report's own examples) and the score rule, written from the lens definitions.
 */
import { LENSES, type PairingLens } from './pairing';

type Lang = 'nl' | 'en';

export const LENS_WORDS: Record<PairingLens, { nl: { title: string; question: string }; en: { title: string; question: string } }> = {
  A: {
    nl: { title: 'A · Doelgroep + digitaliseringsvorm', question: 'Welke digitale transities zijn relevant voor dezelfde mkb-doelgroep?' },
    en: { title: 'A · Target group + digitalisation form', question: 'Which digital transitions matter for the same SME target group?' },
  },
  B: {
    nl: { title: 'B · Knelpunt + activiteit', question: 'Hoe pakken anderen met hetzelfde type activiteit hetzelfde knelpunt aan?' },
    en: { title: 'B · Bottleneck + activity', question: 'How do others tackle the same bottleneck with the same kind of activity?' },
  },
  C: {
    nl: { title: 'C · Aanbieder + beleidsrationale', question: 'Wat doen vergelijkbare aanbieders in dezelfde rol, en hoe onderbouwen ze dat?' },
    en: { title: 'C · Provider + policy rationale', question: 'What do similar providers in the same role do, and how do they justify it?' },
  },
};

/** The score rule in words, from the lens definition itself. */
export function scoreRule(lens: PairingLens, lang: Lang): string {
  const names: Record<string, { nl: string; en: string }> = {
    type: { nl: 'type activiteit', en: 'activity type' }, sector: { nl: 'sector', en: 'sector' }, size: { nl: 'omvang', en: 'size' }, phase: { nl: 'fase', en: 'phase' },
    maturity: { nl: 'maturiteit', en: 'maturity' }, form: { nl: 'digitaliseringsvorm', en: 'digitalisation form' }, goal: { nl: 'doel', en: 'goal' }, application: { nl: 'toepassing', en: 'application' },
    technology: { nl: 'technologie', en: 'technology' }, bottleneck: { nl: 'knelpunt', en: 'bottleneck' }, rationale: { nl: 'beleidsrationale', en: 'policy rationale' },
    provider: { nl: 'andere organisatie van hetzelfde type in dezelfde rol', en: 'another organisation of the same type in the same role' },
  };
  const parts = LENSES[lens].parts;
  const required = parts.filter((p) => p.required).map((p) => names[p.key]?.[lang] ?? p.key);
  const points = parts.filter((p) => p.weight > 0).map((p) => `${p.weight} × ${names[p.key]?.[lang] ?? p.key}`);
  return lang === 'nl'
    ? `Twee activiteiten van verschillende initiatieven vormen een paar als ze minstens één specifieke waarde delen van: ${required.join(' en ')}. Score = ${points.join(' + ')} (per gedeelde specifieke waarde). Een paar initiatieven krijgt de score van zijn beste activiteitenpaar; gelijke scores op volgorde van nummer.`
    : `Two activities of different initiatives pair when they share at least one specific value of: ${required.join(' and ')}. Score = ${points.join(' + ')} (per shared specific value). A pair of initiatives gets the score of its best activity pair; equal scores in order of id.`;
}
