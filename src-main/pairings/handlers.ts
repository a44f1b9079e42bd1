/** Leer van elkaar's channels: ranked pairs per lens, the partners of one initiative or activity, the activity pairs behind a pair, and the .xlsx. */
import type { PairView } from '../../src-shared/model';
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { pairingsXlsx } from './export';
import { activityPairsOf, partnersOf } from './partners';
import { topPairs } from './top-pairs';

/** Activity pairs listed per initiative pair in the export (the best ones). */
const DETAILS_PER_PAIR = 20;

export const pairingHandlers: DomainHandlers<'pairings.list' | 'pairings.partners' | 'pairings.activityPairs' | 'export.pairings'> = {
  'pairings.list': (db, a) => topPairs(db, { filter: a.filter, lens: a.lens, by: a.by, top: a.top, scope: a.scope ?? 'all', hideKnown: a.hideKnown ?? false }),
  'pairings.partners': (db, a) =>
    partnersOf(db, {
      filter: a.filter,
      lens: a.lens,
      ...(a.initiative !== undefined ? { initiative: a.initiative } : {}),
      ...(a.activity !== undefined ? { activity: a.activity } : {}),
      top: a.top,
      scope: a.scope ?? 'all',
      hideKnown: a.hideKnown ?? false,
    }),
  'pairings.activityPairs': (db, a) => activityPairsOf(db, a.lens, a.filter, a.a, a.b, a.scope ?? 'all'),
  'export.pairings': (db, a, env) => {
    const filter = a.filter;
    const options = { scope: a.scope ?? 'all', hideKnown: a.hideKnown ?? false } as const;
    const result = topPairs(db, { filter, lens: a.lens, by: a.by, top: a.top, ...options });
    const details: PairView[][] = a.by === 'initiative' ? result.pairs.map((p) => activityPairsOf(db, a.lens, filter, p.a.initiativeId, p.b.initiativeId, options.scope).slice(0, DETAILS_PER_PAIR)) : [];
    const lang = a.language ?? 'nl';
    const date = new Date();
    const bytes = pairingsXlsx({ result, details, filter, scanLabel: scanLabels(db), options }, { version: env.version, date, lang });
    return deliver(env, `regioscan-${lang === 'nl' ? 'leer-van-elkaar' : 'learn-from-each-other'}-${a.lens}-${fileStamp(date)}.xlsx`, bytes);
  },
};
