/** The links domain's channels: links between two scans, decisions on them, the change report. */
import type { DomainHandlers } from '../rpc/types';
import { changeReport } from './changes';
import { decideLink, listActivityLinks, listLinks } from './links';

export const linkHandlers: DomainHandlers<'links.list' | 'links.decide' | 'links.changes'> = {
  'links.list': (db, { from, to, kind }) => (kind === 'activity' ? listActivityLinks(db, from, to) : listLinks(db, from, to)),
  'links.decide': (db, { kind, from, to, decision }) => decideLink(db, kind, from, to, decision),
  'links.changes': (db, { from, to, filter }) => changeReport(db, from, to, filter),
};
