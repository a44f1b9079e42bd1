/**
 * Volgende deur: for one activity, the activities of other initiatives in the same scan that serve
 * the same entrepreneur one step further (steps.ts): the same sector and digitaliseringsvorm, or
 * generic offer, and a knelpunt in the next group. Each comes with its reason in words and with the
 * referrals participants reported under "Volgende stap" in the surveys.
 */
import { ACTIVITY_TYPES, BOTTLENECK_GROUPS, dimension, foldKey, type DimensionKey } from '../../src-shared/codebook';
import type { NextDoorResult, NextDoorSuggestion } from '../../src-shared/surveys-model';
import { activityIndex, activityNames, B, codesByPosition, initiativeRows } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { nextStepRows } from '../surveys';
import { groupOf, nextSteps, takesStep, type Step } from './steps';

export type Lang = 'nl' | 'en';

const genericCodes = (dim: DimensionKey) => new Set(dimension(dim).values.filter((v) => v.generic).map((v) => v.code));

/** How two activities' codes in a dimension fit: shared codes, or generic offer on either side; null when they do not. */
function fit(own: readonly string[], other: readonly string[], generic: ReadonlySet<string>): { shared: string[]; generic: boolean } | null {
  const shared = other.filter((c) => own.includes(c) && !generic.has(c));
  if (shared.length > 0) return { shared, generic: false };
  if (other.some((c) => generic.has(c)) || own.some((c) => generic.has(c))) return { shared: [], generic: true };
  return null;
}

function label(dim: DimensionKey, code: string, lang: Lang): string {
  return dimension(dim).values.find((v) => v.code === code)?.[lang] ?? code;
}

function groupLabel(group: Step['from'], lang: Lang): string {
  if (group === 'signaleren') return lang === 'nl' ? 'probleemsignalering' : 'problem signalling';
  return BOTTLENECK_GROUPS.find((g) => g.key === group)?.[lang].toLowerCase() ?? group;
}

function reasonText(lang: Lang, sector: { shared: string[]; generic: boolean }, form: { shared: string[]; generic: boolean }, step: Step, codes: string[], types: readonly string[]): string {
  const part = (f: { shared: string[]; generic: boolean }, dim: DimensionKey) =>
    f.generic ? (lang === 'nl' ? 'algemeen aanbod' : 'generic offer') : f.shared.map((c) => label(dim, c, lang)).join(', ');
  const knelpunten = codes.map((c) => `${c} ${label('bottleneck', c, lang)}`).join(', ');
  const typeText = types.map((t) => ACTIVITY_TYPES.find((a) => a.code === t)?.[lang] ?? t).join(', ');
  if (lang === 'nl') {
    const stap = step.otherType ? `verder in kunnen met een ander activiteitstype (${typeText})` : `van ${groupLabel(step.from, 'nl')} naar ${groupLabel(step.to, 'nl')}`;
    return `Sector: ${part(sector, 'sector')}; digitaliseringsvorm: ${part(form, 'form')}; volgende stap ${stap}: knelpunt ${knelpunten}.`;
  }
  const stepText = step.otherType ? `further within can with another activity type (${typeText})` : `from ${groupLabel(step.from, 'en')} to ${groupLabel(step.to, 'en')}`;
  return `Sector: ${part(sector, 'sector')}; form: ${part(form, 'form')}; next step ${stepText}: bottleneck ${knelpunten}.`;
}

/** Whether a participant's "Volgende stap" names this initiative or activity. */
function names(text: string, initiative: string, activity: string): boolean {
  const t = foldKey(text);
  return [initiative, activity].some((n) => {
    const k = foldKey(n);
    return k.length >= 3 && (t.includes(k) || (t.length >= 5 && k.includes(t)));
  });
}

/** What every suggestion needs, built once per call (or once for a whole publication). */
interface Context {
  index: ReturnType<typeof activityIndex>;
  codes: Record<'bottleneck' | 'sector' | 'form' | 'type', readonly (readonly string[])[]>;
  genericSector: ReadonlySet<string>;
  genericForm: ReadonlySet<string>;
}

