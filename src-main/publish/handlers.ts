/** The publish channels: a preview of what would be published, and writing it into a folder main asks for. */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { ParsedArgsOf } from '../../src-shared/contract';
import { UserError } from '../errors';
import type { DomainHandlers, HandlerEnv } from '../rpc/types';
import { previewPublication, publishSite, siteInput, type PublishContext, type PublishRequest } from './publish';
import { splitFieldList } from './fields';

export function requestFromArgs(args: ParsedArgsOf<'publish.preview'>): PublishRequest {
  const filter: Filter = args.filter ?? emptyFilter();
  return {
    filter: { ...filter, scans: args.scans ?? filter.scans },
    fields: splitFieldList(args.fields ?? []),
    language: args.english ? 'en' : 'nl',
    title: args.title,
    contact: args.contact,
  };
}

const context = (env: HandlerEnv): PublishContext => ({ generator: `Regioscan ${env.version}`, ...(env.resources ? { resources: env.resources } : {}) });

export const publishHandlers: DomainHandlers<'publish.preview' | 'publish.build' | 'publish.open'> = {
  'publish.preview': (db, args, env) => previewPublication(db, requestFromArgs(args), context(env)),
  'publish.build': async (db, args, env) => {
    if (!env.chooseFolder) {
      throw new UserError('not-available', {
        nl: 'Publiceren kan in de desktop-app of met regioscan publish --out MAP.',
        en: 'Publishing works in the desktop app or with regioscan publish --out FOLDER.',
      });
    }
    const request = requestFromArgs(args);
    // Checked before the dialog: a request that cannot be published is refused without asking for a folder.
    siteInput(db, request, context(env));
    const folder = await env.chooseFolder();
    return folder === null ? null : publishSite(db, request, folder, context(env));
  },
  'publish.open': (_db, { folder }, env) => ({ opened: env.openPublication?.(folder) ?? false }),
};
