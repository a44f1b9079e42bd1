/** Vergelijken and Witte vlekken handlers: the comparison of scans and the white-spot matrix, and their .xlsx exports. */
import type { Filter } from '../../src-shared/filter';
import { compareXlsx } from '../export/compare-export';
import { whiteSpotsXlsx } from '../export/whitespots-export';
import { scanLabel } from '../query/activities';
import { compareScans } from '../query/compare';
import { whiteSpots, type WhiteSpotQuery } from '../query/whitespots';
import type { Db } from '../db/open';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';

type WhiteSpotArgs = { filter: unknown; rows?: WhiteSpotQuery['rows']; cols?: WhiteSpotQuery['cols']; layers?: WhiteSpotQuery['layers']; includeGeneric?: boolean | undefined; includeOther?: boolean | undefined; language?: 'nl' | 'en' | undefined };

function whiteSpotQuery(args: WhiteSpotArgs): WhiteSpotQuery {
  return {
    filter: args.filter as Filter,
    ...(args.rows !== undefined ? { rows: args.rows } : {}),
    ...(args.cols !== undefined ? { cols: args.cols } : {}),
    ...(args.layers !== undefined ? { layers: args.layers } : {}),
    ...(args.includeGeneric !== undefined ? { includeGeneric: args.includeGeneric } : {}),
    ...(args.includeOther !== undefined ? { includeOther: args.includeOther } : {}),
    language: args.language ?? 'nl',
  };
}

function scanLabels(db: Db): (id: number) => string {
  const scans = new Map((db.prepare('SELECT id, region, year FROM scan').all() as { id: number; region: string; year: number | null }[]).map((s) => [s.id, scanLabel(s.region, s.year)]));
  return (id) => scans.get(id) ?? `#${id}`;
}

const stamp = (date: Date) => date.toISOString().slice(0, 10);

export const compareHandlers: DomainHandlers<'compare.build' | 'whitespots.build' | 'export.compare' | 'export.whitespots'> = {
  'compare.build': (db, { scans, filter, language }) => compareScans(db, { scans, filter: filter as Filter, language: language ?? 'nl' }),
  'whitespots.build': (db, args) => whiteSpots(db, whiteSpotQuery(args)),
  'export.compare': (db, { scans, filter, language }, env) => {
    const lang = language ?? 'nl';
    const result = compareScans(db, { scans, filter: filter as Filter, language: lang });
    const date = new Date();
    return deliver(env, `regioscan-${lang === 'nl' ? 'vergelijking' : 'comparison'}-${stamp(date)}.xlsx`, compareXlsx(result, filter as Filter, { version: env.version, date, lang }));
  },
  'export.whitespots': (db, args, env) => {
    const query = whiteSpotQuery(args);
    const result = whiteSpots(db, query);
    const date = new Date();
    const lang = query.language ?? 'nl';
    return deliver(env, `regioscan-${lang === 'nl' ? 'witte-vlekken' : 'white-spots'}-${stamp(date)}.xlsx`, whiteSpotsXlsx(result, query.filter, { version: env.version, date, lang, scanLabel: scanLabels(db) }));
  },
};
