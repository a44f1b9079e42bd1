/** A contract channel called as the app calls it: through dispatch(), with its validation and envelope. */
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import type { HandlerEnv } from '../../src-main/rpc/types';
import { TEST_ENV } from './db';

/** Answers the channel's value; a refusal fails the test with the channel, the code and the English sentence. */
export async function callChannel<T>(db: Db, channel: string, args: unknown = {}, env: HandlerEnv = TEST_ENV): Promise<T> {
  const reply = await dispatch(db, channel, args, env);
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.code}: ${reply.error.message.en}`);
  return reply.value as T;
}
