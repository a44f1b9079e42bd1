/**
 * Result types of the channels of issue 19: survey import and impact, regional goals, the next
 * door and overlap, and demand against supply. Pure types (and the one threshold for a mean), shared
 * by main and renderer.
 */
import type { Filter } from './filter';
import type { FileIssue } from './model';

export interface SurveyFileReport {
  file: string;
  /** imported: written now; unchanged: this content was imported before (or twice in this batch); refused: it has bad cells; checked: read, not written (dry run). */
  status: 'imported' | 'unchanged' | 'refused' | 'checked';
  round: string | null;
  responses: number;
  answers: number;
  issues: FileIssue[];
}

/** One round of imported survey files (null: files imported without a round). */
export interface SurveyRound {
  round: string | null;
  files: number;
  responses: number;
}

export interface SurveyImportReport {
  written: boolean;
  files: SurveyFileReport[];
}

/** A mean of fewer responses than this is shown, but greyed (and the CLI marks it): too few to compare. */
export const FEW_RESPONSES = 5;

/** Whether a mean rests on too few responses to compare (0 responses has no mean at all). */
export function fewResponses(responses: number): boolean {
  return responses > 0 && responses < FEW_RESPONSES;
}

/** Count of each score 1–5, keyed by the score. */
export type Distribution = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface ScoreSummary {
  responses: number;
  mean: number | null;
  distribution: Distribution;
}

export interface BottleneckImpact extends ScoreSummary {
  code: string;
  label: string;
  /** Selected activities that target this knelpunt. */
  targetedActivities: number;
  /** Of those, the ones with at least one score on it. */
  respondedActivities: number;
  /** n.v.t. answers (not scores). */
  notApplicable: number;
  /** Scores on this knelpunt from activities that do not target it. */
  untargeted: ScoreSummary;
}

export interface GroupImpact extends ScoreSummary {
  activities: number;
  respondedActivities: number;
}

export interface ImpactResult {
  round: string | null;
  activities: number;
  bottlenecks: BottleneckImpact[];
  byType: (GroupImpact & { code: string; label: string })[];
  /** Every initiative with a selected activity; those without responses have responses 0 and mean null. */
  byInitiative: (GroupImpact & { id: number; name: string })[];
}

export interface GoalResult {
  id: number;
  name: string;
  filter: Filter;
  target: number | null;
  minReach: number | null;
  /** Matching activities. */
  count: number;
  /** Initiatives with a matching activity. */
  initiatives: number;
  /** Sum of the known reach of the matching activities. */
  reach: number;
  /** count ≥ target and reach ≥ minReach (those given); null when the goal sets neither. */
  met: boolean | null;
}

export interface NextDoorSuggestion {
  activityId: number;
  activity: string;
  initiativeId: number;
  initiative: string;
  /** The knelpunt group the suggestion serves: weten, willen or kunnen. */
  group: string;
  bottlenecks: string[];
  reason: string;
  /** Times participants of the activity named this initiative or activity under Volgende stap. */
  referrals: number;
}

export interface NextDoorResult {
  activityId: number;
  activity: string;
  initiative: string;
  /** The groups one step further (empty for knelpunt 11 only). */
  nextGroups: string[];
  suggestions: NextDoorSuggestion[];
  /** Everything participants wrote under Volgende stap, with how often. */
  referrals: { text: string; count: number }[];
}

export interface OverlapGroup {
  type: string;
  bottlenecks: string[];
  sectors: string[];
  geography: string[];
  activities: { id: number; name: string; initiativeId: number; initiative: string; funders: string[] }[];
}

export interface DemandCell {
  sector: string;
  sectorLabel: string;
  bottleneck: string;
  bottleneckLabel: string;
  /** Summed weight of the demand rows. */
  demand: number;
  /** Activities under the filter that serve the sector (or every sector) and the knelpunt. */
  supply: number;
}

export interface DemandResult {
  rows: { id: number; file: string; source: string | null; sector: string; size: string | null; form: string | null; bottleneck: string; weight: number }[];
  /** Sector × knelpunt cells with demand or supply; demand without supply first, then by demand. */
  cells: DemandCell[];
}

export interface DemandImportReport {
  file: string;
  /** As a survey file's status: imported, unchanged (this content before), refused (bad cells), checked (dry run). */
  status: 'imported' | 'unchanged' | 'refused' | 'checked';
  rows: number;
  issues: FileIssue[];
}
