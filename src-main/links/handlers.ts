/** The links domain's channels: links between two scans, decisions on them, the change report. */
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { changeReport } from './changes';
import { changesXlsx } from './export';
import { changeTimeline, timelineGexf } from './timeline';
import { decideLink, listActivityLinks, listLinks } from './links';

export const linkHandlers: DomainHandlers<'links.list' | 'links.decide' | 'links.changes' | 'export.changes' | 'links.gexf'> = {
  'links.list': (db, { from, to, kind }) => (kind === 'activity' ? listActivityLinks(db, from, to) : listLinks(db, from, to)),
  'links.decide': (db, { kind, from, to, decision }) => decideLink(db, kind, from, to, decision),
  'links.changes': (db, { from, to, filter }) => changeReport(db, from, to, filter),
  'export.changes': (db, { from, to, filter, language }, env) => {
    const lang = language ?? 'nl';
    const date = new Date();
    const bytes = changesXlsx(changeReport(db, from, to, filter), filter, { version: env.version, date, lang });
    return deliver(env, `regioscan-${lang === 'nl' ? 'ontwikkeling' : 'changes'}-${fileStamp(date)}.xlsx`, bytes);
  },
  'links.gexf': (db, { from, to, filter }, env) => {
    const date = new Date();
    const text = timelineGexf(changeTimeline(db, from, to, filter), { version: env.version, date });
    return deliver(env, `regioscan-ontwikkeling-${fileStamp(date)}.gexf`, Buffer.from(text, 'utf8'));
  },
};
