/** Volgende deur and overlap as channels. */
import { activityIndex, B, filterMasks } from '../activities';
import type { DomainHandlers } from '../rpc/types';
import { nextDoor, nextInitiatives } from './nextdoor';
import { overlap } from './overlap';

export const nextDoorHandlers: DomainHandlers<'nextdoor.suggest' | 'nextdoor.overlap' | 'nextdoor.initiatives'> = {
  'nextdoor.suggest': (db, args) => nextDoor(db, args.activity, args.language ?? 'nl'),
  'nextdoor.overlap': (db, args) => overlap(db, args.filter),
  'nextdoor.initiatives': (db, args) => {
    const index = activityIndex(db);
    const ids: number[] = [];
    const { all } = filterMasks(db, index, args.filter);
    B.forEachAnd(all, all, (p) => void ids.push(index.ids[p]!));
    return [...nextInitiatives(db, ids)].map(([initiative, next]) => ({ initiative, next }));
  },
};
