/** What the `.sqlite` merge shows and answers (src-main/dbmerge, docs/database-merge.md). */

/** One scan of a database file, as the preview lists it. */
export interface DatabaseScan {
  /** Its id in the file. */
  id: number;
  region: string;
  year: number | null;
  title: string;
  initiatives: number;
  activities: number;
  /** The scan of the same region and year in the open database, if any: replace it or keep both. */
  existing: { id: number; title: string } | null;
}

export interface DatabasePreview {
  /** Names the file read (kept in main until committed or cancelled). */
  previewId: string;
  file: string;
  schemaVersion: number;
  scans: DatabaseScan[];
}

export interface DatabaseMergeResult {
  file: string;
  /** Per scan of the file: its id here now, and the scan it replaced (null when added). */
  scans: { sourceId: number; id: number; title: string; region: string; year: number | null; initiatives: number; activities: number; replaced: number | null }[];
}
