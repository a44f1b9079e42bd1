/** Witte vlekken's channels: the matrix of two (or three) dimensions under the filter, and its .xlsx. */
import type { ParsedArgsOf } from '../../src-shared/contract';
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { whiteSpotsXlsx } from './export';
import { whiteSpots, type WhiteSpotQuery } from './whitespots';

function whiteSpotQuery(args: ParsedArgsOf<'whitespots.build'>): WhiteSpotQuery {
  return {
    filter: args.filter,
    ...(args.rows !== undefined ? { rows: args.rows } : {}),
    ...(args.cols !== undefined ? { cols: args.cols } : {}),
    ...(args.layers !== undefined ? { layers: args.layers } : {}),
    ...(args.includeGeneric !== undefined ? { includeGeneric: args.includeGeneric } : {}),
    ...(args.includeOther !== undefined ? { includeOther: args.includeOther } : {}),
    language: args.language ?? 'nl',
  };
}

export const whiteSpotHandlers: DomainHandlers<'whitespots.build' | 'export.whitespots'> = {
  'whitespots.build': (db, args) => whiteSpots(db, whiteSpotQuery(args)),
  'export.whitespots': (db, args, env) => {
    const query = whiteSpotQuery(args);
    const result = whiteSpots(db, query);
    const date = new Date();
    const lang = query.language ?? 'nl';
    return deliver(env, `regioscan-${lang === 'nl' ? 'witte-vlekken' : 'white-spots'}-${fileStamp(date)}.xlsx`, whiteSpotsXlsx(result, query.filter, { version: env.version, date, lang, scanLabel: scanLabels(db) }));
  },
};
