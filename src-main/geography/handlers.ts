/** Geography handlers: the hierarchy, and placing a name that a workbook added under a parent. */
import { listGeography, placeGeography } from './geography';
import type { DomainHandlers } from '../rpc/types';

export const geographyHandlers: DomainHandlers<'geography.list' | 'geography.place'> = {
  'geography.list': (db) => listGeography(db),
  'geography.place': (db, { value, parent }) => placeGeography(db, value, parent),
};
