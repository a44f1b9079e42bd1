/**
 * "Waar kan ik terecht?": the initiatives that fit an entrepreneur's answers, best first. An activity
 * fits when, for every question answered, it is meant for that answer or open to everyone:
 * - region: the chosen region; a region below it (part of it); or a region it lies in (a national
 *   offer serves everyone in it); an activity without a specific region fits anyone;
 * - sector, size: the chosen value, or the generic value (or none coded);
 * - what holds them back (knelpunten): at least one of the chosen;
 * - what they want to do (digitaliseringsvorm): one of the chosen forms, or the generic form.
 * Points rank the fits: a specific match counts more than a generic one, every shared knelpunt and
 * form counts. An initiative scores its best fitting activity; then more fitting activities, then
 * name. Unanswered questions narrow nothing.
 */
import type { SiteDimension } from '../src-shared/site-model';
import type { SiteIndex } from './site-index';

export const QUESTIONS = ['geography', 'sector', 'size', 'bottleneck', 'form'] as const satisfies readonly SiteDimension[];
export type Question = (typeof QUESTIONS)[number];
export type Answers = Partial<Record<Question, readonly number[]>>;

const POINTS = {
  geography: { specific: 2, broader: 1 },
  sector: { specific: 4, generic: 1 },
  size: { specific: 2, generic: 1 },
  bottleneck: { each: 3 },
  form: { each: 3, generic: 1 },
} as const;

export interface Reason {
  dim: Question;
  /** The activity's value that fits. */
  value: number;
  /** It fits because it is open to everyone (or serves a larger area). */
  generic: boolean;
}

export interface ActivityFit {
  activity: number;
  score: number;
  reasons: Reason[];
}

export interface InitiativeFit {
  initiative: number;
  score: number;
  /** Its fitting activities, best first. */
  fits: ActivityFit[];
}

export function hasAnswers(answers: Answers): boolean {
  return QUESTIONS.some((q) => (answers[q]?.length ?? 0) > 0);
}

function isGeneric(index: SiteIndex, dim: SiteDimension, values: readonly number[]): number | null {
  const all = index.dims.get(dim)?.values ?? [];
  const generic = values.find((v) => all[v]?.generic);
  return generic ?? null;
}

/** How an activity fits the answers, or null when one answered question rules it out. */
export function fitActivity(index: SiteIndex, activity: number, answers: Answers): ActivityFit | null {
  const codes = index.data.activities[activity]!.codes;
  let score = 0;
  const reasons: Reason[] = [];
  for (const q of QUESTIONS) {
    const chosen = answers[q];
    if (!chosen || chosen.length === 0) continue;
    const own = codes[q] ?? [];
    if (q === 'geography') {
      const g = own[0];
      const generic = g === undefined || index.dims.get('geography')!.values[g]?.generic === true;
      if (generic) continue;
      const exact = chosen.includes(g);
      const inside = !exact && chosen.some((c) => (index.geographyAbove[g] ?? []).includes(c));
      const wider = !exact && !inside && chosen.some((c) => (index.geographyAbove[c] ?? []).includes(g));
      if (!exact && !inside && !wider) return null;
      score += exact ? POINTS.geography.specific : POINTS.geography.broader;
      reasons.push({ dim: q, value: g, generic: wider });
      continue;
    }
    const shared = own.filter((v) => chosen.includes(v));
    if (shared.length > 0) {
      score += q === 'bottleneck' || q === 'form' ? POINTS[q].each * shared.length : POINTS[q].specific;
      for (const v of shared) reasons.push({ dim: q, value: v, generic: false });
      continue;
    }
    if (q === 'bottleneck') return null;
    const generic = isGeneric(index, q, own);
    if (own.length > 0 && generic === null) return null;
    score += POINTS[q].generic;
    if (generic !== null) reasons.push({ dim: q, value: generic, generic: true });
  }
  return { activity, score, reasons };
}

export function rankInitiatives(index: SiteIndex, answers: Answers): InitiativeFit[] {
  const out: InitiativeFit[] = [];
  index.data.initiatives.forEach((initiative, i) => {
    const fits = initiative.activities.map((a) => fitActivity(index, a, answers)).filter((f): f is ActivityFit => f !== null);
    if (fits.length === 0) return;
    fits.sort((x, y) => y.score - x.score || x.activity - y.activity);
    out.push({ initiative: i, score: fits[0]!.score, fits });
  });
  const names = index.data.initiatives;
  return out.sort((x, y) => y.score - x.score || y.fits.length - x.fits.length || names[x.initiative]!.name.localeCompare(names[y.initiative]!.name, 'nl') || x.initiative - y.initiative);
}
