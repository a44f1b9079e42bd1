/** Query handlers: facets, activity and initiative tables, details — all under one Filter. */
import type { Filter } from '../../src-shared/filter';
import { filterWhere } from '../query/filter-sql';
import { activityDetail, initiativeDetail, queryActivities, queryInitiatives } from '../query/activities';
import { facetCounts } from '../query/facets';
import type { DomainHandlers } from './types';

export const queryHandlers: DomainHandlers<'query.facets' | 'query.activities' | 'query.initiatives' | 'query.activity' | 'query.initiative'> = {
  'query.facets': (db, { filter, language }) => {
    const f = filter as Filter;
    const result = facetCounts(db, { filter: f, language: language ?? 'nl' });
    const where = filterWhere(db, f);
    const initiatives = (db.prepare(`SELECT count(DISTINCT a.initiative_id) AS n FROM activity a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
    return { total: result.total, initiatives, facets: result.facets };
  },
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
