/**
 * The single entry point for every request from a renderer, over IPC or HTTP: validates the
 * arguments with the channel's schema, refuses writes in read-only mode, runs the handler and wraps
 * the outcome in an envelope with a user-readable error.
 */
import { contract, type Channel, type Envelope, type WireError } from '../../src-shared/contract';
import { UserError } from '../errors';
import { databaseDamage } from '../db/health';
import type { Db } from '../db/open';
import { writeQueue } from '../db/write-queue';
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

/**
 * What a request sent (a channel name, an unknown key zod repeats) is echoed clipped and on one line:
 * an error stays one short sentence whatever was sent, be it a 1 MB key or a line break.
 */
function echo(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * The deepest nesting any channel's arguments have is about 5 levels (a filter's conditions, their
 * values, an unmapped value); 32 leaves room. Deeper payloads are refused before the schema sees them:
 * validation and structured clone recurse, and ~2,000 levels overflow the stack on Node 22.
 */
export const MAX_ARGS_DEPTH = 32;

/** True when `value` nests objects or arrays deeper than `max` (walked without recursion). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

export async function dispatch(db: Db, channelName: string, rawArgs: unknown, env: HandlerEnv): Promise<Envelope<unknown>> {
  if (!isChannel(channelName)) {
    const name = echo(channelName);
    return { ok: false, error: { code: 'unknown-channel', message: { nl: `Onbekend verzoek: ${name}.`, en: `Unknown request: ${name}.` } } };
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
  if (nestedDeeperThan(rawArgs, MAX_ARGS_DEPTH)) {
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: {
          nl: `Ongeldige invoer voor ${channelName}: meer dan ${MAX_ARGS_DEPTH} niveaus genest.`,
          en: `Invalid input for ${channelName}: nested more than ${MAX_ARGS_DEPTH} levels deep.`,
        },
      },
    };
  }
  const parsed = def.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${echo(first.path.map(String).join('.'))})` : '';
    const what = first ? echo(first.message, 120) : undefined;
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: {
          nl: `Ongeldige invoer voor ${channelName}${where}: ${what ?? 'onbekend'}.`,
          en: `Invalid input for ${channelName}${where}: ${what ?? 'unknown'}.`,
        },
      },
    };
  }
  try {
    const handler = handlers[channelName] as Handler<Channel>;
    const value = queued(channelName)
      ? await writeQueue(db).run((holdWrites) => handler(db, parsed.data as never, { ...env, holdWrites }))
      : await handler(db, parsed.data as never, env);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: wireError(error) };
  }
}

/**
 * Every writing channel runs in the database's one write queue, except the two that only START an
 * import session (reading a file, or the desktop's open dialog, which may stay open for minutes):
 * the session's write comes later, with `import.commit`, which is queued.
 */
function queued(channel: Channel): boolean {
  return contract[channel].writes && channel !== 'import.start' && channel !== 'import.choose';
}
