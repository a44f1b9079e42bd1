/**
 * Mapping rules as the contract carries them (docs/mappings.md): a value rule `{dimension, value →
 * code}` and a column rule `{header → field}`, the values kept unmapped with where they came from,
 * and the rules an import applied. Pure module (no Node, no DOM).
 */

export type MappingRuleKind = 'value' | 'column';

export interface MappingRuleView {
  id: number;
  kind: MappingRuleKind;
  /** A value rule's dimension key; null for a column rule. */
  dimension: string | null;
  /** The cell value, or the header, as the user gave it. */
  value: string;
  /** The code (value rule) or the column target (column rule). */
  target: string;
  /** The code's or target's label in the asked language. */
  targetLabel: string;
  createdAt: string;
}

/** Where occurrences of an unmapped value came from: one scan's sheet and column. */
export interface UnmappedOrigin {
  scan: number;
  scanTitle: string;
  sheet: string | null;
  /** Column letter and header, e.g. `G (Sector)`. */
  column: string | null;
  /** Activities with the value from there. */
  count: number;
}

/** A value that matched no code, as the Te koppelen screen lists it. */
export interface UnmappedValueView {
  dimension: string;
  /** As written in the workbook. */
  value: string;
  /** Activities holding it (all scans). */
  count: number;
  scans: { id: number; title: string }[];
  origins: UnmappedOrigin[];
}

export interface MapResult {
  rule: MappingRuleView;
  /** Activities moved from the unmapped value to the code. */
  changed: number;
  /** Activities left as they were: a single-valued dimension that already has a code there. */
  skipped: number;
  /** The change group ('regioscan undo' undoes it); null when no row changed (only the rule was stored). */
  group: number | null;
}

export interface RulesImportResult {
  /** Rules added or changed. */
  stored: number;
  /** Rules the database already had as they are. */
  unchanged: number;
  /** Activities moved from an unmapped value to a code by the imported value rules. */
  changed: number;
  group: number | null;
}

/** A rule an import applied, with how many cells (value rule) or how many filled cells under the column (column rule). */
export interface AppliedRule {
  kind: MappingRuleKind;
  dimension: string | null;
  value: string;
  target: string;
  cells: number;
  /** From the database's stored rules (false: the import's own mapping step). */
  stored: boolean;
}

/** The rule file's format marker and version (docs/mappings.md). */
export const RULES_FILE_FORMAT = 'regioscan-mapping-rules';
export const RULES_FILE_VERSION = 1;
