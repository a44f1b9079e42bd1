/**
 * Impact per knelpunt from the survey answers, for the activities a filter selects (and one round or
 * all). `responses` and `mean` count only scores 1–5 on knelpunten the activity targets; scores on
 * other knelpunten are `untargeted`; n.v.t. is no score and is counted apart as `notApplicable`.
 */
import { ACTIVITY_TYPES, BOTTLENECKS, dimension } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { activityIndex, B, codesByPosition, filterMasks, initiativeRows } from '../activities';
import type { Db } from '../db/open';
import type { Lang } from './read-responses';
import type { GroupImpact, ImpactResult, ScoreSummary } from '../../src-shared/surveys-model';
import { answerRows } from './repository';

class Scores {
  private readonly counts = [0, 0, 0, 0, 0];

  add(score: number): void {
    this.counts[score - 1]!++;
  }

  summary(): ScoreSummary {
    const responses = this.counts.reduce((a, b) => a + b, 0);
    const sum = this.counts.reduce((a, n, i) => a + n * (i + 1), 0);
    const [a, b, c, d, e] = this.counts as [number, number, number, number, number];
    return { responses, mean: responses === 0 ? null : Math.round((sum / responses) * 100) / 100, distribution: { '1': a, '2': b, '3': c, '4': d, '5': e } };
  }
}

class Group {
  readonly scores = new Scores();
  activities = 0;
  readonly responded = new Set<number>();

  result(): GroupImpact {
    return { activities: this.activities, respondedActivities: this.responded.size, ...this.scores.summary() };
  }
}

export function impact(db: Db, query: { filter: Filter; round: string | null; language?: Lang }): ImpactResult {
  const lang = query.language ?? 'nl';
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, query.filter);
  const bottlenecks = codesByPosition(index, 'bottleneck');
  const types = codesByPosition(index, 'type');
  const perCode = new Map(BOTTLENECKS.map((b) => [b.code, { targeted: 0, responded: new Set<number>(), scores: new Scores(), untargeted: new Scores(), notApplicable: 0 }]));
  const byType = new Map<string, Group>();
  const byInitiative = new Map<number, Group>();
  const group = <K>(map: Map<K, Group>, key: K) => map.get(key) ?? map.set(key, new Group()).get(key)!;
  let activities = 0;
  B.forEachAnd(all, all, (p) => {
    activities++;
    for (const code of bottlenecks[p]!) {
      const c = perCode.get(code);
      if (c) c.targeted++;
    }
    for (const t of types[p]!) group(byType, t).activities++;
    group(byInitiative, index.initiative[p]!).activities++;
  });
  for (const a of answerRows(db, query.round)) {
    const p = index.position.get(a.activity_id);
    if (p === undefined || !B.has(all, p)) continue;
    const c = perCode.get(a.bottleneck);
    if (!c) continue;
    if (a.score === null) {
      c.notApplicable++;
      continue;
    }
    if (!bottlenecks[p]!.includes(a.bottleneck)) {
      c.untargeted.add(a.score);
      continue;
    }
    c.scores.add(a.score);
    c.responded.add(p);
    for (const t of types[p]!) {
      const g = group(byType, t);
      g.scores.add(a.score);
      g.responded.add(p);
    }
    const g = group(byInitiative, index.initiative[p]!);
    g.scores.add(a.score);
    g.responded.add(p);
  }
  const typeLabel = (code: string) => {
    const entry = ACTIVITY_TYPES.find((t) => t.code === code);
    return entry ? entry[lang] : code;
  };
  const names = new Map(initiativeRows(db, [...byInitiative.keys()]).map((i) => [i.id, i.name]));
  return {
    round: query.round,
    activities,
    bottlenecks: BOTTLENECKS.map((b) => {
      const c = perCode.get(b.code)!;
      return { code: b.code, label: b[lang], targetedActivities: c.targeted, respondedActivities: c.responded.size, ...c.scores.summary(), notApplicable: c.notApplicable, untargeted: c.untargeted.summary() };
    }),
    byType: [...byType].map(([code, g]) => ({ code, label: typeLabel(code), ...g.result() })).sort((a, b) => order('type', a.code) - order('type', b.code)),
    byInitiative: [...byInitiative].map(([id, g]) => ({ id, name: names.get(id) ?? `#${id}`, ...g.result() })).sort((a, b) => b.responses - a.responses || a.name.localeCompare(b.name, 'nl') || a.id - b.id),
  };
}

function order(dim: 'type', code: string): number {
  const i = dimension(dim).values.findIndex((v) => v.code === code);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
