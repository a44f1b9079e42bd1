/** Vergelijken's channels: the comparison of scans under the filter, and its .xlsx. */
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { compareScans } from './compare';
import { compareXlsx } from './export';

export const compareHandlers: DomainHandlers<'compare.build' | 'export.compare'> = {
  'compare.build': (db, { scans, filter, language }) => compareScans(db, { scans, filter, language: language ?? 'nl' }),
  'export.compare': (db, { scans, filter, language }, env) => {
    const lang = language ?? 'nl';
    const result = compareScans(db, { scans, filter, language: lang });
    const date = new Date();
    return deliver(env, `regioscan-${lang === 'nl' ? 'vergelijking' : 'comparison'}-${fileStamp(date)}.xlsx`, compareXlsx(result, filter, { version: env.version, date, lang }));
  },
};
