/** `report.build`: the factsheet for the app's filter, delivered as every export is (save dialog or bytes). */
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { buildFactsheet } from './index';

export const reportHandlers: DomainHandlers<'report.build'> = {
  'report.build': async (db, { filter, compare, language }, env) => {
    const sheet = await buildFactsheet(db, { filter, compare, lang: language ?? 'nl' }, { date: new Date(), version: env.version, resources: env.resources });
    return { ...(await deliver(env, sheet.fileName, sheet.bytes)), omitted: sheet.omitted };
  },
};
