/** Shapes of the goals screen's channels beyond `GoalResult` (src-shared/surveys-model.ts). */

/** One goal measured in one scan. */
export interface GoalInScan {
  scan: number;
  count: number;
  initiatives: number;
  reach: number;
  met: boolean | null;
}

/** Every goal measured in each of the scans, one by one (a goal's own scans replaced by that one). */
export interface GoalComparison {
  scans: { id: number; label: string }[];
  goals: { id: number; name: string; target: number | null; minReach: number | null; perScan: GoalInScan[] }[];
}

/** What a `.regioscan-goals.json` brought in: the names as stored (a name already taken gets " (2)"), and a note per missing scan. */
export interface GoalsImportResult {
  imported: number;
  names: string[];
  missingScans: string[];
}
