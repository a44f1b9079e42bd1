/** Leer van elkaar handlers: ranked pairs per lens, the partners of one initiative or activity, the activity pairs behind a pair, and the .xlsx. */
import type { Filter } from '../../src-shared/filter';
import type { PairView } from '../../src-shared/model';
import type { Db } from '../db/open';
import { pairingsXlsx } from '../export/pairings-export';
import { scanLabel } from '../query/activities';
import { activityPairsOf, partnersOf } from '../query/pairings/partners';
import { topPairs } from '../query/pairings/top-pairs';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';

/** Activity pairs listed per initiative pair in the export (the best ones). */
const DETAILS_PER_PAIR = 20;

function scanLabels(db: Db): (id: number) => string {
  const scans = new Map((db.prepare('SELECT id, region, year FROM scan').all() as { id: number; region: string; year: number | null }[]).map((s) => [s.id, scanLabel(s.region, s.year)]));
  return (id) => scans.get(id) ?? `#${id}`;
}

export const pairingHandlers: DomainHandlers<'pairings.list' | 'pairings.partners' | 'pairings.activityPairs' | 'export.pairings'> = {
  'pairings.list': (db, a) => topPairs(db, { filter: a.filter as Filter, lens: a.lens, by: a.by, top: a.top, scope: a.scope ?? 'all', hideKnown: a.hideKnown ?? false }),
  'pairings.partners': (db, a) =>
    partnersOf(db, {
      filter: a.filter as Filter,
      lens: a.lens,
      ...(a.initiative !== undefined ? { initiative: a.initiative } : {}),
      ...(a.activity !== undefined ? { activity: a.activity } : {}),
      top: a.top,
      scope: a.scope ?? 'all',
      hideKnown: a.hideKnown ?? false,
    }),
  'pairings.activityPairs': (db, a) => activityPairsOf(db, a.lens, a.filter as Filter, a.a, a.b, a.scope ?? 'all'),
  'export.pairings': (db, a, env) => {
    const filter = a.filter as Filter;
    const options = { scope: a.scope ?? 'all', hideKnown: a.hideKnown ?? false } as const;
    const result = topPairs(db, { filter, lens: a.lens, by: a.by, top: a.top, ...options });
    const details: PairView[][] = a.by === 'initiative' ? result.pairs.map((p) => activityPairsOf(db, a.lens, filter, p.a.initiativeId, p.b.initiativeId, options.scope).slice(0, DETAILS_PER_PAIR)) : [];
    const lang = a.language ?? 'nl';
    const date = new Date();
    const bytes = pairingsXlsx({ result, details, filter, scanLabel: scanLabels(db), options }, { version: env.version, date, lang });
    return deliver(env, `regioscan-${lang === 'nl' ? 'leer-van-elkaar' : 'learn-from-each-other'}-${a.lens}-${date.toISOString().slice(0, 10)}.xlsx`, bytes);
  },
};
