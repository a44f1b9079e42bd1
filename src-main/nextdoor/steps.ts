/**
 * The klantreis rules (docs/surveys.md): knelpunten come in groups weten (1–2) → willen (3–4) →
 * kunnen (5–10). An activity on knelpunt 0 (signalling the entrepreneur's problem) leads to weten;
 * weten leads to willen, willen to kunnen; after kunnen the next door is kunnen again with another
 * activity type; 11 Overig has no next group. Pure functions over codes.
 */
import { BOTTLENECKS } from '../../src-shared/codebook';

export type StepGroup = 'weten' | 'willen' | 'kunnen';

export interface Step {
  /** Where the entrepreneur is: a group, or 'signaleren' for knelpunt 0. */
  from: StepGroup | 'signaleren';
  to: StepGroup;
  /** kunnen → kunnen: the next door must be another activity type. */
  otherType: boolean;
}

const NEXT: Record<StepGroup | 'signaleren', StepGroup> = { signaleren: 'weten', weten: 'willen', willen: 'kunnen', kunnen: 'kunnen' };

/** Each knelpunt's group, looked up once (groupOf runs for every pair of activities a next door compares). */
const GROUP_OF = new Map<string, StepGroup | 'signaleren'>(
  BOTTLENECKS.flatMap((b): [string, StepGroup | 'signaleren'][] => (b.code === '0' ? [[b.code, 'signaleren']] : b.group === 'weten' || b.group === 'willen' || b.group === 'kunnen' ? [[b.code, b.group]] : [])),
);

/** The knelpunt group of a code: weten, willen, kunnen, 'signaleren' for 0, null for 11 (and unknown codes). */
export function groupOf(code: string): StepGroup | 'signaleren' | null {
  return code === '0' ? 'signaleren' : (GROUP_OF.get(code) ?? null);
}

/** The steps one further from an activity's knelpunten (one per group it is in; none for 11 alone). */
export function nextSteps(codes: readonly string[]): Step[] {
  const from = new Set(codes.map(groupOf).filter((g) => g !== null));
  const order: (StepGroup | 'signaleren')[] = ['signaleren', 'weten', 'willen', 'kunnen'];
  return order.filter((g) => from.has(g)).map((g) => ({ from: g, to: NEXT[g], otherType: g === 'kunnen' }));
}

/** Whether a candidate with these knelpunten and types is one step further along `step` from an activity of `types`. */
export function takesStep(step: Step, candidateCodes: readonly string[], candidateTypes: readonly string[], ownTypes: readonly string[]): boolean {
  if (!candidateCodes.some((c) => groupOf(c) === step.to)) return false;
  if (!step.otherType) return true;
  return candidateTypes.length > 0 && candidateTypes.every((t) => !ownTypes.includes(t));
}
