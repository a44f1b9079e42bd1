/**
 * The history as people read it: one entry per field of a row changed in a change group (several
 * values added and removed at once are one entry, old set → new set), oldest first.
 */
import type { HistoryEntry } from '../../src-shared/model';
import { edit, initiativeExists } from '../activities';
import type { Db } from '../db/open';
import { scanRow } from '../scans';
import { UserError } from '../errors';
import { historyRepository, type EntryRow } from './repository';
import { WHOLE_ROW_FIELD } from './replay';
import { subjectName } from './subject-names';

/** One entry as people read it (the contract's type). */
export type { HistoryEntry };

export interface HistoryFilter {
  /** One change group's entries (what an edit just did). */
  group?: number;
  activity?: number;
  initiative?: number;
  scan?: number;
}

function fieldOf(r: EntryRow): string {
  if (r.subject === 'activity') return r.field;
  const ref = r.subject_ref ?? `${r.subject}[${r.subject_id}]`;
  return r.field === WHOLE_ROW_FIELD[r.subject] ? ref : `${ref}.${r.field}`;
}

function exists(db: Db, kind: 'activity' | 'initiative' | 'scan', id: number): boolean {
  if (kind === 'activity') return edit.activityForEdit(db, id) !== undefined;
  if (kind === 'initiative') return initiativeExists(db, id);
  return scanRow(db, id) !== undefined;
}

function notFound(kind: 'activity' | 'initiative' | 'scan', id: number): UserError {
  const { nl } = subjectName(kind);
  return new UserError('not-found', { nl: `Er is geen ${nl} ${id} en geen geschiedenis ervan.`, en: `There is no ${kind} ${id} and no history of one.` });
}

/** The history of one activity, initiative or scan (or of everything), oldest first. */
export function history(db: Db, filter: HistoryFilter = {}): HistoryEntry[] {
  const repo = historyRepository(db);
  for (const kind of ['activity', 'initiative', 'scan'] as const) {
    const id = filter[kind];
    if (id !== undefined && !exists(db, kind, id) && !repo.hasHistory(kind, id)) throw notFound(kind, id);
  }
  const rows =
    filter.group !== undefined ? repo.entries({ group: filter.group })
    : filter.activity !== undefined ? repo.entries({ subject: 'activity', id: filter.activity })
    : filter.initiative !== undefined ? repo.entries({ subject: 'initiative', id: filter.initiative })
    : filter.scan !== undefined ? repo.entries({ scan: filter.scan })
    : repo.entries(null);
  const entries = new Map<string, { entry: HistoryEntry; bulk: boolean }>();
  for (const r of rows) {
    if (filter.scan !== undefined && r.scan_id !== filter.scan) continue;
    const key = `${r.group_id}\u0000${r.subject}\u0000${r.subject_id}\u0000${r.field}`;
    const known = entries.get(key);
    if (known) known.entry.new = r.new;
    else entries.set(key, { entry: { change: r.id, at: r.at, user: r.user, origin: r.origin, activity: r.subject === 'activity' ? r.subject_id : null, field: fieldOf(r), old: r.old, new: r.new }, bulk: r.op === 'bulk' });
  }
  // A value removed and added again in one group, or a row added and deleted again, changed nothing.
  return [...entries.values()].filter((e) => e.bulk || e.entry.old !== e.entry.new).map((e) => e.entry);
}
