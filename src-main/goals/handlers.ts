/** The goal channels: list (measured against the scans), add, delete. */
import type { DomainHandlers } from '../rpc/types';
import { addGoal, measureGoals, removeGoal } from './goals';

export const goalHandlers: DomainHandlers<'goals.list' | 'goals.add' | 'goals.delete'> = {
  'goals.list': (db, args) => measureGoals(db, args.scans),
  'goals.add': (db, args) => addGoal(db, { name: args.name, filter: args.filter, target: args.target ?? null, minReach: args.minReach ?? null }),
  'goals.delete': (db, args) => removeGoal(db, args.id),
};