interface Found {
  q: number;
  step: Step;
  sector: { shared: string[]; generic: boolean };
  form: { shared: string[]; generic: boolean };
  codes: string[];
}

function context(db: Db): Context {
  const index = activityIndex(db);
  return {
    index,
    codes: { bottleneck: codesByPosition(index, 'bottleneck'), sector: codesByPosition(index, 'sector'), form: codesByPosition(index, 'form'), type: codesByPosition(index, 'type') },
    genericSector: genericCodes('sector'),
    genericForm: genericCodes('form'),
  };
}

/** The activities one step further from the activity at position p: other initiatives, same scan, fitting sector and form. */
function candidates(ctx: Context, p: number): { steps: Step[]; found: Found[] } {
  const { index, codes } = ctx;
  const steps = nextSteps(codes.bottleneck[p]!);
  const scan = [...index.scanBits].find(([, bits]) => B.has(bits, p))?.[1];
  const ownInitiative = index.initiative[p]!;
  const found: Found[] = [];
  if (scan && steps.length > 0) {
    B.forEachAnd(scan, scan, (q) => {
      if (index.initiative[q] === ownInitiative) return;
      const sector = fit(codes.sector[p]!, codes.sector[q]!, ctx.genericSector);
      const form = sector && fit(codes.form[p]!, codes.form[q]!, ctx.genericForm);
      if (!sector || !form) return;
      const step = steps.find((s) => takesStep(s, codes.bottleneck[q]!, codes.type[q]!, codes.type[p]!));
      if (step) found.push({ q, step, sector, form, codes: codes.bottleneck[q]!.filter((c) => groupOf(c) === step.to) });
    });
  }
  return { steps, found };
}

const specificity = (f: Found) => (f.sector.generic ? 0 : 1) + (f.form.generic ? 0 : 1);

/**
 * The next doors of many activities at once, for the published site: per activity id, at most
 * `limit` suggestions among the activities `keep` accepts, with their reason in both languages, in
 * the order nextDoor gives them when nobody reported a referral (the most specific first, then by
 * initiative and activity name). Survey referrals are left out: they are the participants' words,
 * not published. Reasons are written only for the suggestions kept.
 */
export function nextDoorsFor(
  db: Db,
  activityIds: readonly number[],
  options: { keep?: (activityId: number) => boolean; limit?: number } = {},
): Map<number, { activityId: number; reason: { nl: string; en: string } }[]> {
  const ctx = context(db);
  const keep = options.keep ?? (() => true);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const perActivity: [number, Found[]][] = [];
  for (const id of activityIds) {
    const p = ctx.index.position.get(id);
    if (p === undefined) continue;
    const found = candidates(ctx, p).found.filter((f) => keep(ctx.index.ids[f.q]!));
    if (found.length > 0) perActivity.push([id, found]);
  }
  // One rank per position by initiative and activity name, so that ordering a list is numeric (the
  // order bySuggestionOrder gives without referrals).
  const positions = [...new Set(perActivity.flatMap(([, found]) => found.map((f) => f.q)))];
  const activityName = activityNames(db, positions.map((q) => ctx.index.ids[q]!));
  const initiativeName = new Map(initiativeRows(db, [...new Set(positions.map((q) => ctx.index.initiative[q]!))]).map((i) => [i.id, i.name]));
  const rank = new Map(
    positions
      .map((q) => ({ q, referrals: 0, specific: 0, initiative: initiativeName.get(ctx.index.initiative[q]!) ?? '', activity: activityName.get(ctx.index.ids[q]!) ?? '', activityId: ctx.index.ids[q]! }))
      .sort(bySuggestionOrder)
      .map((o, i) => [o.q, i]),
  );
  const out = new Map<number, { activityId: number; reason: { nl: string; en: string } }[]>();
  for (const [id, found] of perActivity) {
    const sorted = found
      .map((f) => ({ f, specific: specificity(f), rank: rank.get(f.q)! }))
      .sort((a, b) => b.specific - a.specific || a.rank - b.rank)
      .slice(0, limit);
    out.set(
      id,
      sorted.map(({ f }) => ({
        activityId: ctx.index.ids[f.q]!,
        reason: { nl: reasonText('nl', f.sector, f.form, f.step, f.codes, ctx.codes.type[f.q]!), en: reasonText('en', f.sector, f.form, f.step, f.codes, ctx.codes.type[f.q]!) },
      })),
    );
  }
  return out;
}

