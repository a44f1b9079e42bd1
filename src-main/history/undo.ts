/**
 * Undo, redo and "zet terug" (docs/history.md). Undo acts on the newest change group not undone yet
 * and replays its history in reverse as a new group (origin `undo`); redo undoes the newest undo (as
 * origin `redo`) as long as no new change came after it. Everything is read from the database, so both
 * work after a restart. An import or a restore has no per-row history: undo stops there.
 */
import type { UndoResult } from '../../src-shared/model';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { runChangeGroup } from './change-group';
import { historyRepository, type GroupRow, type HistoryRepository, type HistoryRow, type Stored } from './repository';
import { invert, ReplayConflict, WHOLE_ROW_FIELD } from './replay';
import { rowRepository, type RowRepository } from './row-repository';
import { subjectName } from './subject-names';

/** The group an undo, redo or revert acted on. */
export type GroupSummary = UndoResult['undone'];
export type { UndoResult };

type Sentence = { nl: string; en: string };

function subjectWithRef(h: HistoryRow): Sentence {
  const name = subjectName(h.subject);
  const ref = (h.subject === 'value' || h.subject === 'slide') && h.subject_ref ? h.subject_ref : String(h.subject_id);
  return { nl: `${name.nl} ${ref}`, en: `${name.en} ${ref}` };
}

const quoted = (v: Stored) => (v === null ? '—' : `'${clip(String(v))}'`);

/** The table that holds a subject's own row. */
const SUBJECT_TABLE: Readonly<Record<string, string>> = { activity: 'activity', initiative: 'initiative', scan: 'scan', organisation: 'organisation', value: 'dimension_value', presentation: 'presentation', slide: 'presentation_slide' };

/** The sentence for a conflict: which row, and how it differs from what the change left. */
export function conflictSentence(c: ReplayConflict): Sentence {
  const what = subjectWithRef(c.row);
  const own = c.row.tbl === SUBJECT_TABLE[c.row.subject];
  const field = c.row.hidden || c.row.field === WHOLE_ROW_FIELD[c.row.subject] ? null : c.row.field;
  if (own && c.kind === 'missing') return { nl: `${what.nl} bestaat niet meer`, en: `${what.en} no longer exists` };
  if (own && c.kind === 'exists') return { nl: `${what.nl} bestaat alweer`, en: `${what.en} exists again` };
  if (field !== null && c.row.op === 'update' && c.kind === 'changed') {
    return { nl: `${field} van ${what.nl} is sindsdien gewijzigd (nu ${quoted(c.now)})`, en: `the ${field} of ${what.en} changed since (now ${quoted(c.now)})` };
  }
  if (field !== null) return { nl: `${field} van ${what.nl} is sindsdien gewijzigd`, en: `the ${field} of ${what.en} changed since` };
  return { nl: `${what.nl} is sindsdien gewijzigd`, en: `${what.en} changed since` };
}

function summary(repo: HistoryRepository, g: GroupRow): GroupSummary {
  return { group: g.id, at: g.at, user: g.user, origin: g.origin, label: g.label, changes: repo.visibleRowCount(g.id) };
}

/** Replays rows newest first inside an open group, turning a conflict into the user's sentence. */
function replay(rows: readonly HistoryRow[], repo: RowRepository, refusal: (reason: Sentence) => UserError): void {
  for (const row of [...rows].reverse()) {
    try {
      invert(repo, row);
    } catch (error) {
      if (error instanceof ReplayConflict) throw refusal(conflictSentence(error));
      throw error;
    }
  }
}

function barrier(g: GroupRow, action: Sentence): UserError {
  const what = g.label ? ` (${clip(g.label)})` : '';
  return new UserError('history-barrier', {
    nl: `${action.nl}: de laatste wijziging is een ${g.origin === 'restore' ? 'teruggezette back-up' : g.origin === 'import' ? 'import' : 'samengevoegde database'}${what}, die niet rij voor rij is vastgelegd; verwijder de scan of zet een back-up terug.`,
    en: `${action.en}: the last change is ${g.origin === 'restore' ? 'a restored backup' : g.origin === 'import' ? 'an import' : 'a merged database'}${what}, which is not recorded row by row; delete the scan or restore a backup instead.`,
  });
}

