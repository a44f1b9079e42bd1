/**
 * The Excel round trip as the renderer sees it (docs/roundtrip.md): the diff preview of a workbook
 * against one scan, and what applying it did. Pure module.
 */
import type { FileIssue } from './model';

/** One changed cell: an activity's field (`sector`, `name`, `initiative`, …) or an initiative's (`initiative.website`). */
export interface RoundtripCellChange {
  kind: 'activity' | 'initiative';
  id: number;
  field: string;
  /** The activity or initiative, by name, for the preview. */
  subject: string;
  old: string | number | null;
  new: string | number | null;
  /** What a person reads: labels in the asked language (codes for a dimension, joined by `; `). */
  oldLabel: string | null;
  newLabel: string | null;
  sheet: string;
  row: number;
}

export interface RoundtripPreview {
  scan: number;
  scanLabel: string;
  fileName: string;
  added: { initiative: string; name: string; newInitiative: boolean; sheet: string; row: number }[];
  changed: RoundtripCellChange[];
  removed: { id: number; initiative: string; name: string }[];
  issues: FileIssue[];
  /** What the preview showed, as a hash: Apply sends it back and is refused when the diff is no longer the same. */
  fingerprint: string;
}

export interface RoundtripApplied {
  scan: number;
  group: number | null;
  added: number;
  changed: number;
  removed: number;
}
