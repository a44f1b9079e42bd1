/**
 * The edit channels (issue 16 "Editing"): the app's detail panel edits, adds, deletes, moves and
 * merges through these. Arguments were validated by the contract's schemas in dispatch; the values
 * are checked here as `--set`'s are (structured-sets.ts), and each call is one change group.
 */
import type { EditOutcome } from '../../src-shared/model';
import type { DomainHandlers } from '../rpc/types';
import { addActivityTo, deleteActivity, deleteInitiative, editActivityWith, editInitiativeWith, mergeInitiatives, type EditResult } from './edits';
import { activitySetsOf, initiativeSetsOf } from './structured-sets';
import { text } from './set-clauses';

const outcome = (r: EditResult): EditOutcome => ({ id: r.id, group: r.changes.group, entries: r.entries });

export const editHandlers: DomainHandlers<'edits.activity' | 'edits.add' | 'edits.delete' | 'edits.deleteInitiative' | 'edits.initiative' | 'edits.merge'> = {
  'edits.activity': (db, { id, set }) => outcome(editActivityWith(db, id, activitySetsOf(db, set))),
  'edits.add': (db, { scan, initiative, name, set }) => {
    const sets = [{ kind: 'field', field: 'name', value: text('name', name, true) } as const, ...activitySetsOf(db, set ?? {})];
    const r = addActivityTo(db, { scan, initiative, sets });
    return { ...outcome(r), initiative: r.initiative, createdInitiative: r.createdInitiative };
  },
  'edits.delete': (db, { id }) => outcome(deleteActivity(db, id)),
  'edits.deleteInitiative': (db, { id }) => outcome(deleteInitiative(db, id)),
  'edits.initiative': (db, { id, set }) => outcome(editInitiativeWith(db, id, initiativeSetsOf(set))),
  'edits.merge': (db, { keep, other }) => outcome(mergeInitiatives(db, keep, other)),
};
