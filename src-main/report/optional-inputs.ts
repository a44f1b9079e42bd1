/**
 * What the factsheet's optional sections are drawn from. None of it exists in the database yet: the
 * change report comes with issue 17 (scans over time), goals, white spots that matter and impact per
 * knelpunt with issue 19. The shapes follow those issues' `--json` answers, so whatever produces them
 * can hand its answer over as it is. A section whose input is absent is left out, with no heading.
 */

/** An initiative as the change report names it. */
export interface ChangeRef {
  id: number;
  name: string;
}

export interface ChangePair {
  from: ChangeRef;
  to: ChangeRef;
}

/** A merge (several earlier initiatives, one later) or a split (one earlier, several later). */
export interface ChangeGroup {
  from: ChangeRef | ChangeRef[];
  to: ChangeRef | ChangeRef[];
}

/** Organisations may come as counts or as lists (issue 17 names the keys, not the kind). */
export type CountOrList = number | readonly unknown[];

/** `regioscan changes --from SCAN_ID --to SCAN_ID [filter options] --json` (issue 17). */
export interface ChangeReport {
  initiatives: {
    new: ChangeRef[];
    stopped: ChangeRef[];
    continued: ChangePair[];
    renamed: ChangePair[];
    merged: ChangeGroup[];
    split: ChangeGroup[];
  };
  activities: { new: number; stopped: number; continued: number };
  /** Per dimension key, per value: numbers of activities in the earlier and the later scan (labels in Dutch). */
  dimensions: Record<string, { code: string | null; label: string; from: number; to: number }[]>;
  /** Contacts, not unique firms; `known…` is how many activities the sum rests on (unknown is not zero). */
  reach: { from: number | null; to: number | null; knownFrom: number; knownTo: number };
  organisations: { new: CountOrList; gone: CountOrList; continued: CountOrList };
  /** Organisation–initiative ties present in both scans ÷ those present in either, over linked initiatives. */
  jaccard: number | null;
}

/** The change section: the report and the earlier scan it compares with. */
export interface ChangeSection {
  /** The earlier scan, as "Region Year". */
  since: string;
  report: ChangeReport;
}

/** One goal of the region with how far the supply reaches it (`regioscan goals --json`, issue 19). */
export interface GoalStatus {
  name: string;
  /** The goal's filter in words. */
  filter?: string;
  target: number | null;
  minReach?: number | null;
  /** Matching activities. */
  count: number;
  initiatives: number;
  /** Known reach of the matching activities (contacts), null when none is known. */
  reach: number | null;
  met: boolean | null;
}

/** An empty combination inside a goal: no activity serves it. */
export interface GoalWhiteSpot {
  goal: string;
  /** The combination, one value per dimension ("Sector" → "R Cultuur, sport en recreatie"). */
  values: { dimension: string; label: string }[];
  /** Demand for it (firms or a share, from an imported demand table), when known. */
  demand?: number | null;
}

export interface GoalsSection {
  goals: GoalStatus[];
  whiteSpots: GoalWhiteSpot[];
}

/** One knelpunt's impact (`regioscan impact --json` → bottlenecks, issue 19). */
export interface BottleneckImpact {
  code: string;
  label: string;
  targetedActivities: number;
  respondedActivities: number;
  /** Answers 1–5 to knelpunten the activity targets (n.v.t. is not counted). */
  responses: number;
  mean: number | null;
  /** Answers per score 1–5: a list of five counts, or keyed by score. */
  distribution: readonly number[] | Readonly<Record<string, number>>;
}

export interface ImpactSection {
  bottlenecks: BottleneckImpact[];
  /** The survey round the answers belong to, when one was chosen. */
  round?: string | null;
}

export interface OptionalSections {
  goals?: GoalsSection | undefined;
  impact?: ImpactSection | undefined;
  changes?: ChangeSection | undefined;
}

/** Answers per score 1..5, whichever way the distribution was given. */
export function scoreCounts(distribution: BottleneckImpact['distribution']): number[] {
  if (Array.isArray(distribution)) return [0, 1, 2, 3, 4].map((i) => Number(distribution[i] ?? 0));
  const byScore = distribution as Readonly<Record<string, number>>;
  return ['1', '2', '3', '4', '5'].map((k) => Number(byScore[k] ?? 0));
}

export function countOf(value: CountOrList): number {
  return typeof value === 'number' ? value : value.length;
}
