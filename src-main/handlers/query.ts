/** Query handlers: facets, activity and initiative tables, details — all under one Filter. */
import type { Filter } from '../../src-shared/filter';
import { activityDetail, initiativeDetail, queryActivities, queryInitiatives } from '../query/activities';
import { facetCounts } from '../query/facets';
import type { DomainHandlers } from '../rpc/types';

export const queryHandlers: DomainHandlers<'query.facets' | 'query.activities' | 'query.initiatives' | 'query.activity' | 'query.initiative'> = {
  'query.facets': (db, { filter, language }) => facetCounts(db, { filter: filter as Filter, language: language ?? 'nl' }),
  'query.activities': (db, args) =>
    queryActivities(db, {
      filter: args.filter as Filter,
      ...(args.sort ? { sort: args.sort } : {}),
      ...(args.descending !== undefined ? { descending: args.descending } : {}),
      ...(args.offset !== undefined ? { offset: args.offset } : {}),
      ...(args.limit !== undefined ? { limit: args.limit } : {}),
      language: args.language ?? 'nl',
    }),
  'query.initiatives': (db, { filter }) => queryInitiatives(db, filter as Filter),
  'query.activity': (db, { id, language }) => activityDetail(db, id, language ?? 'nl'),
  'query.initiative': (db, { id, filter, language }) => initiativeDetail(db, id, filter as Filter | undefined, language ?? 'nl'),
};
