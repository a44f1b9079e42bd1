/**
 * Merges a read database (read-database.ts) into the open one: every scan it holds is added, or
 * replaces the scan of the same region and year when the user chose so — the decision an xlsx import
 * asks for (import/pipeline.ts). One transaction: the replaced scans go, the rows come in with new
 * ids, and the merge is recorded in the history as one entry per scan (origin `merge`, the file).
 */
import { invalidateIndex } from '../activities';
import type { Db } from '../db/open';
import { assertWritable } from '../db/health';
import { writeTransferRows } from '../db/transfer-rows';
import { recordMerge } from '../history';
import { assertReplaceTargets, deleteScan, newestScanOf } from '../scans';
import type { MergedScan, ReadDatabase } from './read-database';

export type MergeDecision = 'replace' | 'keep-both';

export interface PlannedScan extends MergedScan {
  /** The scan of the same region and year already in the database, if any. */
  existing: { id: number; title: string } | null;
}

export interface MergedResult extends MergedScan {
  /** The id in the source file. */
  sourceId: number;
  /** The scan's id in this database. */
  id: number;
  /** The scan it replaced (its id is kept), or null when it was added. */
  replaced: number | null;
}

/** What merging would do: each scan of the file, with the scan it would meet. */
export function planMerge(db: Db, read: ReadDatabase): PlannedScan[] {
  return read.scans.map((s) => ({ ...s, existing: newestScanOf(db, s.region, s.year) ?? null }));
}

/** For each scan of the file: the id it replaces, or null to add it. Decided when the user sees the plan. */
export type MergeTargets = ReadonlyMap<number, number>;

export function mergeTargets(plan: readonly PlannedScan[], decide: (scan: PlannedScan) => MergeDecision | undefined): MergeTargets {
  const targets = new Map<number, number>();
  for (const s of plan) if (s.existing && decide(s) === 'replace') targets.set(s.id, s.existing.id);
  return targets;
}

function assertTargets(db: Db, targets: MergeTargets): void {
  assertReplaceTargets(db, targets.values(), {
    code: 'merge',
    source: { nl: 'deze database', en: 'this database' },
    action: { nl: 'deze samenvoeging', en: 'this merge' },
    again: { nl: 'Voeg de database opnieuw toe.', en: 'Merge the database again.' },
  });
}

/** Merges in ONE transaction; a failure anywhere leaves the database as it was. */
export function commitMerge(db: Db, read: ReadDatabase, targets: MergeTargets): MergedResult[] {
  assertWritable(db);
  const results = db
    .transaction((): MergedResult[] => {
      assertTargets(db, targets);
      // A replaced scan goes with everything it holds (and its history); the new one takes its id.
      for (const id of targets.values()) deleteScan(db, id);
      const maps = writeTransferRows(db, read.tables, { ids: 'remap', preset: new Map([['scan', new Map(targets)]]) });
      const scanIds = maps.get('scan') ?? new Map<number, number>();
      const merged = read.scans.map((s) => ({ ...s, sourceId: s.id, id: scanIds.get(s.id)!, replaced: targets.get(s.id) ?? null }));
      recordMerge(db, { scans: merged.map((m) => m.id), file: read.file });
      return merged;
    })
    .immediate();
  invalidateIndex(db);
  return results;
}
