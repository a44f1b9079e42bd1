/** Volgende deur and overlap as channels. */
import type { DomainHandlers } from '../rpc/types';
import { nextDoor } from './nextdoor';
import { overlap } from './overlap';

export const nextDoorHandlers: DomainHandlers<'nextdoor.suggest' | 'nextdoor.overlap'> = {
  'nextdoor.suggest': (db, args) => nextDoor(db, args.activity, args.language ?? 'nl'),
  'nextdoor.overlap': (db, args) => overlap(db, args.filter),
};
