/**
 * The single entry point for every request from a renderer, over IPC or HTTP: validates the
 * arguments with the channel's schema, refuses writes in read-only mode, runs the handler and wraps
 * the outcome in an envelope with a user-readable error.
 */
import { contract, type Channel, type Envelope, type WireError } from '../../src-shared/contract';
import { asUserError, clip as echo, internalMessage, UserError } from '../errors';
import { announceWrite } from '../data-versions';
import { databaseDamage, readOnlyCopy } from '../db/health';
import type { Db } from '../db/open';
import { writeQueue } from '../db/write-queue';
import { prepareCall } from './handlers';
import type { HandlerEnv } from './types';
import { issueSentence, searchTextIssue } from '../validation';

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function wireError(error: unknown): WireError {
  const known = asUserError(error);
  if (known instanceof UserError) return { code: known.code, message: known.messages };
  return { code: 'internal', message: internalMessage(error) };
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
  // A read-only file is shown from a copy in memory: nothing is written, restore included.
  const copy = def.writes ? readOnlyCopy(db) : null;
  if (copy) return { ok: false, error: { code: 'database-read-only', message: copy.refusal } };
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
  const call = prepareCall(channelName, rawArgs ?? {});
  if (!call.ok) {
    const first = call.issues[0];
    // A search text over the cap or with a NUL gets its own sentence, with the cap.
    const search = searchTextIssue(first);
    if (search) return { ok: false, error: { code: search.code, message: search.messages } };
    const what = first ? issueSentence(first) : { nl: 'onbekend', en: 'unknown' };
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: { nl: `Ongeldige invoer voor ${channelName}: ${what.nl}.`, en: `Invalid input for ${channelName}: ${what.en}.` },
      },
    };
  }
  try {
    // What a write holds the queue for (an import's commit) is over before its change is announced.
    const held: Promise<unknown>[] = [];
    const value = queued(channelName)
      ? await writeQueue(db).run((holdWrites) =>
          call.run(db, {
            ...env,
            holdWrites: (until) => {
              held.push(until);
              holdWrites(until);
            },
          }),
        )
      : await call.run(db, env);
    announceWrite(db, channelName, held);
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
