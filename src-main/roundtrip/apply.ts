/**
 * Applying a round-trip diff (docs/roundtrip.md): ONE change group with origin `roundtrip`, in one
 * transaction, written through the edits domain (each edit becomes part of the group), so
 * `regioscan undo` undoes it whole and the activity index follows in place. Rows missing from the
 * file are deleted only when asked. The caller makes the backup first.
 */
import { invalidateIndex, refreshIndex } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { addActivity, deleteActivity, editActivity, editInitiative } from '../edits';
import { withChangeGroup, type Changes } from '../history';
import { nameKey } from '../import';
import type { RoundtripDiff } from './diff';

export interface ApplyResult {
  scan: number;
  group: number | null;
  added: number;
  changed: number;
  removed: number;
  changes: Changes;
}

function grouped<T extends { id: number; clause: string }>(list: readonly T[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const c of list) out.set(c.id, [...(out.get(c.id) ?? []), c.clause]);
  return out;
}

export function applyDiff(db: Db, diff: RoundtripDiff, options: { deleteMissing: boolean }): ApplyResult {
  try {
    const { result, changes } = withChangeGroup(db, { origin: 'roundtrip', label: diff.fileName, scan: diff.scan }, () => {
      // Initiatives first (a renamed one is what the activities' rows may name), then additions,
      // then the activities' changes, then removals.
      for (const [id, clauses] of grouped(diff.changed.filter((c) => c.kind === 'initiative'))) editInitiative(db, id, clauses);
      const fields = new Map(diff.newInitiatives.map((i) => [nameKey(i.name), i.clauses]));
      for (const a of diff.added) {
        const made = addActivity(db, { scan: diff.scan, initiative: a.initiativeId !== null ? String(a.initiativeId) : a.initiative, name: a.name, clauses: a.clauses });
        const clauses = fields.get(nameKey(a.initiative));
        if (made.createdInitiative && clauses?.length) editInitiative(db, made.initiative, clauses);
      }
      for (const [id, clauses] of grouped(diff.changed.filter((c) => c.kind === 'activity'))) editActivity(db, id, clauses);
      const removed = options.deleteMissing ? diff.removed : [];
      for (const r of removed) deleteActivity(db, r.id);
      return { added: diff.added.length, changed: diff.changed.length, removed: removed.length };
    });
    if (changes.group !== null) refreshIndex(db, changes);
    return { scan: diff.scan, group: changes.group, changes, ...result };
  } catch (error) {
    // The edits moved the index in place before the transaction was rolled back.
    invalidateIndex(db);
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new UserError('roundtrip-refused', {
        nl: 'Dit bestand geeft twee activiteiten van één initiatief (of twee initiatieven) dezelfde naam; er is niets veranderd.',
        en: 'This file gives two activities of one initiative (or two initiatives) the same name; nothing was changed.',
      });
    }
    throw error;
  }
}
