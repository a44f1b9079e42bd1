/** Overzicht's channels: the dashboard for a filter, and any of its charts or tables as .xlsx. */
import { describeFilter } from '../../src-shared/filter-words';
import { overviewTable } from '../../src-shared/overview-format';
import { valueLabel } from '../activities';
import { deliver, fileSlug, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { overviewXlsx } from './export';
import { buildOverview } from './overview';

export const overviewHandlers: DomainHandlers<'overview.build' | 'overview.export'> = {
  'overview.build': (db, { filter, minInitiatives, language }) => buildOverview(db, { filter, minInitiatives: minInitiatives ?? 5, language: language ?? 'nl' }),
  'overview.export': (db, args, env) => {
    const lang = args.language ?? 'nl';
    const filter = args.filter;
    const result = buildOverview(db, { filter, minInitiatives: args.minInitiatives ?? 5, language: lang });
    const table = overviewTable(result, args.table, lang, args.dimension ?? 'type');
    const label = scanLabels(db);
    const resolve = (dim: string, code: string) => valueLabel(db, dim, code, lang);
    const words = describeFilter(filter, { lang, scanLabel: label, resolve, counts: { activities: result.total, initiatives: result.initiatives } });
    const date = new Date();
    const bytes = overviewXlsx(table, { lang, scanNames: filter.scans.map(label), words, filter, version: env.version, date });
    return deliver(env, `regioscan-${fileSlug(table.title)}-${fileStamp(date)}.xlsx`, bytes);
  },
};