/**
 * Volgende deur per initiative, for the referral texts (the copied list and *Lijst als PDF*): for the
 * given activities, the other initiatives their next doors belong to, most suggestions first (then
 * by name), at most `limit` per initiative.
 */
export function nextInitiatives(db: Db, activityIds: readonly number[], limit = 3): Map<number, { id: number; name: string }[]> {
  const ctx = context(db);
  const counts = new Map<number, Map<number, number>>();
  for (const id of activityIds) {
    const p = ctx.index.position.get(id);
    if (p === undefined) continue;
    const own = ctx.index.initiative[p]!;
    const perInitiative = counts.get(own) ?? counts.set(own, new Map()).get(own)!;
    for (const f of candidates(ctx, p).found) {
      const next = ctx.index.initiative[f.q]!;
      perInitiative.set(next, (perInitiative.get(next) ?? 0) + 1);
    }
  }
  const names = new Map(initiativeRows(db, [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))]).map((i) => [i.id, i.name]));
  const out = new Map<number, { id: number; name: string }[]>();
  for (const [own, next] of counts) {
    const ranked = [...next]
      .map(([id, n]) => ({ id, name: names.get(id) ?? '', n }))
      .sort((a, b) => b.n - a.n || collator.compare(a.name, b.name) || a.id - b.id)
      .slice(0, limit)
      .map(({ id, name }) => ({ id, name }));
    if (ranked.length > 0) out.set(own, ranked);
  }
  return out;
}

interface Ordered {
  referrals: number;
  specific: number;
  initiative: string;
  activity: string;
  activityId: number;
}

/** One collator for every comparison (localeCompare with a locale builds one per call). */
const collator = new Intl.Collator('nl');

/** Named by participants first, then sharing sector and form specifically, then by initiative and activity name. */
function bySuggestionOrder(a: Ordered, b: Ordered): number {
  return b.referrals - a.referrals || b.specific - a.specific || collator.compare(a.initiative, b.initiative) || collator.compare(a.activity, b.activity) || a.activityId - b.activityId;
}

export function nextDoor(db: Db, activityId: number, lang: Lang = 'nl'): NextDoorResult {
  const ctx = context(db);
  const { index, codes } = ctx;
  const p = index.position.get(activityId);
  if (p === undefined) throw new UserError('not-found', { nl: `Er is geen activiteit met ID ${activityId}.`, en: `There is no activity with ID ${activityId}.` });
  const ownInitiative = index.initiative[p]!;
  const texts = nextStepRows(db, null).filter((r) => r.activity_id === activityId).map((r) => r.next_step);
  const { steps, found } = candidates(ctx, p);
  const ids = found.map((f) => index.ids[f.q]!);
  const activityName = activityNames(db, [activityId, ...ids]);
  const initiativeName = new Map(initiativeRows(db, [ownInitiative, ...found.map((f) => index.initiative[f.q]!)]).map((i) => [i.id, i.name]));
  const suggestions: NextDoorSuggestion[] = found.map((f) => {
    const id = index.ids[f.q]!;
    const initiativeId = index.initiative[f.q]!;
    const initiative = initiativeName.get(initiativeId) ?? '';
    const activity = activityName.get(id) ?? '';
    return {
      activityId: id,
      activity,
      initiativeId,
      initiative,
      group: f.step.to,
      bottlenecks: f.codes,
      reason: reasonText(lang, f.sector, f.form, f.step, f.codes, codes.type[f.q]!),
      referrals: texts.filter((t) => names(t, initiative, activity)).length,
      specific: specificity(f),
    };
  })
    .sort(bySuggestionOrder)
    .map(({ specific: _specific, ...s }) => s);
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    activityId,
    activity: activityName.get(activityId) ?? '',
    initiative: initiativeName.get(ownInitiative) ?? '',
    nextGroups: [...new Set(steps.map((s) => s.to))],
    suggestions,
    referrals: [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'nl')),
  };
}
