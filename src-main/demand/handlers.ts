/** The demand channels: import a demand table, demand against supply under a filter, the template. */
import { backupBeforeWrite } from '../db/backups';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { demandView, importDemand } from './demand';
import { demandTemplateXlsx } from './template';

export const demandHandlers: DomainHandlers<'demand.import' | 'demand.view' | 'demand.template'> = {
  'demand.import': (db, args) => importDemand(db, { fileName: args.fileName, bytes: Buffer.from(args.base64, 'base64') }, { lang: args.language ?? 'nl', beforeWrite: () => backupBeforeWrite(db, 'before-demand-import') }),
  'demand.view': (db, args) => demandView(db, args.filter, args.language ?? 'nl'),
  'demand.template': (_db, args, env) => {
    const lang = args.language ?? 'nl';
    return deliver(env, lang === 'nl' ? 'regioscan-vraagtabel-sjabloon.xlsx' : 'regioscan-demand-template.xlsx', demandTemplateXlsx(lang));
  },
};
