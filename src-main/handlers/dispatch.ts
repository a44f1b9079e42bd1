/**
 * The single entry point for every request from a renderer, over IPC or HTTP: validates the
 * arguments with the channel's schema, refuses writes in read-only mode, runs the handler and wraps
 * the outcome in an envelope with a user-readable error.
 */
import { contract, type Channel, type Envelope, type WireError } from '../../src-shared/contract';
import { UserError } from '../errors';
import { databaseDamage } from '../db/health';
import type { Db } from '../db/open';
import { handlers } from './index';
import type { Handler, HandlerEnv } from './types';

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function wireError(error: unknown): WireError {
  if (error instanceof UserError) return { code: error.code, message: error.messages };
  return {
    code: 'internal',
    message: {
      nl: `Er ging iets mis in Regioscan: ${(error as Error)?.message ?? String(error)}`,
      en: `Something went wrong in Regioscan: ${(error as Error)?.message ?? String(error)}`,
    },
  };
}

export async function dispatch(db: Db, channelName: string, rawArgs: unknown, env: HandlerEnv): Promise<Envelope<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'unknown-channel', message: { nl: `Onbekend verzoek: ${channelName}.`, en: `Unknown request: ${channelName}.` } } };
  }
  const def = contract[channelName];
  if (env.readOnly && def.writes) {
    return {
      ok: false,
      error: { code: 'read-only', message: { nl: 'Deze database is alleen-lezen geopend.', en: 'This database was opened read-only.' } },
    };
  }
  // A database that failed its integrity check is not written to; restoring a backup is the way out.
  const damage = def.writes && channelName !== 'backups.restore' ? databaseDamage(db) : null;
  if (damage) return { ok: false, error: { code: 'database-damaged', message: damage.message } };
  const parsed = def.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: {
          nl: `Ongeldige invoer voor ${channelName}${where}: ${first?.message ?? 'onbekend'}.`,
          en: `Invalid input for ${channelName}${where}: ${first?.message ?? 'unknown'}.`,
        },
      },
    };
  }
  try {
    const handler = handlers[channelName] as Handler<Channel>;
    const value = await handler(db, parsed.data as never, env);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: wireError(error) };
  }
}
