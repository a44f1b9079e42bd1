/**
 * Change groups: every write a user makes — an edit, a round-trip apply, a mapping, an undo — runs as
 * one change group, in one transaction, with the history triggers on (docs/history.md). An import or a
 * restore writes no per-row history: it is recorded as one entry per scan.
 */
import { userInfo } from 'node:os';
import type { ChangeSet } from '../../src-shared/model';
import type { Db } from '../db/open';
import { scanNames } from '../scans';
import { assertWritable } from '../db/health';
import { historyRepository, type HistoryRow } from './repository';
import { installTriggers, removeTriggers } from './triggers-repository';

/** The paths a change can come by; later features add their own. */
export type Origin = 'edit' | 'import' | 'roundtrip' | 'mapping' | 'undo' | 'redo' | 'restore' | 'merge' | 'revert' | (string & {});

export interface ChangeGroupOptions {
  origin: Origin;
  /** What it was, in words (shown with undo and in the history). */
  label?: string | null;
  /** The scan it concerns; when left out, the one scan its rows belong to, if they belong to one. */
  scan?: number | null;
  /** Defaults: the OS user and the time now (tests pass their own). */
  user?: string;
  at?: string;
}

/** What a change group changed, so the caller can update the index and announce data versions (the contract's ChangeSet). */
export type Changes = ChangeSet;

export interface ChangeResult<T> {
  result: T;
  changes: Changes;
}

/** The user name recorded with a change: the OS account, else the environment's, else '?'. */
export function osUser(): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // No passwd entry for this uid (a container): fall back to the environment.
  }
  return process.env.USER ?? process.env.USERNAME ?? '?';
}

/** The group open on this connection (the triggers exist while it is). */
const openGroups = new WeakMap<Db, number>();

/** True while a change group is open on this connection. */
export function inChangeGroup(db: Db): boolean {
  return openGroups.has(db);
}

function summarize(group: number | null, rows: readonly HistoryRow[]): Changes {
  const sets = { activities: new Set<number>(), initiatives: new Set<number>(), scans: new Set<number>(), values: new Set<number>(), organisations: new Set<number>() };
  for (const r of rows) {
    if (r.scan_id !== null) sets.scans.add(r.scan_id);
    if (r.subject === 'activity') sets.activities.add(r.subject_id);
    else if (r.subject === 'initiative') sets.initiatives.add(r.subject_id);
    else if (r.subject === 'scan') sets.scans.add(r.subject_id);
    else if (r.subject === 'value') sets.values.add(r.subject_id);
    else if (r.subject === 'organisation') sets.organisations.add(r.subject_id);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { group, activities: sorted(sets.activities), initiatives: sorted(sets.initiatives), scans: sorted(sets.scans), values: sorted(sets.values), organisations: sorted(sets.organisations) };
}

interface OpenOptions extends ChangeGroupOptions {
  /** An undo names the group it undoes, a redo the undo it redoes. */
  reverses?: number | null;
}

/** withChangeGroup, with what undo and redo also record. */
export function runChangeGroup<T>(db: Db, options: OpenOptions, fn: (group: number) => T): ChangeResult<T> {
  assertWritable(db);
  const repo = historyRepository(db);
  const run = db.transaction((): ChangeResult<T> => {
    const outer = openGroups.get(db);
    if (outer !== undefined) {
      // Inside another group: this is part of it (a savepoint, so a failure here undoes only this part).
      const mark = repo.lastRowId();
      const result = settled(fn(outer));
      return { result, changes: summarize(outer, repo.rowsOf(outer, mark)) };
    }
    const group = repo.insertGroup({
      at: options.at ?? new Date().toISOString(),
      user: options.user ?? osUser(),
      origin: options.origin,
      label: options.label ?? null,
      scan: options.scan ?? null,
      undoable: true,
      reverses: options.reverses ?? null,
    });
    repo.setOpenGroup(group);
    installTriggers(db);
    openGroups.set(db, group);
    try {
      const result = settled(fn(group));
      removeTriggers(db);
      repo.setOpenGroup(null);
      const rows = repo.rowsOf(group);
      if (rows.length === 0) {
        repo.deleteGroup(group);
        return { result, changes: summarize(null, []) };
      }
      const changes = summarize(group, rows);
      if (options.scan === undefined && changes.scans.length === 1) repo.setGroupScan(group, changes.scans[0]!);
      return { result, changes };
    } finally {
      openGroups.delete(db);
    }
  });
  return run.immediate();
}

function settled<T>(result: T): T {
  if (result instanceof Promise) throw new Error('a change group runs synchronously, in one transaction: its function may not be async');
  return result;
}

/**
 * Runs `fn` as one change group: opens the group, runs fn inside ONE transaction with the history
 * triggers on, closes the group and returns fn's result with what changed. An error inside leaves
 * nothing — not the changes, not the group. A group that changed nothing is not kept. Inside another
 * group it becomes part of that group. `fn` must be synchronous (better-sqlite3 transactions are).
 */
export function withChangeGroup<T>(db: Db, options: ChangeGroupOptions, fn: (group: number) => T): ChangeResult<T> {
  return runChangeGroup(db, { ...options, reverses: null }, fn);
}

/**
 * Records an import of a whole scan as one entry (origin `import`, the file as label), called inside
 * the import's own transaction. No per-row history: undo stops at an import. A re-import that replaced
 * the scan's rows forgets their history first (their ids can come back). Inside an open change group
 * the group's triggers record the rows themselves, and nothing more is written.
 */
export function recordImport(db: Db, scan: { id: number; file: string | null; replaced: boolean }): void {
  if (inChangeGroup(db)) return;
  const repo = historyRepository(db);
  if (scan.replaced) repo.forgetScanRows(scan.id);
  const group = repo.insertGroup({ at: new Date().toISOString(), user: osUser(), origin: 'import', label: scan.file, scan: scan.id, undoable: false, reverses: null });
  repo.insertBulk(group, scan.id, 'file', null, scan.file);
}

/** Records a restored backup: one group (origin `restore`), one entry per scan it holds. */
export function recordRestore(db: Db, backup: string): void {
  const repo = historyRepository(db);
  const scans = scanNames(db).map((s) => s.id).sort((a, b) => a - b);
  if (scans.length === 0) return;
  db.transaction(() => {
    const group = repo.insertGroup({ at: new Date().toISOString(), user: osUser(), origin: 'restore', label: backup, scan: scans.length === 1 ? scans[0]! : null, undoable: false, reverses: null });
    for (const scan of scans) repo.insertBulk(group, scan, 'backup', null, backup);
  }).immediate();
}

/**
 * Records a database merged into this one (origin `merge`, the file as label): one group, one entry
 * per scan it added or replaced, called inside the merge's own transaction. The merged file's own
 * history arrives as a record (not undoable); undo stops at the merge.
 */
export function recordMerge(db: Db, merge: { scans: readonly number[]; file: string }): void {
  const repo = historyRepository(db);
  const scans = [...merge.scans].sort((a, b) => a - b);
  const group = repo.insertGroup({ at: new Date().toISOString(), user: osUser(), origin: 'merge', label: merge.file, scan: scans.length === 1 ? scans[0]! : null, undoable: false, reverses: null });
  for (const scan of scans) repo.insertBulk(group, scan, 'file', null, merge.file);
}
