/**
 * What a round-trip diff is (docs/roundtrip.md): the changed cells, the rows added and removed, and
 * every cell that could not be taken as an issue. Made by diff.ts, written by apply.ts.
 */
import type { ValueDimensionKey } from '../../src-shared/import-mapping';
import type { CellValue } from '../import';
import type { ValueRef } from './normalise';

export type Value = string | number | null;

export interface DiffChange {
  /** An activity's field (`name`, `sector`, `initiative`, a role code, `extra.<name>`, …) or an initiative's (`initiative.website`, `initiative.extra.<name>`). */
  kind: 'activity' | 'initiative';
  id: number;
  field: string;
  /** The activity's or initiative's name as the database has it. */
  subject: string;
  old: Value;
  new: Value;
  /** The `--set` clause that writes it (edits domain). */
  clause: string;
  /** For a dimension: the values before and after (labels for the preview). */
  dimension?: ValueDimensionKey;
  oldValues?: ValueRef[];
  newValues?: ValueRef[];
  sheet: string;
  row: number;
}

export interface DiffAddition {
  initiative: string;
  name: string;
  /** The existing initiative it goes to; null: a new one of that name (see newInitiatives). */
  initiativeId: number | null;
  clauses: string[];
  sheet: string;
  row: number;
}

export interface DiffRemoval {
  id: number;
  initiative: string;
  name: string;
}

export interface DiffIssue {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  nl: string;
  en: string;
}

export interface RoundtripDiff {
  scan: number;
  fileName: string;
  added: DiffAddition[];
  changed: DiffChange[];
  removed: DiffRemoval[];
  issues: DiffIssue[];
  /** Initiatives the additions create, with the fields the Initiatieven sheet gives them (`--set` clauses). */
  newInitiatives: { name: string; clauses: string[] }[];
}

/** An ID cell: a positive whole number (as number or text), empty, or not an ID. */
export function readId(raw: CellValue): number | null | 'bad' {
  if (raw === null) return null;
  const text = typeof raw === 'number' ? String(raw) : String(raw).trim();
  if (text === '') return null;
  return /^\d{1,12}$/.test(text) && Number(text) > 0 ? Number(text) : 'bad';
}
