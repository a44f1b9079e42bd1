/** The demand channels: import a demand table, and demand against supply under a filter. */
import { backupBeforeWrite } from '../db/backups';
import type { DomainHandlers } from '../rpc/types';
import { demandView, importDemand } from './demand';

export const demandHandlers: DomainHandlers<'demand.import' | 'demand.view'> = {
  'demand.import': (db, args) => importDemand(db, { fileName: args.fileName, bytes: Buffer.from(args.base64, 'base64') }, { lang: args.language ?? 'nl', beforeWrite: () => backupBeforeWrite(db, 'before-demand-import') }),
  'demand.view': (db, args) => demandView(db, args.filter, args.language ?? 'nl'),
};
