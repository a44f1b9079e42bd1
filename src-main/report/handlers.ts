/** `report.build` and `report.initiatives`: the factsheet and the printable list of initiatives for the app's filter, delivered as every export is (save dialog or bytes). */
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { buildFactsheet, buildInitiativeList } from './index';

export const reportHandlers: DomainHandlers<'report.build' | 'report.initiatives'> = {
  'report.build': async (db, { filter, compare, language }, env) => {
    const sheet = await buildFactsheet(db, { filter, compare, lang: language ?? 'nl' }, { date: new Date(), version: env.version, resources: env.resources });
    return { ...(await deliver(env, sheet.fileName, sheet.bytes)), omitted: sheet.omitted };
  },
  'report.initiatives': async (db, { filter, language }, env) => {
    const list = await buildInitiativeList(db, filter, { lang: language ?? 'nl', date: new Date(), resources: env.resources });
    return deliver(env, list.fileName, list.bytes);
  },
};