function reverse(db: Db, kind: 'undo' | 'redo'): UndoResult | null {
  const repo = historyRepository(db);
  const action = kind === 'undo' ? { nl: 'Ongedaan maken kan niet', en: 'Cannot undo' } : { nl: 'Opnieuw doen kan niet', en: 'Cannot redo' };
  return db.transaction((): UndoResult | null => {
    const target = kind === 'undo' ? repo.undoTarget() : repo.redoTarget();
    if (!target) return null;
    if (!target.undoable) throw barrier(target, action);
    const rows = repo.rowsOf(target.id);
    const { changes } = runChangeGroup(db, { origin: kind, label: target.label, scan: target.scan_id, reverses: target.id }, () =>
      replay(rows, rowRepository(db), (reason) => new UserError(`${kind}-conflict`, { nl: `${action.nl}: ${reason.nl}.`, en: `${action.en}: ${reason.en}.` })),
    );
    if (changes.group === null) throw new Error(`replaying change group ${target.id} changed nothing`);
    repo.markReversed(target.id, changes.group);
    return { undone: summary(repo, target), changes };
  }).immediate();
}

/** Undoes the newest change group not undone yet; null when there is nothing to undo. */
export function undo(db: Db): UndoResult | null {
  return reverse(db, 'undo');
}

/** Redoes the newest undo, unless a new change came after it; null when there is nothing to redo. */
export function redo(db: Db): UndoResult | null {
  return reverse(db, 'redo');
}

/** The rows of one change: one field of one row in one group, or a row created or deleted with all that went with it. */
function changeRows(repo: HistoryRepository, h: HistoryRow): HistoryRow[] {
  if (h.field !== WHOLE_ROW_FIELD[h.subject]) return repo.unitRows(h.group_id, h.subject, h.subject_id, h.field);
  if (h.subject === 'scan') return repo.scanUnitRows(h.group_id, h.subject_id);
  const rows = repo.unitRows(h.group_id, h.subject, h.subject_id, null);
  if (h.subject === 'initiative') for (const activity of repo.activitiesWithInitiative(h.group_id, h.subject_id)) rows.push(...repo.unitRows(h.group_id, 'activity', activity, null));
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * "Zet terug": reverts one change (a history entry's `change`) as a new group with origin `revert`,
 * if the row is still as that change left it; otherwise refuses with one sentence and changes nothing.
 */
export function revert(db: Db, change: number): UndoResult {
  const repo = historyRepository(db);
  const prefix = { nl: `Wijziging ${change} terugzetten kan niet`, en: `Cannot revert change ${change}` };
  const refuse = (reason: Sentence) => new UserError('revert-refused', { nl: `${prefix.nl}: ${reason.nl}.`, en: `${prefix.en}: ${reason.en}.` });
  return db.transaction((): UndoResult => {
    const h = repo.historyRow(change);
    if (!h || h.hidden) throw new UserError('not-found', { nl: `Er is geen wijziging ${change}.`, en: `There is no change ${change}.` });
    const group = repo.group(h.group_id)!;
    if (h.op === 'bulk') throw refuse({ nl: 'een import of teruggezette back-up is niet rij voor rij vastgelegd', en: 'an import or a restored backup is not recorded row by row' });
    // A merged database's history is a record of changes made there, with that file's ids: not replayed here.
    if (!group.undoable) throw refuse({ nl: 'die is in een andere database gemaakt en met een samengevoegde database meegekomen', en: 'it was made in another database and came with a merged database' });
    if (group.reversed_by !== null) throw refuse({ nl: `die is al ongedaan gemaakt`, en: 'it was undone already' });
    const rows = changeRows(repo, h);
    const last = rows[rows.length - 1]!.id;
    const whole = h.field === WHOLE_ROW_FIELD[h.subject];
    for (const r of rows) {
      if (repo.changedLater(last, r.subject, r.subject_id, whole ? null : r.field)) {
        const what = subjectWithRef(r);
        throw refuse(whole ? { nl: `${what.nl} is sindsdien gewijzigd`, en: `${what.en} changed since` } : { nl: `${r.field} van ${what.nl} is sindsdien gewijzigd`, en: `the ${r.field} of ${what.en} changed since` });
      }
    }
    const { changes } = runChangeGroup(db, { origin: 'revert', label: `${change}`, scan: h.scan_id }, () => replay(rows, rowRepository(db), refuse));
    if (changes.group === null) throw new Error(`reverting change ${change} changed nothing`);
    return { undone: summary(repo, group), changes };
  }).immediate();
}
