/** Overzicht handlers: the dashboard for a filter, and any of its charts or tables as .xlsx. */
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import { overviewTable } from '../../src-shared/overview-format';
import type { Db } from '../db/open';
import { overviewXlsx } from '../export/overview-export';
import { scanLabel } from '../query/activities';
import { buildOverview } from '../query/overview';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';

function scanNames(db: Db): Map<number, string> {
  return new Map((db.prepare('SELECT id, region, year FROM scan').all() as { id: number; region: string; year: number | null }[]).map((s) => [s.id, scanLabel(s.region, s.year)]));
}

const slug = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

export const overviewHandlers: DomainHandlers<'overview.build' | 'overview.export'> = {
  'overview.build': (db, { filter, minInitiatives, language }) => buildOverview(db, { filter: filter as Filter, minInitiatives: minInitiatives ?? 5, language: language ?? 'nl' }),
  'overview.export': (db, args, env) => {
    const lang = args.language ?? 'nl';
    const filter = args.filter as Filter;
    const result = buildOverview(db, { filter, minInitiatives: args.minInitiatives ?? 5, language: lang });
    const table = overviewTable(result, args.table, lang, args.dimension ?? 'type');
    const names = scanNames(db);
    const label = (id: number) => names.get(id) ?? `#${id}`;
    const resolve = (dim: string, code: string) => (db.prepare(`SELECT ${lang === 'nl' ? 'label_nl' : 'label_en'} AS label FROM dimension_value WHERE dimension = ? AND code = ?`).get(dim, code) as { label: string } | undefined)?.label;
    const words = describeFilter(filter, { lang, scanLabel: label, resolve, counts: { activities: result.total, initiatives: result.initiatives } });
    const date = new Date();
    const bytes = overviewXlsx(table, { lang, scanNames: filter.scans.map(label), words, filter, version: env.version, date });
    return deliver(env, `regioscan-${slug(table.title)}-${date.toISOString().slice(0, 10)}.xlsx`, bytes);
  },
};
