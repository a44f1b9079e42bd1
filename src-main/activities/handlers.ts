/** The Activiteiten screen's channels: facets, activity and initiative tables, details, and the .xlsx/.csv export — all under one Filter. */
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { activitiesCsv, activitiesXlsx, buildActivitiesExport } from './export';
import { facetCounts } from './facets';
import { activityDetail, initiativeDetail, queryActivities, queryInitiatives } from './queries';

export const activityHandlers: DomainHandlers<'query.facets' | 'query.activities' | 'query.initiatives' | 'query.activity' | 'query.initiative' | 'export.activities'> = {
  'query.facets': (db, { filter, language }) => facetCounts(db, { filter, language: language ?? 'nl' }),
  'query.activities': (db, { filter, sort, descending, offset, limit, language }) =>
    queryActivities(db, {
      filter,
      ...(sort ? { sort } : {}),
      ...(descending !== undefined ? { descending } : {}),
      ...(offset !== undefined ? { offset } : {}),
      ...(limit !== undefined ? { limit } : {}),
      language: language ?? 'nl',
    }),
  'query.initiatives': (db, { filter }) => queryInitiatives(db, filter),
  'query.activity': (db, { id, language }) => activityDetail(db, id, language ?? 'nl'),
  'query.initiative': (db, { id, filter, language }) => initiativeDetail(db, id, filter, language ?? 'nl'),
  'export.activities': (db, { filter, format, separator, language }, env) => {
    const lang = language ?? 'nl';
    const exp = buildActivitiesExport(db, filter, lang);
    const date = new Date();
    const base = `regioscan-${lang === 'nl' ? 'activiteiten' : 'activities'}-${fileStamp(date)}`;
    if (format === 'csv') return deliver(env, `${base}.csv`, activitiesCsv(exp, separator ?? ';'));
    return deliver(env, `${base}.xlsx`, activitiesXlsx(exp, filter, { version: env.version, date, lang, scanNames: filter.scans.map(scanLabels(db)) }));
  },
};
